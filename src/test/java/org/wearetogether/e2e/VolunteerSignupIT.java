package org.wearetogether.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.model.Filters;
import java.nio.file.Path;
import java.time.Duration;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wearetogether.hq.HqFixtures;
import org.wearetogether.testing.FakeTelegram;
import org.wearetogether.testing.FakeTelegramMessage;
import org.wearetogether.testing.FakeTelegramUser;
import org.wearetogether.testing.RunningService;

/**
 * Volunteers sign up in the chat, the region's coordinator approves one and declines another with a reason, each is
 * told in their language; an approved volunteer pauses, resumes and leaves.
 */
class VolunteerSignupIT {

    private static final Duration WAIT = Duration.ofSeconds(10);

    @TempDir
    Path data;

    @Test
    void signUpApprovalDeclineWithAReasonPauseResumeAndLeaving() {
        try (FakeTelegram telegram = FakeTelegram.start();
                RunningService service = RunningService.start(telegram, data, "together.access.admins=900")) {
            FakeTelegramUser admin = telegram.user(900, "Admin", "en");
            FakeTelegramUser olga = telegram.user(901, "Olga", "en");
            FakeTelegramUser petr = telegram.user(902, "Petr", "en");
            FakeTelegramUser stranger = telegram.user(903, "Stranger", "en");
            FakeTelegramUser ivan = telegram.user(2001, "Ivan", "en");
            FakeTelegramUser maria = telegram.user(2002, "Мария", "ru");
            HqFixtures.makeCoordinator(admin, 901, "RU-MOW");
            HqFixtures.makeCoordinator(admin, 902, "RU-MOW");

            signUpInEnglish(ivan);
            FakeTelegramMessage ivanCard =
                    telegram.awaitMessage(901, m -> m.text().contains("Ivan Petrov"), WAIT);
            assertThat(ivanCard.text())
                    .contains("17 — нужно согласие родителя / a parent's consent is needed")
                    .contains("+79161234567")
                    .contains("Москва / Moscow")
                    .contains("Tverskoy")
                    .contains("Own car");
            assertThat(volunteer(service, "2001").getString("status")).isEqualTo("PENDING");
            FakeTelegramMessage ivanCardOfPetr =
                    telegram.awaitMessage(902, m -> m.text().contains("Ivan Petrov"), WAIT);

            // someone who does not coordinate Moscow changes nothing
            stranger.pressData(
                    ivanCard,
                    ivanCard.button("✅ Одобрить / Approve").orElseThrow().data());
            awaitPressAnswer(telegram, "only the region's coordinators");
            assertThat(volunteer(service, "2001").getString("status")).isEqualTo("PENDING");
            olga.press("✅ Одобрить / Approve");
            ivan.awaitReplyContaining("Good news! Your volunteer profile is approved");
            telegram.awaitMessage(901, m -> m.text().contains("Approved: Olga"), WAIT);
            // the other coordinator's card shows who decided, and its buttons change nothing any more
            FakeTelegramMessage petrsCard = telegram.awaitMessage(
                    902,
                    m -> m.messageId() == ivanCardOfPetr.messageId() && m.text().contains("Approved: Olga"),
                    WAIT);
            assertThat(petrsCard.inlineButtons()).isEmpty();
            petr.pressData(
                    ivanCardOfPetr,
                    ivanCardOfPetr.button("❌ Отклонить / Decline").orElseThrow().data());
            awaitPressAnswer(telegram, "decided already");
            assertThat(volunteer(service, "2001").getString("status")).isEqualTo("APPROVED");

            signUpInRussian(maria);
            FakeTelegramMessage mariaCard =
                    telegram.awaitMessage(901, m -> m.text().contains("Мария Смирнова"), WAIT);
            olga.pressData(
                    mariaCard,
                    mariaCard.button("❌ Отклонить / Decline").orElseThrow().data());
            olga.awaitReplyContaining("Why is Мария Смирнова's profile declined?");
            olga.sendText("В вашем районе пока нет задач");
            olga.awaitReplyContaining("is declined");
            FakeTelegramMessage told = maria.awaitReplyContaining("не одобрили");
            assertThat(told.text()).contains("Причина: В вашем районе пока нет задач");
            Document declined = volunteer(service, "2002");
            assertThat(declined.getString("status")).isEqualTo("DECLINED");
            assertThat(declined.getString("reason")).isEqualTo("В вашем районе пока нет задач");

            ivan.sendCommand("pause");
            ivan.awaitReplyContaining("you are on a break");
            assertThat(volunteer(service, "2001").getString("status")).isEqualTo("PAUSED");
            ivan.sendCommand("pause");
            ivan.awaitReplyContaining("on a break already");
            ivan.sendCommand("resume");
            ivan.awaitReplyContaining("Welcome back");
            assertThat(volunteer(service, "2001").getString("status")).isEqualTo("APPROVED");
            maria.sendCommand("pause");
            maria.awaitReplyContaining("когда анкета одобрена");

            ivan.sendCommand("volunteer");
            FakeTelegramMessage profile = ivan.awaitReplyContaining("Your volunteer profile");
            assertThat(profile.text()).contains("Status: approved").contains("Hours a week: 4");
            ivan.press("✏️ Edit");
            ivan.awaitReplyContaining("go through the questions again");
            ivan.press("✏️ Start");
            ivan.awaitReplyContaining("What is your name?");
            ivan.sendCommand("cancel");
            ivan.awaitReply(m -> true);
            ivan.press("Yes, cancel");
            ivan.awaitReply(m -> true);

            ivan.sendCommand("forget_me");
            ivan.awaitReplyContaining("Delete your volunteer profile?");
            ivan.press("Yes, delete");
            telegram.awaitMessage(2001, m -> m.text().contains("your volunteer profile is deleted"), WAIT);
            assertThat(volunteer(service, "2001")).isNull();
            telegram.awaitMessage(
                    901,
                    m -> m.messageId() == ivanCard.messageId() && m.text().contains("deleted their profile"),
                    WAIT);
            assertThat(audit(service, "volunteer.approve")).isEqualTo(1);
            assertThat(audit(service, "volunteer.decline")).isEqualTo(1);
        }
    }

    private static void signUpInEnglish(FakeTelegramUser ivan) {
        ivan.sendCommand("volunteer");
        ivan.awaitReplyContaining("What is your name?");
        ivan.sendText("Ivan Petrov");
        ivan.awaitReplyContaining("How old are you?");
        ivan.sendText("15");
        ivan.awaitReplyContaining("Volunteers must be 16 or older");
        ivan.sendText("17");
        ivan.awaitReplyContaining("Your phone number?");
        ivan.shareContact("+79160000000", false); // someone else's card
        ivan.awaitReplyContaining("someone else's contact");
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
        ivan.press("Evenings");
        ivan.press("Done ✔️");
        ivan.awaitReplyContaining("How many hours");
        ivan.sendText("4");
        ivan.awaitReplyContaining("Do you agree?");
        ivan.press("Yes, I agree");
        ivan.awaitReplyContaining("Please check your profile");
        ivan.press("Send my profile");
        FakeTelegramMessage accepted = ivan.awaitReplyContaining("Your profile has been sent");
        assertThat(accepted.text()).contains("Moscow").contains("a parent's consent is needed");
    }

    private static void signUpInRussian(FakeTelegramUser maria) {
        maria.sendCommand("start");
        maria.awaitReplyContaining("Здравствуйте");
        maria.press("🤝 Стать волонтёром");
        maria.awaitReplyContaining("Как вас зовут?");
        maria.sendText("Мария Смирнова");
        maria.awaitReplyContaining("Сколько вам лет?");
        maria.sendText("34");
        maria.awaitReplyContaining("Ваш номер телефона?");
        maria.sendText("8 916 765-43-21");
        maria.awaitReplyContaining("В каком регионе");
        maria.sendText("Москва");
        maria.awaitReplyContaining("Город или район");
        maria.sendText("Хамовники");
        maria.awaitReplyContaining("Что из этого у вас есть?");
        maria.press("Пропустить ➡️");
        maria.awaitReplyContaining("Когда вам удобно помогать?");
        maria.press("В будни");
        maria.press("Готово ✔️");
        maria.awaitReplyContaining("Сколько часов");
        maria.sendText("10");
        maria.awaitReplyContaining("Вы согласны?");
        maria.press("Да, согласен(-на)");
        maria.awaitReplyContaining("Проверьте, пожалуйста, анкету");
        maria.press("Отправить анкету");
        maria.awaitReplyContaining("Анкета отправлена координаторам региона Москва");
    }

    private static void awaitPressAnswer(FakeTelegram telegram, String text) {
        telegram.awaitCall(
                "answerCallbackQuery", c -> c.params().path("text").asText("").contains(text), WAIT);
    }

    private static Document volunteer(RunningService service, String userId) {
        return service.database()
                .getCollection("volunteers")
                .find(Filters.eq("_id", userId))
                .first();
    }

    private static long audit(RunningService service, String action) {
        return service.database().getCollection("audit").countDocuments(Filters.eq("action", action));
    }
}
