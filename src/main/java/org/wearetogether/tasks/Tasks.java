package org.wearetogether.tasks;

import java.util.List;
import java.util.Optional;
import org.wearetogether.access.Staff;

/**
 * The volunteers' tasks of help requests, for the HQ cards and the console. Offering from the console and from the chat's
 * volunteer list is one implementation: the same rules (only the holder of a taken request who still coordinates its
 * region, or an admin; an approved, unpaused volunteer of the region; one live task per request), audit and messages.
 */
public interface Tasks {

    /** The request's latest task (live or ended), to show on its card; empty when never offered. */
    Optional<Task> current(String number);

    /**
     * Sends the coordinator, privately, the list of the region's available volunteers to offer the request to. Only
     * the request's holder (or an admin) of a taken request gets it.
     *
     * @param userId who pressed "Assign volunteer"
     * @param chatKey their private chat, e.g. {@code telegram:901}
     * @param language the language of the list
     */
    Picking sendPicker(String number, String userId, String chatKey, String language);

    /** What came of {@link #sendPicker}. */
    enum Picking {
        /** The list is in the coordinator's private chat. */
        SENT,
        /** Only the holder of a taken request (or an admin) may assign a volunteer. */
        NOT_ALLOWED,
        /** The private chat could not be reached (the coordinator never started the bot). */
        NOT_DELIVERED
    }

    /**
     * The region's approved and paused volunteers, best first, each with the reasons in the staff member's language:
     * unpaused before paused (paused ones cannot be offered), then the same district as the request's address (when
     * the address is typed and names the volunteer's town or district), then more skills that fit the request's needs,
     * then free today (weekdays or weekends in the region's time zone, evenings after 17:00), then fewer open tasks,
     * then by name. Only the holder of a taken request (or an admin) may rank.
     *
     * @param limit at most this many candidates (1-100)
     */
    Ranking candidates(String number, Staff staff, int limit);

    /**
     * Offers the request to a volunteer, exactly as a press in the chat's volunteer list does: the offer is stored,
     * sent to the volunteer, and their answers go to the staff member's private chat.
     */
    Offering offer(String number, String volunteerUserId, Staff staff);

    /** What came of {@link #candidates}. */
    sealed interface Ranking {}

    /** What came of {@link #offer}. */
    sealed interface Offering {}

    /** The candidates, best first. */
    record Ranked(List<Candidate> candidates) implements Ranking {
        public Ranked {
            candidates = List.copyOf(candidates);
        }
    }

    /**
     * A volunteer who could be offered the request, and why they rank where they do.
     *
     * @param name first name and the initial of the next word, as the chat's list shows them
     * @param offerable false for a paused volunteer
     * @param sameDistrict whether their town or district is in the request's typed address
     * @param fittingSkills the ids of their skills that fit the request's needs
     * @param freeNow whether they said it suits them to help at this time of the week
     * @param openTasks their live tasks (offered or accepted)
     * @param reasons the above in words, e.g. "same district", "has skill: Own car", "2 open tasks"
     */
    record Candidate(
            String userId,
            String name,
            boolean offerable,
            boolean sameDistrict,
            List<String> fittingSkills,
            boolean freeNow,
            int openTasks,
            List<String> reasons) {
        public Candidate {
            fittingSkills = List.copyOf(fittingSkills);
            reasons = List.copyOf(reasons);
        }
    }

    /** Only the holder of a taken request (or an admin) assigns a volunteer. */
    record NotAllowed() implements Ranking, Offering {}

    /** Offered: the volunteer has the task and its contacts. */
    record Offered(String volunteerFirstName) implements Offering {}

    /** The volunteer is not an approved, unpaused volunteer of the request's region (or is unknown). */
    record NotAvailable() implements Offering {}

    /** The request has a live task already. */
    record AlreadyOffered(String volunteerFirstName, TaskState state) implements Offering {}

    /** The offer could not be stored for another reason (the request moved on meanwhile). */
    record Inactive() implements Offering {}

    /** The volunteer's chat could not be reached: the offer is withdrawn. */
    record NotReached(String volunteerFirstName) implements Offering {}
}
