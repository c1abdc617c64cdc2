package org.wearetogether.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wearetogether.intake.HelpRequest;
import org.wearetogether.intake.HelpRequests;
import org.wearetogether.intake.RequestStatus;
import org.wearetogether.testing.FakeTelegram;
import org.wearetogether.testing.FakeTelegramMessage;
import org.wearetogether.testing.FakeTelegramUser;
import org.wearetogether.testing.RunningService;

/**
 * A coordinator assigns a request to a volunteer from its HQ card; the volunteer gets the contacts privately, accepts
 * and reports it done; the requester follows every step and learns only the volunteer's first name. Declined and
 * unanswered offers come back to the coordinator. The volunteers are the test's own ({@code FixedVolunteers}: Ivan
 * Petrov 777 and Maria Sokolova 778, approved in Moscow).
 */
class VolunteerTaskIT {

    private static final long GROUP = -100;
    private static final Duration WAIT = Duration.ofSeconds(15);
    private static final String ADMINS = "together.access.admins=900";
    private static final String FAST = "together.hq.sweep-interval=200ms";
    private static final String VOLUNTEERS = "spring.main.sources=org.wearetogether.tasks.internal.FixedVolunteers";

    @TempDir
    Path data;

    @Test
    void aVolunteerAcceptsAndReportsDoneWhileTheRequesterAndTheCardFollow() {
        try (FakeTelegram telegram = FakeTelegram.start();
                RunningService service = RunningService.start(telegram, data, ADMINS, FAST, VOLUNTEERS)) {
            FakeTelegramUser olga = telegram.user(901, "Olga", "en");
            FakeTelegramUser anna = telegram.user(1001, "Anna", "en");
            FakeTelegramUser ivan = telegram.user(777, "Ivan", "en");
            FakeTelegramUser stranger = telegram.user(903, "Stranger", "en");
            String number = takenByOlga(telegram, service, olga, anna, stranger);
            FakeTelegramMessage card = card(telegram, number);

            FakeTelegramUser petr = telegram.user(902, "Petr", "en");
            FakeTelegramUser admin = telegram.user(900, "Admin", "en");
            admin.sendCommand("coordinator 902 RU-MOW");
            admin.awaitReply(m -> m.text().contains("902") && m.text().contains("coordinates RU-MOW"));
            petr.pressData(card, "q:vol:" + number);
            awaitPressAnswer(telegram, "Only the coordinator who took the request can assign a volunteer.");
            stranger.pressData(card, "q:vol:" + number);
            olga.pressData(card, "q:vol:" + number);
            awaitPressAnswer(telegram, "The list of volunteers is in your private messages.");
            FakeTelegramMessage list = telegram.awaitMessage(
                    olga.id(), m -> m.text().contains("Whom to offer request No. " + number), WAIT);
            assertThat(list.inlineButtons())
                    .extracting(FakeTelegramMessage.Button::data)
                    .contains("t:offer:" + number + ":777", "t:offer:" + number + ":778");
            assertThat(telegram.messagesTo(stranger.id())).isEmpty();
            assertThat(telegram.messagesTo(petr.id())).noneMatch(m -> m.text().contains("Whom to offer"));

            olga.pressData(list, "t:offer:" + number + ":777");
            FakeTelegramMessage task = ivan.awaitReplyContaining("Task for request No. " + number);
            assertThat(task.text())
                    .contains("Maria Ivanovna, phone +79160000001")
                    .contains("Anna, phone +79161234567")
                    .contains("Moscow, Tverskaya 1, flat 5");
            telegram.awaitMessage(GROUP, m -> m.text().contains("Volunteer: Ivan — offered"), WAIT);

            ivan.pressData(task, data(task, "t:acc:"));
            FakeTelegramMessage assigned = anna.awaitReplyContaining("A volunteer is assigned");
            assertThat(assigned.text()).isEqualTo("A volunteer is assigned to your request No. " + number + ": Ivan.");
            telegram.awaitMessage(GROUP, m -> m.text().contains("Volunteer: Ivan — accepted"), WAIT);
            telegram.awaitMessage(olga.id(), m -> m.text().equals("Ivan accepted request No. " + number + "."), WAIT);

            FakeTelegramMessage accepted =
                    telegram.awaitMessage(ivan.id(), m -> m.text().contains("Status: accepted"), WAIT);
            ivan.pressData(accepted, data(accepted, "t:done:"));
            anna.awaitReplyContaining("Please rate");
            // the request is done: its card is cleaned to a stub that names no one
            telegram.awaitMessage(
                    GROUP, m -> m.text().equals("Request No. " + number + " — done. Details removed."), WAIT);
            assertThat(request(service, number).status()).isEqualTo(RequestStatus.DONE);
            assertThat(telegram.messagesTo(anna.id()))
                    .noneMatch(m -> m.text().contains("+7900777") || m.text().contains("Petrov"));
        }
    }

    @Test
    void aDeclinedAndAnUnansweredOfferComeBackToTheCoordinator() {
        try (FakeTelegram telegram = FakeTelegram.start();
                RunningService service = RunningService.start(
                        telegram,
                        data,
                        ADMINS,
                        FAST,
                        VOLUNTEERS,
                        "together.tasks.offer-timeout=6s",
                        "together.tasks.sweep-interval=300ms")) {
            FakeTelegramUser olga = telegram.user(901, "Olga", "en");
            FakeTelegramUser anna = telegram.user(1001, "Anna", "en");
            FakeTelegramUser ivan = telegram.user(777, "Ivan", "en");
            FakeTelegramUser maria = telegram.user(778, "Maria", "en");
            String number = takenByOlga(telegram, service, olga, anna, null);
            FakeTelegramMessage card = card(telegram, number);

            offer(telegram, olga, card, number, "777");
            FakeTelegramMessage task = ivan.awaitReplyContaining("Task for request No. " + number);
            ivan.pressData(task, data(task, "t:dec:"));
            FakeTelegramMessage reasons =
                    telegram.awaitMessage(ivan.id(), m -> m.text().contains("Why can you not"), WAIT);
            ivan.pressData(reasons, data(reasons, "t:decw:").replaceAll(":[a-z]+$", ":busy"));
            telegram.awaitMessage(
                    olga.id(), m -> m.text().startsWith("Ivan declined No. " + number + ": busy at that time."), WAIT);
            telegram.awaitMessage(GROUP, m -> m.text().contains("Volunteer: Ivan — declined"), WAIT);
            assertThat(request(service, number).status()).isEqualTo(RequestStatus.ACCEPTED);

            offer(telegram, olga, card, number, "778");
            maria.awaitReplyContaining("Task for request No. " + number);
            telegram.awaitMessage(
                    olga.id(), m -> m.text().startsWith("Maria did not answer the offer of No. " + number), WAIT);
            telegram.awaitMessage(GROUP, m -> m.text().contains("Volunteer: Maria — did not answer in time"), WAIT);
            maria.awaitReplyContaining("has expired");
            assertThat(request(service, number).status()).isEqualTo(RequestStatus.ACCEPTED);
            assertThat(telegram.messagesTo(anna.id())).noneMatch(m -> m.text().contains("volunteer"));
        }
    }

    private static void offer(
            FakeTelegram telegram, FakeTelegramUser olga, FakeTelegramMessage card, String number, String userId) {
        olga.pressData(card, "q:vol:" + number);
        FakeTelegramMessage list = telegram.awaitMessage(
                olga.id(),
                m -> m.text().contains("Whom to offer request No. " + number)
                        && m.inlineButtons().size() > 1,
                WAIT);
        olga.pressData(list, "t:offer:" + number + ":" + userId);
    }

    /** An admin makes Olga a coordinator, she binds the HQ group and takes Anna's request from its card. */
    private static String takenByOlga(
            FakeTelegram telegram,
            RunningService service,
            FakeTelegramUser olga,
            FakeTelegramUser anna,
            FakeTelegramUser stranger) {
        FakeTelegramUser admin = telegram.user(900, "Admin", "en");
        admin.sendCommand("coordinator 901 RU-MOW");
        admin.awaitReplyContaining("coordinates RU-MOW");
        telegram.groupMessage(GROUP, olga, "/hq@" + telegram.botUsername() + " RU-MOW");
        telegram.awaitMessage(GROUP, m -> m.text().startsWith("Done"), WAIT);
        String number = submit(service, anna);
        FakeTelegramMessage card = card(telegram, number);
        assertThat(card.inlineButtons())
                .extracting(FakeTelegramMessage.Button::data)
                .doesNotContain("q:vol:" + number);
        olga.pressData(card, "q:take:" + number);
        telegram.awaitMessage(
                GROUP, m -> m.text().contains("Taken by: Olga") && m.text().contains(number), WAIT);
        anna.awaitReplyContaining("has been accepted by the HQ");
        return number;
    }

    /** Waits until some button press was answered with exactly this notice. */
    private static void awaitPressAnswer(FakeTelegram telegram, String notice) {
        long until = System.nanoTime() + WAIT.toNanos();
        while (!telegram.answeredCallbacks().containsValue(notice)) {
            if (System.nanoTime() > until) {
                throw new AssertionError("no press answered with '" + notice + "' in " + telegram.answeredCallbacks());
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }

    private static FakeTelegramMessage card(FakeTelegram telegram, String number) {
        return telegram.awaitMessage(GROUP, m -> m.text().contains("Request No. " + number), WAIT);
    }

    private static String data(FakeTelegramMessage message, String prefix) {
        return message.inlineButtons().stream()
                .map(FakeTelegramMessage.Button::data)
                .filter(d -> d.startsWith(prefix))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no " + prefix + " button under " + message));
    }

    private static HelpRequest request(RunningService service, String number) {
        return service.bean(HelpRequests.class).byNumber(number).orElseThrow();
    }

    /** Stores a request as the dialog would (as the HQ tests do): Anna asks for Maria Ivanovna in Moscow. */
    private static String submit(RunningService service, FakeTelegramUser requester) {
        Instant now = Instant.now();
        HelpRequest draft = new HelpRequest(
                null,
                RequestStatus.SUBMITTED,
                null,
                null,
                "RU-MOW",
                HelpRequest.ForWhom.RELATIVE,
                new HelpRequest.Requester(
                        "telegram:" + requester.id(), String.valueOf(requester.id()), "Anna", "+79161234567", "en"),
                new HelpRequest.Beneficiary("Maria Ivanovna", "age_65_plus", "+79160000001"),
                new HelpRequest.Address("Moscow, Tverskaya 1, flat 5", null, null),
                List.of("groceries", "medicines"),
                "this_week",
                "Needs bread and insulin",
                new HelpRequest.Consent("2026-11-25", now, false),
                Map.of(),
                new HelpRequest.Source("telegram", "conv-" + UUID.randomUUID(), "request_help", 1, null),
                now,
                now,
                0);
        return service.bean(HelpRequests.class).submit(draft).request().number();
    }
}
