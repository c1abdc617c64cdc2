package org.wearetogether.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.model.Filters;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.wearetogether.testing.FakeTelegram;
import org.wearetogether.testing.FakeTelegramMessage;
import org.wearetogether.testing.FakeTelegramUser;
import org.wearetogether.testing.RunningService;

/** The whole service against a fake Telegram Bot API and the embedded store, as a person would use it. */
@ExtendWith(OutputCaptureExtension.class)
class RequestHelpIT {

    @TempDir
    Path data;

    @Test
    void aRelativeCompletesARequestAndTheStoredRequestHoldsExactlyTheAnswersGiven() {
        try (FakeTelegram telegram = FakeTelegram.start();
                RunningService service = RunningService.start(telegram, data)) {
            FakeTelegramUser anna = telegram.user(1001, "Anna", "en");

            answerUpToRegion(anna);
            answerFromAddressToSummary(anna);
            anna.press("Send the request");
            FakeTelegramMessage accepted = anna.awaitReplyContaining("SPE-000001");

            assertThat(accepted.text()).contains("SPE-000001");
            Document request = service.database()
                    .getCollection("requests")
                    .find(Filters.eq("number", "SPE-000001"))
                    .first();
            assertThat(request.getString("status")).isEqualTo("SUBMITTED");
            assertThat(request.get("answers", Document.class)).isEqualTo(new Document(expectedAnswers()));
            assertThat(service.database().getCollection("requests").countDocuments())
                    .isEqualTo(1);

            anna.sendCommand("requests");
            assertThat(anna.awaitReplyContaining("SPE-000001").text()).isNotBlank();
        }
    }

    @Test
    void afterARestartMidDialogThePersonContinuesAtTheSameStepWithEarlierAnswersKept() {
        try (FakeTelegram telegram = FakeTelegram.start()) {
            FakeTelegramUser anna = telegram.user(1001, "Anna", "en");
            try (RunningService service = RunningService.start(telegram, data)) {
                answerUpToRegion(anna);
            }
            try (RunningService restarted = RunningService.start(telegram, data)) {
                answerFromAddressToSummary(anna);
                anna.press("Send the request");
                anna.awaitReplyContaining("SPE-000001");

                Document request =
                        restarted.database().getCollection("requests").find().first();
                assertThat(request.get("answers", Document.class)).isEqualTo(new Document(expectedAnswers()));
            }
        }
    }

    @Test
    void theSameUpdateDeliveredTwiceChangesNothingTheSecondTimeAndItsDeliveredReplyIsNotSentAgain() {
        try (FakeTelegram telegram = FakeTelegram.start()) {
            FakeTelegramUser anna = telegram.user(1001, "Anna", "en");
            long nameUpdate;
            Document chatBefore;
            try (RunningService service = RunningService.start(telegram, data)) {
                anna.sendCommand("start");
                anna.awaitReply(m -> true);
                anna.press("👵 Help for a relative or neighbour");
                anna.awaitReplyContaining("What is the name");
                nameUpdate = anna.sendText("Maria Ivanovna");
                anna.awaitReplyContaining("How old is Maria Ivanovna?");
                org.awaitility.Awaitility.await()
                        .until(() -> chat(service, anna)
                                .getList("owed", Object.class)
                                .isEmpty());
                chatBefore = chat(service, anna);
            }
            int messagesBefore = anna.messages().size();
            int pollsBefore = telegram.callCount("getUpdates");
            try (RunningService restarted = RunningService.start(telegram, data)) {
                // As after a crash between storing and confirming: Telegram hands the update in once more. (Once the
                // new process polls, the stopped one's last long poll has ended and cannot take the update.)
                awaitPolls(telegram, pollsBefore + 1);
                telegram.deliverAgain(nameUpdate);
                awaitPolls(telegram, telegram.callCount("getUpdates") + 2);

                assertThat(chat(restarted, anna)).isEqualTo(chatBefore);
                assertThat(anna.messages())
                        .as("a reply already delivered is not sent again")
                        .hasSize(messagesBefore);
            }
        }
    }

    @Test
    void aReplyStillOwedWhenTheServiceStoppedIsSentAfterTheRestartOnce() {
        try (FakeTelegram telegram = FakeTelegram.start()) {
            FakeTelegramUser anna = telegram.user(1001, "Anna", "en");
            try (RunningService service = RunningService.start(telegram, data)) {
                anna.sendCommand("start");
                anna.awaitReply(m -> true);
                anna.press("👵 Help for a relative or neighbour");
                anna.awaitReplyContaining("What is the name");
                telegram.breakDown("sendMessage");
                long nameUpdate = anna.sendText("Maria Ivanovna");
                org.awaitility.Awaitility.await()
                        .atMost(java.time.Duration.ofSeconds(30))
                        .until(() -> telegram.confirmedOffset() > nameUpdate);
                assertThat(chat(service, anna).getList("owed", Document.class)).hasSize(1);
            }
            telegram.restore("sendMessage");
            try (RunningService restarted = RunningService.start(telegram, data)) {
                anna.awaitReplyContaining("How old is Maria Ivanovna?");
                org.awaitility.Awaitility.await()
                        .until(() -> chat(restarted, anna)
                                .getList("owed", Object.class)
                                .isEmpty());
                assertThat(anna.messages().stream().filter(m -> m.text().startsWith("How old is Maria")))
                        .hasSize(1);
            }
        }
    }

    @Test
    void badInputGetsAPoliteAnswerOrIsIgnoredAndDamagesNothing(CapturedOutput output) {
        try (FakeTelegram telegram = FakeTelegram.start();
                RunningService service = RunningService.start(telegram, data)) {
            FakeTelegramUser anna = telegram.user(1001, "Anna", "en");
            FakeTelegramUser boris = telegram.user(2002, "Boris", "ru");
            anna.sendCommand("start");
            anna.awaitReply(m -> true);
            anna.press("👵 Help for a relative or neighbour");
            anna.awaitReplyContaining("What is the name");
            anna.sendText("Maria Ivanovna");
            FakeTelegramMessage ageQuestion = anna.awaitReplyContaining("How old is Maria Ivanovna?");
            Document before = chat(service, anna).get("conv", Document.class);

            anna.sendSticker();
            anna.awaitReply(m -> m.text().contains("button") || m.text().contains("type"));
            anna.sendAttachment("photo");
            anna.awaitReply(m -> true);
            anna.sendAttachment("voice");
            anna.awaitReply(m -> true);
            anna.editLastText("Maria Petrovna");
            anna.awaitReplyContaining("send your answer again");
            anna.sendText("x".repeat(4096));
            anna.awaitReply(m -> true);
            anna.sendText("🙂🙂🙂");
            anna.awaitReply(m -> true);
            anna.sendText("");
            anna.awaitReply(m -> true);
            anna.pressData(ageQuestion, "d:forged00:1:o:0");
            anna.pressData(ageQuestion, "garbage-" + "z".repeat(50));
            boris.pressData(ageQuestion, ageQuestion.inlineButtons().get(0).data());
            telegram.groupMessage(-500, anna, "hello everyone");
            telegram.channelPost(-600, "news");
            long last = telegram.membershipChange(anna, "kicked");

            awaitConfirmed(telegram, last);
            Document after = chat(service, anna).get("conv", Document.class);
            assertThat(after.get("answers")).isEqualTo(before.get("answers"));
            assertThat(after.getString("step")).isEqualTo(before.getString("step"));
            assertThat(service.database().getCollection("chats").countDocuments(Filters.eq("_id", "telegram:-500")))
                    .isZero();
            assertThat(output.getAll()).doesNotContain(" ERROR ");

            anna.press("65 or older");
            assertThat(anna.awaitReplyContaining("phone number").text()).contains("Maria Ivanovna");
        }
    }

    private static void answerUpToRegion(FakeTelegramUser anna) {
        anna.sendCommand("start");
        anna.awaitReplyContaining("What would you like to do?");
        anna.press("👵 Help for a relative or neighbour");
        anna.awaitReplyContaining("What is the name of the person who needs help?");
        anna.sendText("Maria Ivanovna");
        anna.awaitReplyContaining("How old is Maria Ivanovna?");
        anna.press("65 or older");
        anna.awaitReplyContaining("What phone number");
        anna.sendText("8 (916) 123-45-67");
        anna.awaitReplyContaining("Which region");
        anna.sendText("Питер");
        anna.awaitReplyContaining("The town and address");
    }

    private static void answerFromAddressToSummary(FakeTelegramUser anna) {
        anna.sendText("Saint Petersburg, Nevsky pr. 1, flat 2");
        anna.awaitReplyContaining("What is needed?");
        anna.press("Groceries and essentials");
        awaitEdits(anna, 1);
        anna.press("Medicines");
        awaitEdits(anna, 2);
        anna.press("Done ✔️");
        anna.awaitReplyContaining("How urgently");
        anna.press("Today");
        anna.awaitReplyContaining("Anything else");
        anna.sendText("Door code 12, please call first");
        anna.awaitReplyContaining("what is your name?");
        anna.sendText("Anna");
        anna.awaitReplyContaining("Your phone number?");
        anna.shareContact("+79031234567", true);
        anna.awaitReplyContaining("Do you agree?");
        anna.press("Yes, I agree");
        anna.awaitReplyContaining("Please check.");
    }

    /** Waits until the multiple-choice question shows {@code ticked} options ticked (it is edited in place). */
    private static void awaitEdits(FakeTelegramUser user, int ticked) {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (user.lastMessage().inlineButtons().stream()
                        .filter(b -> b.label().startsWith("✅"))
                        .count()
                < ticked) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("the choice was not ticked: " + user.lastMessage());
            }
            Thread.onSpinWait();
        }
    }

    /** The answers the steps above store: the benchmark drives the very same script. */
    private static Map<String, Object> expectedAnswers() {
        return org.wearetogether.bench.HelpRequestScript.expectedAnswers();
    }

    private static Document chat(RunningService service, FakeTelegramUser user) {
        return service.database()
                .getCollection("chats")
                .find(Filters.eq("_id", "telegram:" + user.id()))
                .first();
    }

    private static void awaitPolls(FakeTelegram telegram, int polls) {
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (telegram.callCount("getUpdates") < polls) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("the service never polled");
            }
            Thread.onSpinWait();
        }
    }

    private static void awaitConfirmed(FakeTelegram telegram, long updateId) {
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (telegram.confirmedOffset() <= updateId) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("update " + updateId + " was never confirmed");
            }
            Thread.onSpinWait();
        }
    }
}
