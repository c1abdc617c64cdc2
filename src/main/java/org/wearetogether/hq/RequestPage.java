package org.wearetogether.hq;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.wearetogether.intake.RequestStatus;

/**
 * A request as its page shows it, in the person's language: the fields of the HQ chat card (what the consent text
 * says the HQ sees: number, status, who is on it, needs, urgency, region, age group) and the timeline. Never the names
 * or phones of the people helped, the address or the details: the holder asks for those ({@link RequestDesk#contacts}).
 *
 * @param status where it stands
 * @param statusText its words, with a preset closing reason when there is one
 * @param holderName who holds it, as the card names them (null while nobody does)
 * @param yours whether the person holds it
 * @param volunteer the volunteer's first name and how their task stands, as the card shows it (null when none)
 * @param safety why the requester was told to call 112, never the words (null when not)
 * @param ageGroup the age group's name (null when not given)
 * @param actions what the person may do now
 * @param timeline the status changes, notes and volunteer task events, oldest first
 */
public record RequestPage(
        String number,
        RequestStatus status,
        String statusText,
        String holderName,
        boolean yours,
        String volunteer,
        String safety,
        List<String> needs,
        String urgency,
        String region,
        String ageGroup,
        Instant createdAt,
        Instant updatedAt,
        Set<RequestDesk.Action> actions,
        List<Entry> timeline) {

    public RequestPage {
        needs = List.copyOf(needs);
        actions = Set.copyOf(actions);
        timeline = List.copyOf(timeline);
    }

    /**
     * One line of the timeline.
     *
     * @param at when
     * @param kind what sort of entry
     * @param who who did it, as the cards name people ("the requester" for the person who asked)
     * @param what what happened, in words
     * @param text a note's text: only for the holder and admins, null for everyone else and for other entries
     */
    public record Entry(Instant at, Kind kind, String who, String what, String text) {}

    /** The sorts of timeline entries. */
    public enum Kind {
        STATUS,
        NOTE,
        TASK
    }
}
