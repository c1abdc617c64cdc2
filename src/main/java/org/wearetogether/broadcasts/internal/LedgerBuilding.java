package org.wearetogether.broadcasts.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.wearetogether.access.Roles;
import org.wearetogether.chat.QuietHours;
import org.wearetogether.regions.Region;
import org.wearetogether.regions.RegionCatalogue;
import org.wearetogether.volunteers.Volunteer;
import org.wearetogether.volunteers.Volunteers;

/**
 * Writes a broadcast's ledger one chunk at a time, so that a restart goes on where it stopped: chunk {@code n} is
 * inserted before the broadcast records {@code built = n + 1}; a chunk found already inserted is taken as it is, and
 * the next one starts after its cursor. Volunteers are walked by user id, so nobody is taken twice.
 */
final class LedgerBuilding {

    private final MongoBroadcasts broadcasts;
    private final MongoLedger ledger;
    private final Volunteers volunteers;
    private final Roles roles;
    private final RegionCatalogue regions;
    private final int chunkSize;

    LedgerBuilding(
            MongoBroadcasts broadcasts,
            MongoLedger ledger,
            Volunteers volunteers,
            Roles roles,
            RegionCatalogue regions,
            int chunkSize) {
        this.broadcasts = broadcasts;
        this.ledger = ledger;
        this.volunteers = volunteers;
        this.roles = roles;
        this.regions = regions;
        this.chunkSize = chunkSize;
    }

    /** How many the audience has now (for the draft's estimate). */
    long count(Audience audience) {
        return audience.coordinators() ? coordinators(audience).size() : volunteers.count(audience.forVolunteers());
    }

    /** Adds the next chunk to the ledger and to the active broadcast; false when another writer got there first. */
    boolean buildNext(ActiveBroadcast active) {
        Broadcast b = active.broadcast;
        int no = b.built();
        Chunk chunk = ledger.load(b.id(), no).orElse(null);
        if (chunk == null) {
            chunk = b.audience().coordinators() ? coordinatorChunk(b, no) : volunteerChunk(b, no);
            if (chunk.recipients.isEmpty()) {
                boolean completed = broadcasts.completeBuild(b.id(), no);
                active.broadcast = b.built(no, b.cursor(), true);
                return completed;
            }
            if (!ledger.insert(chunk)) {
                chunk = ledger.load(b.id(), no).orElseThrow();
            }
        }
        if (!broadcasts.advanceBuild(b.id(), no, chunk.cursor, chunk.last)) {
            return false;
        }
        active.broadcast = b.built(no + 1, chunk.cursor, chunk.last);
        active.chunks.add(chunk);
        return true;
    }

    private Chunk volunteerChunk(Broadcast b, int no) {
        List<Volunteer> page = volunteers.page(b.audience().forVolunteers(), b.cursor(), chunkSize);
        List<Recipient> recipients = new ArrayList<>();
        for (Volunteer v : page) {
            if (v.chatKey() != null) {
                recipients.add(Recipient.pending(v.chatKey(), zone(v.regionCode())));
            }
        }
        String cursor = page.isEmpty() ? b.cursor() : page.get(page.size() - 1).userId();
        return new Chunk(b.id(), no, 0, recipients, cursor, page.size() < chunkSize);
    }

    private Chunk coordinatorChunk(Broadcast b, int no) {
        List<String> all = new ArrayList<>(coordinators(b.audience()));
        int from = Math.min(all.size(), no * chunkSize);
        int to = Math.min(all.size(), from + chunkSize);
        List<Recipient> recipients = new ArrayList<>();
        for (String userId : all.subList(from, to)) {
            String first = new TreeSet<>(roles.coordinatedRegions(userId))
                    .stream().findFirst().orElse(null);
            recipients.add(Recipient.pending("telegram:" + userId, zone(first)));
        }
        return new Chunk(b.id(), no, 0, recipients, null, to >= all.size());
    }

    private Set<String> coordinators(Audience audience) {
        Set<String> codes = audience.regions().isEmpty()
                ? new TreeSet<>(regions.all().stream().map(Region::code).toList())
                : audience.regions();
        Set<String> found = new TreeSet<>();
        for (String code : codes) {
            found.addAll(roles.coordinatorsOf(code));
        }
        return found;
    }

    private String zone(String regionCode) {
        return regionCode == null
                ? QuietHours.FALLBACK_ZONE.getId()
                : regions.byCode(regionCode).map(r -> r.zone().getId()).orElse(QuietHours.FALLBACK_ZONE.getId());
    }
}
