package org.wearetogether.intake;

import java.util.List;
import java.util.Optional;

/** The stored help requests. */
public interface HelpRequests {

    /**
     * Stores a new request under a freshly allocated number, unless the same conversation already submitted one:
     * then that one is returned unchanged (a crash and a re-submission never create a second request).
     *
     * @param draft the request; its number is ignored
     */
    Submitted submit(HelpRequest draft);

    Optional<HelpRequest> byNumber(String number);

    /** The request a conversation submitted, if any. */
    Optional<HelpRequest> byConversation(String conversationId);

    /** A person's requests by the key of their chat, newest first, at most {@code limit}. */
    List<HelpRequest> byRequester(String chatKey, int limit);

    /**
     * The region of the person's latest own request still remembered for their chat (those not yet closed), if any;
     * for not asking again what is known. By default from {@link #byRequester}.
     */
    default Optional<String> latestRegionOf(String chatKey) {
        return byRequester(chatKey, 1).stream().findFirst().map(HelpRequest::regionCode);
    }

    /**
     * The outcome of {@link #submit}.
     *
     * @param request as stored
     * @param created false when the conversation had submitted it before
     */
    record Submitted(HelpRequest request, boolean created) {}
}
