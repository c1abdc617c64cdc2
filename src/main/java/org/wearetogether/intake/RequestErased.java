package org.wearetogether.intake;

/**
 * A request's personal data was erased (names, phones, address, details, comments); published in-process after the
 * erasure is stored, once per request. Listeners clean what still shows that data outside the store: the cards and
 * contacts messages in chats, the task messages volunteers received, a CRM's copy (an {@code erased} webhook).
 *
 * @param number the request's number, which stays (it is anonymous statistics)
 * @param why what erased it
 */
public record RequestErased(String number, Why why) {

    /** What erased a request's personal data. */
    public enum Why {
        /** The requester asked ({@code /privacy}). */
        REQUESTER,
        /** An admin erased it on the caller's wish ({@code /erase}), e.g. a request filed by a hotline operator. */
        ADMIN,
        /** Its retention period passed. */
        RETENTION
    }
}
