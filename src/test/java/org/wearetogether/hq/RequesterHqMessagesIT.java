package org.wearetogether.hq;

import static org.assertj.core.api.Assertions.assertThat;
import static org.wearetogether.hq.HqFixtures.ADMINS;
import static org.wearetogether.hq.HqFixtures.FAST;
import static org.wearetogether.hq.HqFixtures.WAIT;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wearetogether.intake.RequestNote;
import org.wearetogether.intake.RequestNotes;
import org.wearetogether.testing.FakeTelegram;
import org.wearetogether.testing.FakeTelegramMessage;
import org.wearetogether.testing.FakeTelegramUser;
import org.wearetogether.testing.RunningService;

/**
 * The requester writes to the HQ from {@code /requests}; the HQ chat (then the holder privately) gets it with a Reply
 * button and without the requester's identity; the HQ's answer comes back the same way, from "the HQ"; every message
 * is in the request's notes; a restart between storing a message and delivering it delivers it once.
 */
class RequesterHqMessagesIT {

    private static final long GROUP = -100;
    /** No quiet hours: the test may run at night in Moscow (quiet hours are covered by NoteRelayTest). */
    private static final String NO_QUIET_FROM = "together.broadcasts.quiet-from=00:00";

    private static final String NO_QUIET_UNTIL = "together.broadcasts.quiet-until=00:00";

    @TempDir
    Path data;

    @Test
    void requesterAndHqTalkThroughTheBotWithoutSeeingEachOthersAccounts() throws Exception {
        String number;
        try (FakeTelegram telegram = FakeTelegram.start()) {
            FakeTelegramUser admin = telegram.user(900, "Admin", "en");
            FakeTelegramUser olga = telegram.user(901, "Olga", "en");
            FakeTelegramUser petr = telegram.user(902, "Petr", "en");
            FakeTelegramUser anna = telegram.user(1001, "Anna", "en");
            try (RunningService service =
                    RunningService.start(telegram, data, ADMINS, FAST, NO_QUIET_FROM, NO_QUIET_UNTIL)) {
                HqFixtures.makeCoordinator(admin, 901, "RU-MOW");
                HqFixtures.bind(telegram, GROUP, olga, "RU-MOW");
                number = HqFixtures.submit(service, anna, "RU-MOW", "this_week");
                FakeTelegramMessage card = HqFixtures.awaitCard(telegram, GROUP, number);

                // 1. the requester writes while nobody holds the request: the HQ chat gets it
                anna.sendCommand("requests");
                FakeTelegramMessage mine = anna.awaitReplyContaining("Your requests");
                assertThat(mine.inlineButtons())
                        .extracting(FakeTelegramMessage.Button::label)
                        .contains("✉️ Write to the HQ (No. " + number + ")");
                anna.pressData(mine, RequestNotes.WRITE_BUTTON + number);
                anna.awaitReplyContaining("Write to the HQ about request No. " + number);
                anna.sendText("Please call after 5 pm");
                anna.awaitReplyContaining("Passed to the HQ (request No. " + number + ")");
                FakeTelegramMessage inGroup =
                        telegram.awaitMessage(GROUP, m -> m.text().contains("Please call after 5 pm"), WAIT);
                assertThat(inGroup.text())
                        .startsWith("✉️ Request No. " + number + ": the requester writes to the HQ")
                        .doesNotContain("Anna", "1001", "+7916", "Maria");
                assertThat(inGroup.inlineButtons())
                        .extracting(FakeTelegramMessage.Button::data)
                        .containsExactly("h:r:" + number);

                // 2. a coordinator answers in the group; another member's reply is not taken
                olga.pressData(inGroup, "h:r:" + number);
                FakeTelegramMessage prompt =
                        telegram.awaitMessage(GROUP, m -> m.text().startsWith("Olga, reply to this message"), WAIT);
                telegram.groupReply(GROUP, petr, prompt, "I am not staff, but hello");
                telegram.groupReply(GROUP, olga, prompt, "Thank you, we will call at five");
                telegram.awaitMessage(GROUP, m -> m.text().contains("is passed to the requester"), WAIT);
                FakeTelegramMessage answer = anna.awaitReplyContaining("Thank you, we will call at five");
                assertThat(answer.text())
                        .isEqualTo("✉️ The HQ writes about your request No. " + number
                                + ":\n\nThank you, we will call at five")
                        .doesNotContain("Olga", "901");
                assertThat(answer.inlineButtons())
                        .extracting(FakeTelegramMessage.Button::data)
                        .containsExactly(RequestNotes.WRITE_BUTTON + number);

                // 3. the coordinator takes it: the next message goes to their private chat
                HqFixtures.press(olga, card, "take", number);
                anna.awaitReplyContaining("has been accepted by the HQ");
                anna.pressData(answer, RequestNotes.WRITE_BUTTON + number);
                anna.awaitReplyContaining("Write to the HQ about request No. " + number);
                anna.sendText("The entrance code is 12");
                FakeTelegramMessage privately =
                        telegram.awaitMessage(olga.id(), m -> m.text().contains("The entrance code is 12"), WAIT);
                assertThat(privately.text()).doesNotContain("Anna", "1001");
                olga.pressData(privately, "h:r:" + number);
                olga.awaitReplyContaining("Write your answer to the requester of request No. " + number);
                olga.sendText("Noted, see you at five");
                olga.awaitReplyContaining("is passed to the requester");
                anna.awaitReplyContaining("Noted, see you at five");

                assertThat(service.bean(RequestNotes.class).notes(number))
                        .extracting(RequestNote::kind, RequestNote::text)
                        .containsExactly(
                                org.assertj.core.groups.Tuple.tuple(
                                        RequestNote.Kind.FROM_REQUESTER, "Please call after 5 pm"),
                                org.assertj.core.groups.Tuple.tuple(
                                        RequestNote.Kind.FROM_HQ, "Thank you, we will call at five"),
                                org.assertj.core.groups.Tuple.tuple(
                                        RequestNote.Kind.FROM_REQUESTER, "The entrance code is 12"),
                                org.assertj.core.groups.Tuple.tuple(
                                        RequestNote.Kind.FROM_HQ, "Noted, see you at five"));
                assertThat(anna.messages()).noneMatch(m -> m.text().contains("I am not staff"));
                assertThat(telegram.messagesTo(GROUP)).noneMatch(m -> m.text().contains("Your requests"));

                // 4. the Bot API fails: the next message is stored, then the service stops before it is delivered
                telegram.breakDown("sendMessage");
                anna.pressData(answer, RequestNotes.WRITE_BUTTON + number);
                awaitNotes(service, number, 4); // the press is handled (its answer waits to be sent)
                waitUntil(() ->
                        service.database().getCollection("requester_note_waits").countDocuments() == 1);
                anna.sendText("Stored before the restart");
                awaitNotes(service, number, 5);
            }
            telegram.restore("sendMessage");
            try (RunningService restarted =
                    RunningService.start(telegram, data, ADMINS, FAST, NO_QUIET_FROM, NO_QUIET_UNTIL)) {
                telegram.awaitMessage(olga.id(), m -> m.text().contains("Stored before the restart"), WAIT);
                Thread.sleep(2_000); // a few more sweeps
                assertThat(telegram.messagesTo(olga.id()))
                        .filteredOn(m -> m.text().contains("Stored before the restart"))
                        .hasSize(1);
            }
        }
    }

    private static void awaitNotes(RunningService service, String number, int count) {
        waitUntil(() -> service.bean(RequestNotes.class).notes(number).size() >= count);
    }

    private static void waitUntil(Supplier<Boolean> condition) {
        Instant until = Instant.now().plus(Duration.ofSeconds(15));
        while (!condition.get()) {
            if (Instant.now().isAfter(until)) {
                throw new AssertionError("condition not met within 15 s");
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }
}
