package org.wearetogether.telegram.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The training run's stand-in Bot API: one {@code /start} until confirmed, answered only by a reply and then a poll. */
class TrainingBotApiTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final TrainingBotApi api = TrainingBotApi.start();
    private final HttpClient http = HttpClient.newHttpClient();

    @AfterEach
    void close() {
        api.close();
        http.close();
    }

    @Test
    void handsOutTheStartCommandUntilAnOffsetBeyondItConfirmsIt() throws Exception {
        JsonNode first = call("getUpdates", "{\"offset\":0,\"timeout\":50}");
        JsonNode again = call("getUpdates", "{\"offset\":1}");
        JsonNode after = call("getUpdates", "{\"offset\":2}");

        assertThat(first.path("ok").asBoolean()).isTrue();
        JsonNode message = first.path("result").get(0).path("message");
        assertThat(message.path("text").asText()).isEqualTo("/start");
        assertThat(message.path("chat").path("id").asLong()).isEqualTo(TrainingBotApi.CHAT_ID);
        assertThat(again.path("result")).hasSize(1);
        assertThat(after.path("result")).isEmpty();
    }

    @Test
    void isAnsweredOnceTheReplyWasSentAndTheUpdateConfirmed() throws Exception {
        call("getUpdates", "{\"offset\":0}");
        call("sendMessage", "{\"chat_id\":\"" + TrainingBotApi.CHAT_ID + "\",\"text\":\"Hello\"}");
        assertThat(api.awaitAnswered(Duration.ofMillis(100)))
                .as("not confirmed yet")
                .isFalse();

        call("getUpdates", "{\"offset\":2}");
        assertThat(api.awaitAnswered(Duration.ofSeconds(1))).isTrue();
    }

    @Test
    void aConfirmationWithoutAReplyOrAReplyToAnotherChatIsNotAnAnswer() throws Exception {
        call("getUpdates", "{\"offset\":0}");
        JsonNode sent = call("sendMessage", "{\"chat_id\":42,\"text\":\"Hello\"}");
        call("getUpdates", "{\"offset\":2}");

        assertThat(sent.path("result").path("chat").path("id").asLong()).isEqualTo(42);
        assertThat(api.awaitAnswered(Duration.ofMillis(300))).isFalse();
    }

    @Test
    void answersTheStartUpCallsAndRefusesAnotherToken() throws Exception {
        assertThat(call("getMe", "{}").path("result").path("username").asText()).isEqualTo("together_training_bot");
        assertThat(call("deleteWebhook", "{}").path("result").asBoolean()).isTrue();
        assertThat(call("setMyCommands", "{\"commands\":[]}").path("result").asBoolean())
                .isTrue();

        var wrongToken = http.send(
                HttpRequest.newBuilder(URI.create(api.apiUrl() + "/bot1:other/getMe"))
                        .POST(HttpRequest.BodyPublishers.ofString("{}"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(wrongToken.statusCode()).isEqualTo(404);
    }

    /** As the library calls it: lower-case method name, a JSON body. */
    private JsonNode call(String method, String body) throws Exception {
        var response = http.send(
                HttpRequest.newBuilder(
                                URI.create(api.apiUrl() + "/bot" + TrainingBotApi.TOKEN + "/" + method.toLowerCase()))
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(body))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(200);
        return JSON.readTree(response.body());
    }
}
