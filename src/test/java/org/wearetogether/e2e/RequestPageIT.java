package org.wearetogether.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.wearetogether.hq.HqFixtures;
import org.wearetogether.testing.ConsoleBrowser;
import org.wearetogether.testing.FakeTelegram;
import org.wearetogether.testing.FakeTelegramMessage;
import org.wearetogether.testing.FakeTelegramUser;
import org.wearetogether.testing.RunningService;

/**
 * The console's request page in a real browser (skipped where Chromium is missing): a coordinator opens a filed
 * request from the board and takes it, and the HQ chat's card is edited to name them; Show contacts shows the holder the
 * beneficiary's phone; a request taken in the chat meanwhile answers the browser's Take with who holds it.
 * Screenshots: {@code target/screenshots/}.
 */
class RequestPageIT {

    private static final long GROUP = -100;
    private static final Duration WAIT = Duration.ofSeconds(20);

    @TempDir
    Path data;

    @Test
    void aCoordinatorTakesARequestInTheBrowserAndTheChatCardFollows() {
        try (ConsoleBrowser browser = ConsoleBrowser.open("RequestPageIT");
                FakeTelegram telegram = FakeTelegram.start();
                RunningService service =
                        ConsoleBrowser.startService(telegram, data, HqFixtures.ADMINS, HqFixtures.FAST)) {
            FakeTelegramUser admin = telegram.user(900, "Admin", "en");
            FakeTelegramUser olga = telegram.user(901, "Olga", "en");
            FakeTelegramUser petr = telegram.user(902, "Petr", "en");
            HqFixtures.makeCoordinator(admin, 901, "RU-MOW");
            HqFixtures.makeCoordinator(admin, 902, "RU-MOW");
            HqFixtures.bind(telegram, GROUP, admin, "RU-MOW");
            String first = HqFixtures.submit(service, telegram.user(1001, "Anna", "en"), "RU-MOW", "today");
            FakeTelegramMessage card = HqFixtures.awaitCard(telegram, GROUP, first);

            browser.login(olga);
            browser.await(By.linkText("No. " + first)).click();
            browser.await(d -> d.getCurrentUrl().endsWith("/console/requests/" + first));
            assertThat(text(browser, "#holder")).isEqualTo("nobody yet");
            assertThat(browser.driver().getPageSource())
                    .doesNotContain("Maria Ivanovna")
                    .doesNotContain("+7916")
                    .doesNotContain("Tverskaya");
            assertThat(browser.driver().findElements(By.id("do-contacts"))).isEmpty();
            browser.check("request-filed");

            browser.driver().findElement(By.id("do-take")).click();
            browser.await(d -> text(browser, "#holder").equals("Olga"));
            assertThat(text(browser, "#outcome")).startsWith("Done.");
            assertThat(text(browser, "#timeline")).contains("Olga");
            telegram.awaitMessage(
                    GROUP, m -> m.messageId() == card.messageId() && m.text().contains("Taken by: Olga"), WAIT);
            assertThat(text(browser, "#assign")).contains("No volunteers of the region");
            browser.check("request-taken");

            browser.driver().findElement(By.id("do-contacts")).click();
            browser.await(d -> !d.findElements(By.id("contacts")).isEmpty());
            assertThat(text(browser, "#contacts"))
                    .contains("Maria Ivanovna")
                    .contains("+79160000001")
                    .contains("Tverskaya");
            browser.check("request-contacts");

            // taken in the chat while the page still offers Take: the page says who holds it
            String second = HqFixtures.submit(service, telegram.user(1002, "Ivan", "en"), "RU-MOW", "today");
            FakeTelegramMessage secondCard = HqFixtures.awaitCard(telegram, GROUP, second);
            browser.visit(base(service) + "/console/requests/" + second, "request-second");
            HqFixtures.press(petr, secondCard, "take", second);
            telegram.awaitMessage(
                    GROUP,
                    m -> m.messageId() == secondCard.messageId() && m.text().contains("Taken by: Petr"),
                    WAIT);
            browser.driver().findElement(By.id("do-take")).click();
            browser.await(d -> !d.findElements(By.id("outcome")).isEmpty());
            assertThat(text(browser, "#outcome")).isEqualTo("Taken by Petr");
            assertThat(text(browser, "#holder")).isEqualTo("Petr");
            assertThat(browser.driver().findElements(By.id("do-take"))).isEmpty();
            browser.check("request-held-by-another");
        }
    }

    @Test
    void theHolderOffersTheRequestToAVolunteerFromThePage() {
        try (ConsoleBrowser browser = ConsoleBrowser.open("RequestPageIT-assign");
                FakeTelegram telegram = FakeTelegram.start();
                RunningService service = ConsoleBrowser.startService(
                        telegram,
                        data,
                        HqFixtures.ADMINS,
                        HqFixtures.FAST,
                        "spring.main.sources=org.wearetogether.tasks.internal.FixedVolunteers")) {
            FakeTelegramUser admin = telegram.user(900, "Admin", "en");
            FakeTelegramUser olga = telegram.user(901, "Olga", "en");
            FakeTelegramUser ivan = telegram.user(777, "Ivan", "en");
            HqFixtures.makeCoordinator(admin, 901, "RU-MOW");
            HqFixtures.bind(telegram, GROUP, admin, "RU-MOW");
            String number = HqFixtures.submit(service, telegram.user(1001, "Anna", "en"), "RU-MOW", "today");
            HqFixtures.awaitCard(telegram, GROUP, number);

            browser.login(olga);
            browser.visit(base(service) + "/console/requests/" + number, "assign-filed");
            browser.driver().findElement(By.id("do-take")).click();
            browser.await(d -> !d.findElements(By.cssSelector("#assign li[data-user='777'] button.offer"))
                    .isEmpty());
            assertThat(text(browser, "#assign")).contains("Ivan P.").contains("Maria S.");
            browser.check("assign-candidates");
            browser.driver()
                    .findElement(By.cssSelector("#assign li[data-user='777'] button.offer"))
                    .click();
            browser.await(d -> !d.findElements(By.id("outcome")).isEmpty()
                    && d.findElement(By.id("outcome")).getText().startsWith("Offered to Ivan"));
            ivan.awaitReplyContaining(number);
            browser.check("assign-offered");
        }
    }

    private static String text(ConsoleBrowser browser, String css) {
        return browser.driver().findElement(By.cssSelector(css)).getText().strip();
    }

    private static String base(RunningService service) {
        return "http://127.0.0.1:" + service.port();
    }
}
