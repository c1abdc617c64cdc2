package org.wearetogether.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.wearetogether.dialog.Reply;
import org.wearetogether.testing.FakeTelegram;
import org.wearetogether.testing.FakeTelegramDocument;

/** Files ({@code /mydata}) go out with {@code sendDocument}: whole after 5xx retries, and given up on a block. */
class TelegramDocumentsIT {

    private final ChannelFixture fixture = new ChannelFixture();
    private final FakeTelegram telegram = fixture.telegram;

    @AfterEach
    void close() {
        fixture.close();
    }

    @Test
    void aFileArrivesWholeWithItsNameAndCaptionAfterServerErrors() {
        fixture.start(new RecordingFrontDesk());
        byte[] content = "<p>Привет, SENTINEL</p>".repeat(1_000).getBytes(StandardCharsets.UTF_8);
        telegram.serverErrors("sendDocument", 2);

        fixture.sender().send("42", List.of(new Reply.Document("my-data.html", "text/html", content, "Your data")));

        FakeTelegramDocument file =
                telegram.awaitDocuments(42, 1, ChannelFixture.WAIT).get(0);
        assertThat(file.fileName()).isEqualTo("my-data.html");
        assertThat(file.caption()).isEqualTo("Your data");
        assertThat(file.content()).as("each attempt sends the whole file").isEqualTo(content);
        assertThat(telegram.calls("sendDocument")).extracting(c -> c.status()).containsExactly(500, 500, 200);
    }

    @Test
    void aBlockedChatGetsNoFileAndNothingIsKept() {
        var desk = new RecordingFrontDesk();
        fixture.start(desk);
        telegram.block(43);

        fixture.sender()
                .send("43", List.of(new Reply.Document("my-data.json", "application/json", new byte[10], null)));

        assertThat(telegram.calls("sendDocument")).extracting(c -> c.status()).containsExactly(403);
        assertThat(telegram.documents(43)).isEmpty();
        assertThat(desk.owed("telegram:43")).isEmpty();
    }
}
