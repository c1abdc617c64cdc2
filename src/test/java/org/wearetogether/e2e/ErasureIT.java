package org.wearetogether.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.model.Filters;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wearetogether.chat.Pseudonyms;
import org.wearetogether.hq.HqFixtures;
import org.wearetogether.intake.Actor;
import org.wearetogether.intake.HelpRequest;
import org.wearetogether.intake.HelpRequests;
import org.wearetogether.intake.RequestLifecycle;
import org.wearetogether.intake.RequestStatus;
import org.wearetogether.testing.FakeTelegram;
import org.wearetogether.testing.FakeTelegramMessage;
import org.wearetogether.testing.FakeTelegramUser;
import org.wearetogether.testing.RunningService;

/**
 * Erasure end to end: an admin erases a caller's request that an operator filed ({@code /erase}); a volunteer with an
 * accepted task leaves ({@code /forget_me}) and their task message is edited to a stub while tasks, the audit and the
 * request's history keep only a pseudonym of them.
 */
class ErasureIT {

    private static final Duration WAIT = Duration.ofSeconds(15);
    private static final String ADMINS = "together.access.admins=900";
    private static final String SECRET = "TOGETHER_SECRET_KEY=MDEyMzQ1Njc4OWFiY2RlZjAxMjM0NTY3ODlhYmNkZWY=";
    private static final long IVAN = 7_319_055;

    @TempDir
    Path data;

    @Test
    void anAdminErasesACallersRequestThatAnOperatorFiled() {
        try (FakeTelegram telegram = FakeTelegram.start();
                RunningService service = RunningService.start(telegram, data, ADMINS)) {
            FakeTelegramUser admin = telegram.user(900, "Vera", "en");
            FakeTelegramUser stranger = telegram.user(903, "Stranger", "en");
            String number = fileByOperator(service);

            stranger.sendCommand("erase " + number);
            stranger.awaitReplyContaining("only for admins");
            admin.sendCommand("erase MOW-999999");
            admin.awaitReplyContaining("There is no request No. MOW-999999");
            admin.sendCommand("erase " + number);
            admin.awaitReplyContaining("filed by an operator");
            assertThat(request(service, number).toJson()).contains("Nina Petrovna");

            admin.press("Yes, erase");
            telegram.awaitMessage(900, m -> m.text().startsWith("Done: request No. " + number + " is cancelled"), WAIT);

            Document erased = request(service, number);
            assertThat(erased.getString("status")).isEqualTo("CANCELLED");
            assertThat(erased.toJson()).doesNotContain("Nina", "Pavel", "+7916", "+7905", "Lesnaya", "intercom");
            assertThat(erased.get("erasure", Document.class))
                    .isEqualTo(new Document("why", "ADMIN").append("told", true));
            Document audited = service.database()
                    .getCollection("audit")
                    .find(Filters.eq("action", "request.erase"))
                    .first();
            assertThat(audited.getString("actorId")).isEqualTo("900");
            assertThat(audited.getString("subject")).isEqualTo(number);
            assertThat(audited).doesNotContainKey("details");

            admin.sendCommand("erase " + number);
            admin.awaitReplyContaining("is already erased");
        }
    }

    @Test
    void aVolunteerWhoLeavesIsOnlyAPseudonymInTasksAuditAndHistoryAndTheirTaskMessageIsStubbed() {
        try (FakeTelegram telegram = FakeTelegram.start();
                RunningService service =
                        RunningService.start(telegram, data, ADMINS, SECRET, "together.tasks.sweep-interval=300ms")) {
            FakeTelegramUser admin = telegram.user(900, "Vera", "en");
            FakeTelegramUser olga = telegram.user(901, "Olga", "en");
            FakeTelegramUser anna = telegram.user(1001, "Anna", "en");
            FakeTelegramUser ivan = telegram.user(IVAN, "Ivan", "en");
            HqFixtures.makeCoordinator(admin, 901, "RU-MOW");
            signUp(ivan);
            telegram.awaitMessage(901, m -> m.text().contains("Ivan Petrov"), WAIT);
            olga.press("✅ Одобрить / Approve");
            ivan.awaitReplyContaining("Your volunteer profile is approved");
            String number = HqFixtures.submit(service, anna, "RU-MOW", "today");
            service.bean(RequestLifecycle.class)
                    .take(number, new Actor(Actor.Role.COORDINATOR, "901", "Olga"), Instant.now());

            olga.pressData(olga.lastMessage(), "t:offer:" + number + ":" + IVAN);
            FakeTelegramMessage task = ivan.awaitReplyContaining("Task for request No. " + number);
            assertThat(task.text()).contains("+79160000001", "Tverskaya 1");
            ivan.pressData(task, data(task, "t:acc:"));
            telegram.awaitMessage(IVAN, m -> m.text().contains("Status: accepted"), WAIT);

            ivan.sendCommand("forget_me");
            ivan.awaitReplyContaining("your name and Telegram id are replaced with an anonymous code");
            ivan.press("Yes, delete");
            telegram.awaitMessage(IVAN, m -> m.text().contains("your volunteer profile is deleted"), WAIT);
            FakeTelegramMessage stub = telegram.awaitMessage(
                    IVAN,
                    m -> m.messageId() == task.messageId()
                            && m.text().contains("personal details of this task have been deleted"),
                    WAIT);
            assertThat(stub.text())
                    .doesNotContain("+7916", "Tverskaya", "Maria")
                    .contains(number);
            assertThat(stub.inlineButtons()).isEmpty();
            telegram.awaitMessage(
                    901, m -> m.text().contains("Ivan") && m.text().contains(number), WAIT);

            String id = String.valueOf(IVAN);
            String pseudonym = Pseudonyms.fromSecret("MDEyMzQ1Njc4OWFiY2RlZjAxMjM0NTY3ODlhYmNkZWY=")
                    .of(id);
            String tasks = all(service, "tasks");
            assertThat(tasks).doesNotContain(id, "Ivan").contains(pseudonym);
            assertThat(all(service, "audit")).doesNotContain(id).contains(pseudonym);
            assertThat(request(service, number).toJson()).doesNotContain(id).contains(pseudonym);
            assertThat(request(service, number).getString("status")).isEqualTo("ACCEPTED");
        }
    }

    private static void signUp(FakeTelegramUser ivan) {
        ivan.sendCommand("volunteer");
        ivan.awaitReplyContaining("What is your name?");
        ivan.sendText("Ivan Petrov");
        ivan.awaitReplyContaining("How old are you?");
        ivan.sendText("30");
        ivan.awaitReplyContaining("Your phone number?");
        ivan.shareContact("79161234567", true);
        ivan.awaitReplyContaining("Which region");
        ivan.sendText("Moscow");
        ivan.awaitReplyContaining("The town or district");
        ivan.sendText("Tverskoy");
        ivan.awaitReplyContaining("Do you have any of these?");
        ivan.press("Own car");
        ivan.press("Done ✔️");
        ivan.awaitReplyContaining("When does it suit you");
        ivan.press("Weekends");
        ivan.press("Done ✔️");
        ivan.awaitReplyContaining("How many hours");
        ivan.sendText("4");
        ivan.awaitReplyContaining("Do you agree?");
        ivan.press("Yes, I agree");
        ivan.awaitReplyContaining("Please check your profile");
        ivan.press("Send my profile");
        ivan.awaitReplyContaining("Your profile has been sent");
    }

    /** A caller's request as a hotline operator files it: the operator's chat, the caller's data. */
    private static String fileByOperator(RunningService service) {
        Instant now = Instant.now();
        HelpRequest draft = new HelpRequest(
                null,
                RequestStatus.SUBMITTED,
                null,
                null,
                "RU-MOW",
                HelpRequest.ForWhom.RELATIVE,
                new HelpRequest.Requester("telegram:3003", "3003", "Pavel", "+79057778899", "ru"),
                new HelpRequest.Beneficiary("Nina Petrovna", "age_65_plus", "+79168887766"),
                new HelpRequest.Address("Moscow, Lesnaya 5", null, null),
                List.of("medicines"),
                "today",
                "intercom 45",
                new HelpRequest.Consent("2026-11-25-verbal", now, true),
                Map.of(),
                new HelpRequest.Source(
                        "telegram",
                        "call-" + UUID.randomUUID(),
                        "operator_call",
                        1,
                        new Actor(Actor.Role.OPERATOR, "3003", "Olga")),
                now,
                now,
                0);
        return service.bean(HelpRequests.class).submit(draft).request().number();
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
                .toList()
                .toString();
    }

    private static String data(FakeTelegramMessage message, String prefix) {
        return message.inlineButtons().stream()
                .map(FakeTelegramMessage.Button::data)
                .filter(d -> d.startsWith(prefix))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no " + prefix + " button under " + message));
    }
}
