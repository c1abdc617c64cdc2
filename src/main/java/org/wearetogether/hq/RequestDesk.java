package org.wearetogether.hq;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import org.wearetogether.access.Staff;
import org.wearetogether.intake.HelpRequest;

/**
 * What staff do to one request, for every front end: the HQ chat's card buttons and the web console's request page
 * go through this one implementation, so both follow the same rules and race fairly (two people taking the same
 * request at once, from anywhere, get exactly one winner; the other learns who won).
 *
 * <p>Who may act: admins, and the coordinators of the request's region, read from the roles store at every call
 * (operators only as far as they are also one of these). A taken request is changed by its holder or an admin; only the
 * holder sees its contacts. Every change and every showing of contacts is audited under the staff member's front end
 * ({@code card.take}, {@code console.contacts}). Changes publish the request's status event, so every HQ chat card of
 * the request is edited to match whichever front end made the change.
 *
 * <p>Outcomes are data: the chat renders them as answers to the press, the console as HTML.
 */
public interface RequestDesk {

    /** What this person may do with the request now (empty when unknown or not theirs to see): a page's buttons. */
    Set<Action> actions(String number, Staff staff);

    /** Takes an untaken request. */
    Outcome take(String number, Staff staff);

    /** The holder (or an admin) marks it in progress. */
    Outcome inProgress(String number, Staff staff);

    /** The holder (or an admin) marks it done. */
    Outcome done(String number, Staff staff);

    /** The holder (or an admin) returns it to the queue; nobody holds it then. */
    Outcome returnToQueue(String number, Staff staff);

    /**
     * The holder (or an admin) closes a taken request as not possible, for one of the {@link #reasons preset reasons};
     * the requester is told the reason in their language.
     */
    Outcome cannotFulfil(String number, Staff staff, String reasonId);

    /** The preset reasons for "Cannot fulfil", in the order the chat offers them. */
    List<Reason> reasons(String language);

    /**
     * The contacts and details of a request, to its holder only (not to admins who do not hold it, not after it is
     * closed). Each showing is audited ({@code <front end>.contacts}).
     *
     * @param show shows the contacts to the person; false when they did not reach them (then nothing is audited).
     *     The chat posts them privately; the console puts them in the page it answers with.
     */
    Showing contacts(String number, Staff staff, Predicate<Contacts> show);

    /** {@link #contacts(String, Staff, Predicate)} for a front end that shows the returned contacts itself. */
    default Showing contacts(String number, Staff staff) {
        return contacts(number, staff, contacts -> true);
    }

    /**
     * Everything a request page shows: what the HQ chat card shows (never names, phones, address or details) and the
     * request's timeline. The texts of notes are personal: they are in the timeline only for the holder and admins
     * (others see that a note was added, not what it says). Empty when no request has the number or the person may
     * not see its region: the same answer, so numbers of other regions cannot be probed.
     */
    Optional<RequestPage> page(String number, Staff staff);

    /** The actions a request page offers. */
    enum Action {
        TAKE,
        IN_PROGRESS,
        DONE,
        CANNOT_FULFIL,
        RETURN_TO_QUEUE,
        CONTACTS,
        ASSIGN_VOLUNTEER
    }

    /** A preset reason for "Cannot fulfil": its id and its words in the asked language. */
    record Reason(String id, String words) {}

    /** What came of a change. */
    sealed interface Outcome {}

    /** What came of asking for the contacts. */
    sealed interface Showing {}

    /** Done: the request as it is now. */
    record Changed(HelpRequest request) implements Outcome {}

    /** Someone else holds the request: how the cards name them. */
    record HeldByAnother(String holderName) implements Outcome {}

    /** The request's status does not allow this now; {@code now} is the request as it is (its status, to show). */
    record NotAllowed(HelpRequest now) implements Outcome {}

    /** Only the holder may (see the contacts). */
    record NotYours() implements Showing {}

    /** No request has that number (or it is erased). */
    record NotFound() implements Outcome, Showing {}

    /** The person is neither an admin nor a coordinator of the request's region. */
    record NotCoordinator() implements Outcome, Showing {}

    /** Not one of the preset reasons: nothing changed. */
    record UnknownReason() implements Outcome {}

    /** The contacts, shown and audited. */
    record Shown(Contacts contacts) implements Showing {}

    /** The front end could not show them (e.g. the private chat is closed); nothing was audited. */
    record NotDelivered() implements Showing {}

    /**
     * A request's personal data, for its holder.
     *
     * @param address the typed address, or a map link for a shared location; null when none
     * @param details the details as written; null when none or when they are a voice message
     * @param voice the voice message given as the details (its file id and length, never the audio); null when none
     */
    record Contacts(
            String number,
            String beneficiaryName,
            String beneficiaryPhone,
            String address,
            String requesterName,
            String requesterPhone,
            String details,
            org.wearetogether.dialog.VoiceNote voice) {}
}
