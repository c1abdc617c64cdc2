package org.wearetogether.telegram.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.telegram.telegrambots.meta.api.objects.ApiResponse;
import org.telegram.telegrambots.meta.api.objects.ResponseParameters;
import org.telegram.telegrambots.meta.exceptions.TelegramApiRequestException;
import org.wearetogether.chat.ChannelSender;

class CallFailedTest {

    @Test
    void aGroupThatBecameASupergroupIsAMoveToTheNewChatId() {
        var parameters = new ResponseParameters();
        parameters.setMigrateToChatId(-1001234567890L);
        var failed = failed(400, "Bad Request: group chat was upgraded to a supergroup chat", parameters);

        ChannelSender.NotDelivered notDelivered = failed.notDelivered("post");

        assertThat(notDelivered.movedTo()).isEqualTo("-1001234567890");
        assertThat(notDelivered.chatGone()).isTrue();
        assertThat(notDelivered.permanent()).isTrue();
    }

    @Test
    void aRemovedBotOrAMissingChatIsTheChatGoneButABadMessageIsNot() {
        assertThat(failed(403, "Forbidden: bot was kicked from the group chat", null)
                        .notDelivered("post")
                        .chatGone())
                .isTrue();
        assertThat(failed(400, "Bad Request: chat not found", null)
                        .notDelivered("post")
                        .chatGone())
                .isTrue();
        assertThat(failed(400, "Bad Request: not enough rights to send text messages to the chat", null)
                        .notDelivered("post")
                        .chatGone())
                .isTrue();

        var tooLong = failed(400, "Bad Request: message is too long", null).notDelivered("post");
        assertThat(tooLong.chatGone()).isFalse();
        assertThat(tooLong.permanent()).isTrue();
        var outage = failed(502, "Bad Gateway", null).notDelivered("post");
        assertThat(outage.chatGone()).isFalse();
        assertThat(outage.permanent()).isFalse();
        assertThat(failed(429, "Too Many Requests", null).notDelivered("post").permanent())
                .isFalse();
    }

    @Test
    void anEditOfAMessageGoneOrTooOldIsRefusedForGoodButNotTheChatGone() {
        for (String description :
                java.util.List.of("Bad Request: message to edit not found", "Bad Request: message can't be edited")) {
            var refused = failed(400, description, null).notDelivered("edit");
            assertThat(refused.permanent()).as(description).isTrue();
            assertThat(refused.chatGone()).as(description).isFalse();
        }
        assertThat(failed(400, "Bad Request: message is not modified", null).isNotModified())
                .isTrue();
    }

    @Test
    void aFailedEditIsTriedAgainOnlyWhenTheFailureMayPass() {
        assertThat(failed(400, "Bad Request: message is not modified: specified new message content", null)
                        .editOutcome())
                .isEqualTo(ChannelSender.Edited.DONE);
        assertThat(failed(502, "Bad Gateway", null).editOutcome()).isEqualTo(ChannelSender.Edited.TRY_LATER);
        assertThat(failed(429, "Too Many Requests: retry after 5", null).editOutcome())
                .isEqualTo(ChannelSender.Edited.TRY_LATER);
        assertThat(failed(400, "Bad Request: message to edit not found", null).editOutcome())
                .isEqualTo(ChannelSender.Edited.GIVEN_UP);
        assertThat(failed(403, "Forbidden: bot was blocked by the user", null).editOutcome())
                .isEqualTo(ChannelSender.Edited.GIVEN_UP);
    }

    private static CallFailed failed(int code, String description, ResponseParameters parameters) {
        var response = new ApiResponse<>(false, code, description, parameters, null);
        return CallFailed.from("sendmessage", new TelegramApiRequestException("failed", response));
    }
}
