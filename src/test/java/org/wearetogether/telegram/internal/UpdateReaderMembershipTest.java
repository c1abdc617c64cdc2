package org.wearetogether.telegram.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.telegram.telegrambots.meta.api.objects.Update;
import org.wearetogether.chat.Inbound;

/** The bot's own membership in groups and group migrations are read as channel-neutral inputs. */
class UpdateReaderMembershipTest {

    private final UpdateReader reader = new UpdateReader(() -> "together_test_bot");

    @Test
    void theBotRemovedFromAGroupIsReadAsNoLongerAbleToPost() throws Exception {
        Incoming in = reader.read(membership(-100, "member", "kicked"));

        var handle = (Incoming.Handle) in;
        assertThat(handle.inbound().content()).isEqualTo(new Inbound.Membership(false));
        assertThat(handle.inbound().person().chatKey()).isEqualTo("telegram:-100");
        assertThat(handle.inbound().person().userId()).isEqualTo("901");
    }

    @Test
    void theBotAddedOrPromotedCanPostAndRestrictedFromSendingCannot() throws Exception {
        assertThat(content(membership(-100, "left", "member"))).isEqualTo(new Inbound.Membership(true));
        assertThat(content(membership(-100, "member", "administrator"))).isEqualTo(new Inbound.Membership(true));
        assertThat(content(membership(-100, "member", "left"))).isEqualTo(new Inbound.Membership(false));
        assertThat(content(restricted(-100, false))).isEqualTo(new Inbound.Membership(false));
        assertThat(content(restricted(-100, true))).isEqualTo(new Inbound.Membership(true));
    }

    @Test
    void aPrivateChatBlockingTheBotIsStillIgnored() throws Exception {
        String json = membershipJson(901, "private", "member", "kicked", "");
        assertThat(reader.read(parse(json))).isInstanceOf(Incoming.Ignore.class);
    }

    @Test
    void bothServiceMessagesOfAMigrationAreReadAsTheOldGroupMovingToTheNewId() throws Exception {
        Update inOld = parse("""
                {"update_id": 7, "message": {"message_id": 5, "date": 1, "from": %s,
                  "chat": {"id": -100, "type": "group", "title": "HQ"}, "migrate_to_chat_id": -1000100}}
                """.formatted(USER));
        Update inNew = parse("""
                {"update_id": 8, "message": {"message_id": 1, "date": 1, "from": %s,
                  "chat": {"id": -1000100, "type": "supergroup", "title": "HQ"}, "migrate_from_chat_id": -100}}
                """.formatted(USER));

        for (Update update : new Update[] {inOld, inNew}) {
            var handle = (Incoming.Handle) reader.read(update);
            assertThat(handle.inbound().person().chatKey()).isEqualTo("telegram:-100");
            assertThat(handle.inbound().content()).isEqualTo(new Inbound.Moved("-1000100"));
        }
    }

    private static final String USER = "{\"id\": 901, \"is_bot\": false, \"first_name\": \"Olga\"}";
    private static final String BOT = "{\"id\": 100000, \"is_bot\": true, \"first_name\": \"Bot\"}";

    private Inbound.Content content(Update update) {
        return ((Incoming.Handle) reader.read(update)).inbound().content();
    }

    private static Update membership(long chatId, String from, String to) throws Exception {
        return parse(membershipJson(chatId, "supergroup", from, to, ""));
    }

    private static Update restricted(long chatId, boolean canSend) throws Exception {
        String extra = ", \"is_member\": true, \"can_send_messages\": " + canSend + ", \"until_date\": 0";
        return parse(membershipJson(chatId, "supergroup", "member", "restricted", extra));
    }

    private static String membershipJson(long chatId, String type, String from, String to, String extra) {
        return """
                {"update_id": 3, "my_chat_member": {"date": 1, "from": %s,
                  "chat": {"id": %d, "type": "%s", "title": "HQ"},
                  "old_chat_member": {"status": "%s", "user": %s},
                  "new_chat_member": {"status": "%s", "user": %s%s}}}
                """.formatted(USER, chatId, type, from, BOT, to, BOT, extra);
    }

    private static Update parse(String json) throws Exception {
        return new ObjectMapper().readValue(json, Update.class);
    }
}
