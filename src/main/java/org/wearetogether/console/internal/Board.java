package org.wearetogether.console.internal;

import java.util.List;
import org.wearetogether.intake.RequestStatus;

/**
 * What the queue board shows: one column per open status, each with its count and cards.
 *
 * @param truncated more requests matched than the board shows (the counts are then "at least")
 */
public record Board(List<Column> columns, int total, boolean truncated) {

    /** One status column; {@code key} names it in the texts and the page ({@code submitted}, {@code accepted}...). */
    public record Column(RequestStatus status, String key, List<Card> cards) {
        public int count() {
            return cards.size();
        }
    }

    /**
     * One request on the board: only what an HQ card shows.
     *
     * @param age how long since it was filed, e.g. {@code 2 h 05 min} (in the person's language)
     * @param sla {@code ok}, {@code late} (re-announced, or no progress for a while) or {@code overdue} (escalated,
     *     or the holder is reminded)
     * @param mine the person looking holds it
     */
    public record Card(
            String number,
            String region,
            List<String> needs,
            String urgency,
            String ageGroup,
            String holder,
            String age,
            long ageMinutes,
            String sla,
            boolean mine) {}
}
