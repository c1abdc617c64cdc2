package org.wearetogether.callbacks;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.model.Filters;
import java.nio.file.Path;
import java.time.Duration;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wearetogether.testing.FakeTelegram;
import org.wearetogether.testing.FakeTelegramMessage;
import org.wearetogether.testing.FakeTelegramUser;
import org.wearetogether.testing.RunningService;

/** "Call me back" end to end against the fake Bot API: menu, contact, operator's card, its buttons, SLA. */
class CallMeBackIT {

    private static final Duration WAIT = Duration.ofSeconds(15);
    private static final String PHONE = "+79161234567";
    private static final String ADMIN = "together.access.admins=3003";
    private static final String FAST = "together.callbacks.sweep-interval=200ms";
    private static final String SHORT_PAUSE = "together.callbacks.no-answer-pause=1s";

    @TempDir
    Path data;

    @Test
    void aCallbackNobodyAnswersThreeTimesEndsWithTheHotlineToCall() {
        try (FakeTelegram telegram = FakeTelegram.start();
                RunningService service = RunningService.start(telegram, data, ADMIN, FAST, SHORT_PAUSE)) {
            FakeTelegramUser operator = operator(telegram, 4004, "Olga");
            assertThat(telegram.commandsByLanguage().get("en").findValuesAsText("command"))
                    .contains("callback");
            FakeTelegramUser anna = telegram.user(1001, "Anna", "en");
            askFromTheMenu(anna);
            anna.shareContact(PHONE, true);
            String told = anna.awaitReplyContaining("A hotline operator will call you at " + PHONE)
                    .text();
            assertThat(told).contains("within 30 min");

            for (int attempt = 1; attempt <= 3; attempt++) {
                int shown = attempt;
                FakeTelegramMessage card = telegram.awaitMessage(
                        operator.id(),
                        m -> m.text().contains(PHONE) && m.text().contains("Попытка " + shown + " из 3"),
                        WAIT);
                assertThat(card.text()).contains("Anna", "Москва");
                operator.pressData(
                        card, card.button("📵 Не отвечает").orElseThrow().data());
            }

            String hotline = anna.awaitReplyContaining("Please call the hotline yourself")
                    .text();
            assertThat(hotline).contains("8 800 200-34-11").doesNotContain("Olga");
            Document stored = only(service);
            assertThat(stored.getString("status")).isEqualTo("CLOSED");
            assertThat(stored.getString("outcome")).isEqualTo("NO_ANSWER");
            assertThat(stored.getInteger("noAnswers")).isEqualTo(3);
            assertThat(stored.getString("phone")).isNull();
            awaitNoPhoneIn(telegram, operator.id());
            assertThat(telegram.messagesTo(operator.id()))
                    .anyMatch(m -> m.text().contains("человеку предложено позвонить на горячую линию"));
        }
    }

    @Test
    void calledClosesTheCallbackRecordsWhoCalledAndOnlyOneOfTwoPressesWins() {
        try (FakeTelegram telegram = FakeTelegram.start();
                RunningService service = RunningService.start(telegram, data, ADMIN, FAST)) {
            FakeTelegramUser olga = operator(telegram, 4004, "Olga");
            FakeTelegramUser ivan = operator(telegram, 4005, "Ivan");
            FakeTelegramUser anna = telegram.user(1001, "Anna", "en");
            anna.sendCommand("callback");
            anna.awaitReplyContaining("which region are you in?");
            anna.press("Moscow");
            anna.awaitReplyContaining("A hotline operator will call you back");
            anna.sendText("8 916 123-45-67");
            anna.awaitReplyContaining("will call you at " + PHONE);

            // one open callback per person: asking again says one is waiting
            anna.sendCommand("callback");
            anna.awaitReplyContaining("Your request for a call is already with us");

            FakeTelegramMessage olgasCard = awaitCard(telegram, olga);
            FakeTelegramMessage ivansCard = awaitCard(telegram, ivan);
            olga.pressData(
                    olgasCard, olgasCard.button("✅ Позвонили").orElseThrow().data());
            ivan.pressData(
                    ivansCard, ivansCard.button("✅ Позвонили").orElseThrow().data());

            awaitNoPhoneIn(telegram, olga.id());
            awaitNoPhoneIn(telegram, ivan.id());
            Document stored = only(service);
            assertThat(stored.getString("outcome")).isEqualTo("CALLED");
            assertThat(stored.getString("closedById")).isIn("4004", "4005");
            assertThat(stored.getString("phone")).isNull();
            assertThat(telegram.answeredCallbacks().values()).contains("Отмечено", "Уже отмечено");
            assertThat(telegram.messagesTo(olga.id())).anyMatch(m -> m.text().contains("позвонили ("));
            assertThat(anna.messages())
                    .noneMatch(m -> m.text().contains("Olga") || m.text().contains("Ivan"));

            // closed: a new one may be asked for
            anna.sendCommand("callback");
            anna.awaitReplyContaining("which region are you in?");
        }
    }

    @Test
    void theHelpOfferAfterThreeInvalidAnswersLeadsToACallbackInTheRegionAnsweredToItsHqChat() {
        try (FakeTelegram telegram = FakeTelegram.start();
                RunningService service = RunningService.start(telegram, data, ADMIN, FAST)) {
            FakeTelegramUser admin = telegram.user(3003, "Admin", "en");
            long group = -100777;
            telegram.groupMessage(group, admin, "/hq@" + telegram.botUsername() + " RU-MOW");
            telegram.awaitMessage(group, m -> m.text().startsWith("Done"), WAIT);

            FakeTelegramUser anna = telegram.user(1001, "Anna", "en");
            anna.sendCommand("start");
            anna.awaitReplyContaining("What would you like to do?");
            anna.press("🙋 I need help");
            anna.awaitReplyContaining("What is the name");
            anna.sendText("Anna");
            anna.awaitReplyContaining("How old");
            anna.press("65 or older");
            anna.awaitReplyContaining("What phone number");
            anna.sendText("8 916 123-45-67");
            anna.awaitReplyContaining("Which region");
            anna.sendText("Москва");
            anna.awaitReplyContaining("The town and address");
            for (int i = 0; i < 2; i++) {
                anna.sendText("x");
                anna.awaitReply(m -> m.text().contains("Please write the town"), WAIT);
            }
            anna.sendText("x");
            FakeTelegramMessage offer = anna.awaitReply(m -> m.text().contains("This question seems difficult"), WAIT);
            assertThat(offer.button("📞 Call me back")).isPresent();
            anna.press("📞 Call me back");
            anna.awaitReplyContaining("Start a new one?");
            anna.press("Yes, start a new one");
            anna.awaitReplyContaining("A hotline operator will call you back");
            anna.shareContact(PHONE, true);
            // the region was answered in the dialog left: not asked again
            anna.awaitReplyContaining("will call you at " + PHONE);

            FakeTelegramMessage card =
                    telegram.awaitMessage(group, m -> m.text().contains(PHONE), WAIT);
            assertThat(card.text()).contains("Region: Moscow"); // in the HQ chat's language
            assertThat(only(service).getString("region")).isEqualTo("RU-MOW");
            admin.pressData(
                    card, card.button("📝 Filed as request").orElseThrow().data());
            awaitNoPhoneIn(telegram, group);
            assertThat(only(service).getString("outcome")).isEqualTo("FILED");
        }
    }

    @Test
    void aRestartInTheMiddleKeepsTheSlaTimer() {
        String sla = "together.callbacks.sla=4s";
        FakeTelegramUser operator;
        try (FakeTelegram telegram = FakeTelegram.start()) {
            try (RunningService service = RunningService.start(telegram, data, ADMIN, FAST, sla)) {
                operator = operator(telegram, 4004, "Olga");
                FakeTelegramUser anna = telegram.user(1001, "Anna", "en");
                anna.sendCommand("callback");
                anna.awaitReplyContaining("which region are you in?");
                anna.sendText("Moscow");
                anna.awaitReplyContaining("A hotline operator will call you back");
                anna.shareContact(PHONE, true);
                anna.awaitReplyContaining("will call you at " + PHONE);
                awaitCard(telegram, operator);
                assertThat(only(service).getDate("dueAt")).isNotNull();
            }
            try (RunningService again = RunningService.start(telegram, data, ADMIN, FAST, sla)) {
                FakeTelegramMessage late = telegram.awaitMessage(
                        operator.id(),
                        m -> m.text().contains("Nobody") || m.text().contains("Никто"),
                        WAIT);
                assertThat(late.text()).contains(PHONE);
                assertThat(only(again).getString("status")).isEqualTo("WAITING");
            }
        }
    }

    private static FakeTelegramUser operator(FakeTelegram telegram, long id, String name) {
        FakeTelegramUser admin = telegram.user(3003, "Admin", "en");
        admin.sendCommand("operator " + id);
        admin.awaitReplyContaining("is now a hotline operator");
        FakeTelegramUser operator = telegram.user(id, name, "ru");
        operator.sendCommand("start");
        operator.awaitReplyContaining("Здравствуйте");
        return operator;
    }

    private static void askFromTheMenu(FakeTelegramUser person) {
        person.sendCommand("start");
        person.awaitReplyContaining("What would you like to do?");
        person.press("📞 Call me back");
        person.awaitReplyContaining("which region are you in?");
        person.sendText("Москва");
        FakeTelegramMessage ask = person.awaitReplyContaining("A hotline operator will call you back");
        assertThat(ask.requestsContact()).isTrue();
    }

    private static FakeTelegramMessage awaitCard(FakeTelegram telegram, FakeTelegramUser operator) {
        return telegram.awaitMessage(
                operator.id(),
                m -> m.text().contains(PHONE) && m.button("✅ Позвонили").isPresent(),
                WAIT);
    }

    private static Document only(RunningService service) {
        var all = service.database()
                .getCollection("callbacks")
                .find(Filters.empty())
                .into(new java.util.ArrayList<>());
        assertThat(all).hasSize(1);
        return all.get(0);
    }

    /** Every card in the chat has been edited to its stub: the phone is nowhere in it. */
    private static void awaitNoPhoneIn(FakeTelegram telegram, long chatId) {
        long until = System.nanoTime() + WAIT.toNanos();
        while (telegram.messagesTo(chatId).stream().anyMatch(m -> m.text().contains(PHONE))) {
            if (System.nanoTime() > until) {
                throw new AssertionError("the phone is still in chat " + chatId + ": " + telegram.messagesTo(chatId));
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
