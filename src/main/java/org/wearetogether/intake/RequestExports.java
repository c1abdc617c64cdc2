package org.wearetogether.intake;

import java.io.IOException;
import java.io.OutputStream;
import java.time.Instant;
import java.util.Set;
import org.wearetogether.exports.SheetFormat;

/**
 * Help requests as a spreadsheet (CSV or XLSX), streamed from the store in pages: a 50,000-row export holds a few
 * hundred rows in memory. Without contacts (for coordinators) a row holds exactly what an HQ card shows (number,
 * status, preset reason, holder, needs, urgency, region, age group) and times; with contacts (for admins: the caller
 * decides and audits) also the names and phones of the person helped and the person who asked, the address, the
 * details and a typed reason. Code words are never exported.
 */
public interface RequestExports {

    /**
     * Writes the requests selected, ordered by region and then by submission; returns how many rows were written.
     *
     * @param language the language of the header and the words (ru or en)
     */
    long export(Selection selection, SheetFormat format, String language, OutputStream out) throws IOException;

    /**
     * Which requests, and whether with contacts.
     *
     * @param regions region codes (empty: every region)
     * @param from submitted at or after (null: any time)
     * @param to submitted before (null: until now)
     * @param withContacts names, phones, address and details too: only for admins
     */
    record Selection(Set<String> regions, Instant from, Instant to, boolean withContacts) {
        public Selection {
            regions = Set.copyOf(regions);
        }
    }
}
