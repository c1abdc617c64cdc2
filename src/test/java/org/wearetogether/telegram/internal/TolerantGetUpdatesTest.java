package org.wearetogether.telegram.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.telegram.telegrambots.meta.api.objects.Update;
import org.telegram.telegrambots.meta.exceptions.TelegramApiRequestException;

class TolerantGetUpdatesTest {

    private static String message(long updateId, String text) {
        return """
                {"update_id":%d,"message":{"message_id":%d,"date":1700000000,\
                "chat":{"id":7,"type":"private","first_name":"Anna"},\
                "from":{"id":7,"is_bot":false,"first_name":"Anna"},"text":"%s"}}""".formatted(updateId, updateId, text);
    }

    private static List<Update> read(Set<Long> taken, String... updates) throws TelegramApiRequestException {
        String answer = "{\"ok\":true,\"result\":[" + String.join(",", updates) + "]}";
        return new TolerantGetUpdates(0, 100, 0, taken::contains).deserializeResponse(answer);
    }

    @Test
    void readsUpdatesNotTakenInFullAndTakenOnesAsTheirIdOnly() throws Exception {
        List<Update> updates = read(Set.of(11L), message(10, "first"), message(11, "in work"), message(12, "new"));

        assertThat(updates).extracting(Update::getUpdateId).containsExactly(10, 11, 12);
        assertThat(updates.get(0).getMessage().getText()).isEqualTo("first");
        assertThat(updates.get(1).hasMessage()).as("taken: not read").isFalse();
        assertThat(updates.get(2).getMessage().getText()).isEqualTo("new");
    }

    @Test
    void anUnreadableUpdateBecomesItsIdAndTheOthersAreRead() throws Exception {
        String wrongType = "{\"update_id\":21,\"message\":{\"message_id\":\"not a number\",\"chat\":[]}}";

        List<Update> updates = read(Set.of(), message(20, "before"), wrongType, message(22, "after"));

        assertThat(updates).extracting(Update::getUpdateId).containsExactly(20, 21, 22);
        assertThat(updates.get(1).hasMessage()).isFalse();
        assertThat(updates.get(2).getMessage().getText()).isEqualTo("after");
    }

    @Test
    void textThatLooksLikeAnUpdateInsideAMessageIsJustText() throws Exception {
        String sneaky = "{\\\"update_id\\\":99,\\\"message\\\":{}}"; // as it arrives: quotes escaped

        List<Update> updates = read(Set.of(), message(40, sneaky), message(41, "next"));

        assertThat(updates).extracting(Update::getUpdateId).containsExactly(40, 41);
        assertThat(updates.get(0).getMessage().getText()).isEqualTo("{\"update_id\":99,\"message\":{}}");
    }

    @Test
    void anUpdateWhoseIdIsNotTheFirstFieldIsReadInFull() throws Exception {
        String idLast = "{\"message\":{\"message_id\":3,\"date\":1700000000,"
                + "\"chat\":{\"id\":7,\"type\":\"private\"},\"text\":\"late id\"},\"update_id\":30}";

        List<Update> updates = read(Set.of(30L), idLast);

        assertThat(updates).singleElement().satisfies(u -> {
            assertThat(u.getUpdateId()).isEqualTo(30);
            assertThat(u.getMessage().getText()).isEqualTo("late id");
        });
    }

    @Test
    void anErrorAnswerIsTheLibrarysException() {
        String answer = "{\"ok\":false,\"error_code\":429,\"description\":\"Too Many Requests\","
                + "\"parameters\":{\"retry_after\":3}}";

        assertThatThrownBy(() -> new TolerantGetUpdates(0, 100, 0, id -> false).deserializeResponse(answer))
                .isInstanceOf(TelegramApiRequestException.class)
                .satisfies(e -> assertThat(((TelegramApiRequestException) e).getErrorCode())
                        .isEqualTo(429));
    }

    @Test
    void theCallSendsOnlyTheBotApiParameters() throws Exception {
        var call = new TolerantGetUpdates(5, 100, 50, id -> false);

        assertThat(new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsString(call))
                .contains("\"offset\":5", "\"limit\":100", "\"timeout\":50")
                .doesNotContain("alreadyTaken", "taken");
    }

    @Test
    void anEmptyBatchIsEmpty() throws Exception {
        assertThat(read(Set.of())).isEmpty();
    }
}
