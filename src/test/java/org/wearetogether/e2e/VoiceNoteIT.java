package org.wearetogether.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.model.Filters;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wearetogether.testing.FakeTelegram;
import org.wearetogether.testing.FakeTelegramCall;
import org.wearetogether.testing.FakeTelegramMessage;
import org.wearetogether.testing.FakeTelegramUser;
import org.wearetogether.testing.RunningService;

/**
 * Voice notes are heard, end to end against the fake Bot API: Anna answers the details with a voice message; the
 * request is filed with its file id; the HQ group's card carries neither the voice nor its id; Olga takes it and
 * presses Show contacts and gets the contacts and then the voice (sendVoice with the same file id, after two 5xx);
 * once Telegram no longer has the file she gets a polite text instead; Anna's /privacy erases the file id
 * everywhere.
 */
class VoiceNoteIT {

    private static final long GROUP = -100;
    private static final Duration WAIT = Duration.ofSeconds(15);
    private static final String FILE = "AwACAgIAAxkBAAIC3mVoiceNoteOfAnna_42";

    @TempDir
    Path data;

    @Test
    void aVoiceAtTheDetailsReachesOnlyTheHolderWithTheContactsAndIsErasedWithTheRequest() {
        try (FakeTelegram telegram = FakeTelegram.start();
                RunningService service = RunningService.start(
                        telegram, data, "together.access.admins=900", "together.hq.sweep-interval=200ms")) {
            FakeTelegramUser olga = telegram.user(901, "Olga", "en");
            FakeTelegramUser anna = telegram.user(1001, "Anna", "en");
            bindHq(telegram, olga);

            // a voice where a name is asked gets the polite text-or-buttons answer
            anna.sendCommand("start");
            anna.awaitReplyContaining("What would you like to do?");
            anna.press("👵 Help for a relative or neighbour");
            anna.awaitReplyContaining("What is the name of the person who needs help?");
            anna.sendVoice(FILE, 42);
            anna.awaitReplyContaining("I can only read text and buttons.");
            anna.sendCommand("cancel");
            anna.awaitReplyContaining("Cancel? Your answers will not be kept.");
            anna.press("Yes, cancel");
            anna.awaitReplyContaining("Cancelled.");

            RequestFiling.fileThroughTheDialog(anna, RequestFiling.Answers.typical(), () -> anna.sendVoice(FILE, 42));
            assertThat(texts(anna))
                    .anyMatch(t -> t.equals("🎤 Thank you, your voice message (0:42) is received."
                            + " The HQ coordinator will listen to it."))
                    .anyMatch(t -> t.startsWith("Please check.") && t.contains("🎤 voice message, 0:42"));
            String number = anna.awaitReplyContaining("Request number:")
                    .text()
                    .replaceAll("(?s).*Request number: ([A-Z]+-\\d+).*", "$1");
            assertThat(request(service, number).getString("details")).endsWith(FILE);

            FakeTelegramMessage card =
                    telegram.awaitMessage(GROUP, m -> m.text().contains(number), WAIT);
            assertThat(card.text()).doesNotContain("voice", "🎤", FILE);
            olga.pressData(card, "q:take:" + number);
            telegram.awaitMessage(GROUP, m -> m.text().contains("Taken by: Olga"), WAIT);

            telegram.serverErrors("sendVoice", 2);
            olga.pressData(card, "q:cont:" + number);
            FakeTelegramMessage contacts = telegram.awaitMessage(
                    olga.id(), m -> m.text().startsWith("Contacts for request No. " + number), WAIT);
            assertThat(contacts.text())
                    .contains("Details: 🎤 voice message, 0:42 (sent in the next message)")
                    .doesNotContain(FILE);
            FakeTelegramCall voice =
                    telegram.awaitCall("sendVoice", c -> c.status() == 200 && FILE.equals(c.param("voice")), WAIT);
            assertThat(voice.param("chat_id")).isEqualTo(String.valueOf(olga.id()));
            assertThat(voice.param("caption")).isEqualTo("🎤 Voice message for request No. " + number + " (0:42)");
            assertThat(telegram.calls("sendVoice")).hasSize(3);
            assertThat(chatsReached(telegram, FILE)).containsOnly(String.valueOf(olga.id()));

            telegram.expireFile(FILE);
            olga.pressData(card, "q:cont:" + number);
            telegram.awaitMessage(
                    olga.id(),
                    m -> m.text().startsWith("The voice message for request No. " + number + " could not be sent")
                            && m.text().contains("Please call the person who asked"),
                    WAIT);

            anna.sendCommand("privacy");
            FakeTelegramMessage privacy = anna.awaitReply(m -> hasData(m, "m:forget"));
            anna.pressData(privacy, "m:forget");
            FakeTelegramMessage confirm = anna.awaitReply(m -> hasData(m, "m:forget:yes"));
            anna.pressData(confirm, "m:forget:yes");
            awaitErased(service, number);
            for (String collection : service.database().listCollectionNames()) {
                assertThat(all(service, collection)).as(collection).doesNotContain(FILE);
            }
        }
    }

    private static void awaitErased(RunningService service, String number) {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (request(service, number).toJson().contains(FILE)) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("the file id was not erased: "
                        + request(service, number).toJson());
            }
            Thread.onSpinWait();
        }
        assertThat(request(service, number).getString("status")).isEqualTo("CANCELLED");
    }

    /** Every chat any call of the Bot API carried the text to. */
    private static List<String> chatsReached(FakeTelegram telegram, String text) {
        return telegram.calls().stream()
                .filter(c -> !c.method().equals("getupdates")
                        && c.params().toString().contains(text))
                .map(c -> c.param("chat_id"))
                .distinct()
                .toList();
    }

    private static List<String> texts(FakeTelegramUser user) {
        return user.messages().stream().map(FakeTelegramMessage::text).toList();
    }

    private static boolean hasData(FakeTelegramMessage m, String data) {
        return m.inlineButtons().stream().anyMatch(b -> b.data().equals(data));
    }

    private static Document request(RunningService service, String number) {
        return service.database()
                .getCollection("requests")
                .find(Filters.eq("number", number))
                .first();
    }

    private static String all(RunningService service, String collection) {
        return service.database().getCollection(collection).find().into(new ArrayList<>()).stream()
                .map(Document::toJson)
                .reduce("", String::concat);
    }

    private static void bindHq(FakeTelegram telegram, FakeTelegramUser olga) {
        FakeTelegramUser admin = telegram.user(900, "Admin", "en");
        admin.sendCommand("coordinator 901 RU-MOW");
        admin.awaitReplyContaining("coordinates RU-MOW");
        telegram.groupMessage(GROUP, olga, "/hq@" + telegram.botUsername() + " RU-MOW");
        telegram.awaitMessage(GROUP, m -> m.text().startsWith("Done"), WAIT);
    }
}
