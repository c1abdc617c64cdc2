package org.wearetogether.volunteers;

import java.io.IOException;
import java.io.OutputStream;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import org.wearetogether.exports.SheetFormat;

/**
 * Volunteers as a spreadsheet (CSV or XLSX), streamed from the store in pages, and how many there are. Without
 * contacts (for coordinators) a row holds no name, phone, chat, exact age or district: region, status, skills,
 * availability, hours a week, whether under 18, and dates; with contacts (for admins: the caller decides and audits)
 * also the name, phone, age and district.
 */
public interface VolunteerExports {

    /** Writes the volunteers selected, by region and then by sign-up; returns how many rows were written. */
    long export(Selection selection, SheetFormat format, String language, OutputStream out) throws IOException;

    /**
     * Per region, how many volunteers are in each status: approved ones are the active volunteers, paused ones are
     * taking no tasks for now.
     *
     * @param regions region codes (empty: every region)
     */
    Map<String, Map<VolunteerStatus, Long>> countsByRegion(Set<String> regions);

    /**
     * Which volunteers, and whether with contacts.
     *
     * @param regions region codes (empty: every region)
     * @param from signed up at or after (null: any time)
     * @param to signed up before (null: until now)
     * @param withContacts name, phone, age and district too: only for admins
     */
    record Selection(Set<String> regions, Instant from, Instant to, boolean withContacts) {
        public Selection {
            regions = Set.copyOf(regions);
        }
    }
}
