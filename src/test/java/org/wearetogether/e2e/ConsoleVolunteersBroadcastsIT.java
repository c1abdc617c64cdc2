package org.wearetogether.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.wearetogether.hq.HqFixtures;
import org.wearetogether.testing.ConsoleBrowser;
import org.wearetogether.testing.FakeTelegram;
import org.wearetogether.testing.FakeTelegramMessage;
import org.wearetogether.testing.FakeTelegramUser;
import org.wearetogether.testing.RunningService;

/**
 * The console's volunteers and broadcasts pages in a real browser (skipped where Chromium is missing): a coordinator
 * approves a pending volunteer in the browser and the chat's approval card changes and the volunteer is told; a
 * volunteer decided in the chat meanwhile answers "decided already (Olga)"; pause and resume; a broadcast composed,
 * estimated, started and reported delivered; a coordinator of another region sees none of it and may change none of
 * it (403/404 on direct URLs). Screenshots: {@code target/screenshots/}.
 */
class ConsoleVolunteersBroadcastsIT {

    private static final Duration WAIT = Duration.ofSeconds(20);
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    @TempDir
    Path data;

    @Test
    void aCoordinatorApprovesPausesResumesAndBroadcastsInTheBrowser() throws Exception {
        // quiet hours away from now in Moscow, so delivery starts at once whatever the hour of the test
        ZonedDateTime moscow = ZonedDateTime.now(ZoneId.of("Europe/Moscow"));
        DateTimeFormatter hhmm = DateTimeFormatter.ofPattern("HH:mm");
        try (ConsoleBrowser browser = ConsoleBrowser.open("ConsoleVolunteersBroadcastsIT");
                FakeTelegram telegram = FakeTelegram.start();
                RunningService service = ConsoleBrowser.startService(
                        telegram,
                        data,
                        HqFixtures.ADMINS,
                        HqFixtures.FAST,
                        "together.broadcasts.quiet-from=" + moscow.plusHours(6).format(hhmm),
                        "together.broadcasts.quiet-until=" + moscow.plusHours(7).format(hhmm),
                        "together.broadcasts.refresh-every=200ms")) {
            FakeTelegramUser admin = telegram.user(900, "Admin", "en");
            FakeTelegramUser olga = telegram.user(901, "Olga", "en");
            FakeTelegramUser petr = telegram.user(902, "Petr", "en");
            FakeTelegramUser ivan = telegram.user(2001, "Ivan", "en");
            FakeTelegramUser maria = telegram.user(2002, "Maria", "en");
            HqFixtures.makeCoordinator(admin, 901, "RU-MOW");
            HqFixtures.makeCoordinator(admin, 902, "RU-SPE");
            signUp(ivan, "Ivan Petrov");
            FakeTelegramMessage ivanCard =
                    telegram.awaitMessage(901, m -> m.text().contains("Ivan Petrov"), WAIT);
            signUp(maria, "Maria Smirnova");
            FakeTelegramMessage mariaCard =
                    telegram.awaitMessage(901, m -> m.text().contains("Maria Smirnova"), WAIT);

            browser.login(olga);
            browser.visit(base(service) + "/console/volunteers", "volunteers-pending");
            assertThat(status(browser, "2001")).isEqualTo("pending");
            assertThat(browser.driver().getPageSource())
                    .contains("Own car")
                    .contains("Tverskoy")
                    .doesNotContain("+7916")
                    .doesNotContain("79161234567");

            // approved in the browser: the chat's card changes, the volunteer is told
            row(browser, "2001").findElement(By.cssSelector("button.approve")).click();
            browser.await(d -> "approved".equals(status(browser, "2001")));
            assertThat(outcome(browser)).contains("Ivan Petrov");
            ivan.awaitReplyContaining("Good news! Your volunteer profile is approved");
            telegram.awaitMessage(
                    901, m -> m.messageId() == ivanCard.messageId() && m.text().contains("Approved: Olga"), WAIT);
            browser.check("volunteers-approved");

            // decided in the chat while the page still offers Approve: the page says who decided
            olga.pressData(
                    mariaCard,
                    mariaCard.button("✅ Одобрить / Approve").orElseThrow().data());
            maria.awaitReplyContaining("Good news! Your volunteer profile is approved");
            row(browser, "2002").findElement(By.cssSelector("button.approve")).click();
            browser.await(d -> outcome(browser).contains("decided already"));
            assertThat(outcome(browser)).contains("Olga");
            assertThat(status(browser, "2002")).isEqualTo("approved");
            browser.check("volunteers-race");

            row(browser, "2001").findElement(By.cssSelector("button.pause")).click();
            browser.await(d -> "paused".equals(status(browser, "2001")));
            ivan.awaitReplyContaining("A coordinator put your volunteering on a break");
            browser.check("volunteers-paused");
            row(browser, "2001").findElement(By.cssSelector("button.resume")).click();
            browser.await(d -> "approved".equals(status(browser, "2001")));
            ivan.awaitReplyContaining("A coordinator brought you back");
            browser.visit(
                    base(service) + "/console/volunteers?status=approved&skill=own_car&q=ivan", "volunteers-filtered");
            assertThat(browser.driver().findElements(By.cssSelector("tr[data-user]")))
                    .hasSize(1);
            // on a phone: the same pages, tables scroll sideways, still no accessibility violations
            browser.driver().manage().window().setSize(new Dimension(390, 844));
            browser.visit(base(service) + "/console/volunteers", "volunteers-phone");
            browser.visit(base(service) + "/console/broadcasts", "broadcasts-phone");
            browser.driver().manage().window().setSize(new Dimension(1280, 900));

            // a broadcast: estimate, start, report
            browser.visit(base(service) + "/console/broadcasts", "broadcasts");
            browser.await(d -> text(browser, "#estimate .count").contains("2 people"));
            browser.driver().findElement(By.id("text")).sendKeys("Food sorting on Saturday at 10:00");
            browser.driver().findElement(By.id("a-coord")).click();
            browser.await(d -> text(browser, "#estimate .count").contains("1 people"));
            browser.driver().findElement(By.id("a-vol")).click();
            browser.await(d -> text(browser, "#estimate .count").contains("2 people"));
            browser.check("broadcasts-estimate");
            browser.driver().findElement(By.id("confirm")).click();
            browser.await(d -> d.getCurrentUrl().matches(".*/console/broadcasts/\\d+\\?started=true"));
            ivan.awaitReplyContaining("Food sorting on Saturday");
            maria.awaitReplyContaining("Food sorting on Saturday");
            browser.await(d -> "DONE".equals(attribute(browser, "#report", "data-state")));
            assertThat(text(browser, "#report .delivered")).isEqualTo("2");
            assertThat(text(browser, "#report .total")).isEqualTo("2");
            browser.check("broadcast-report");
            String report = browser.driver().getCurrentUrl().replaceAll("\\?.*", "");
            browser.visit(base(service) + "/console/broadcasts", "broadcasts-history");
            assertThat(text(browser, "#history tbody")).contains("Food sorting").contains("2 / 2");

            // a coordinator of another region: neither sees nor changes Moscow's volunteers and broadcasts
            HttpClient http = HttpClient.newHttpClient();
            String cookie = session(http, ConsoleBrowser.loginLink(petr));
            HttpResponse<String> own = get(http, cookie, base(service) + "/console/volunteers");
            assertThat(own.statusCode()).isEqualTo(200);
            assertThat(own.body()).doesNotContain("Ivan Petrov").doesNotContain("Maria Smirnova");
            String csrf = csrf(own.body());
            assertThat(get(http, cookie, base(service) + "/console/volunteers?region=RU-MOW")
                            .statusCode())
                    .isEqualTo(403);
            assertThat(post(http, cookie, base(service) + "/console/volunteers/2001/pause", "_csrf=" + csrf)
                            .statusCode())
                    .isEqualTo(403);
            assertThat(get(http, cookie, report).statusCode()).isEqualTo(404);
            assertThat(post(
                                    http,
                                    cookie,
                                    base(service) + "/console/broadcasts",
                                    "_csrf=" + csrf + "&audience=volunteers&regions=RU-MOW&text=hi")
                            .statusCode())
                    .isEqualTo(403);
            assertThat(get(http, cookie, base(service) + "/console/broadcasts").body())
                    .doesNotContain("Food sorting");
            ivan.sendCommand("volunteer");
            assertThat(ivan.awaitReplyContaining("Your volunteer profile").text())
                    .contains("Status: approved");
        }
    }

    private static void signUp(FakeTelegramUser who, String name) {
        who.sendCommand("volunteer");
        who.awaitReplyContaining("What is your name?");
        who.sendText(name);
        who.awaitReplyContaining("How old are you?");
        who.sendText("30");
        who.awaitReplyContaining("Your phone number?");
        who.shareContact("7916123456" + (who.id() % 10), true);
        who.awaitReplyContaining("Which region");
        who.sendText("Moscow");
        who.awaitReplyContaining("The town or district");
        who.sendText("Tverskoy");
        who.awaitReplyContaining("Do you have any of these?");
        who.press(name.startsWith("Ivan") ? "Own car" : "Foreign languages");
        who.press("Done ✔️");
        who.awaitReplyContaining("When does it suit you");
        who.press("Weekends");
        who.press("Done ✔️");
        who.awaitReplyContaining("How many hours");
        who.sendText("4");
        who.awaitReplyContaining("Do you agree?");
        who.press("Yes, I agree");
        who.awaitReplyContaining("Please check your profile");
        who.press("Send my profile");
        who.awaitReplyContaining("Your profile has been sent");
    }

    private static WebElement row(ConsoleBrowser browser, String userId) {
        return browser.await(By.cssSelector("tr[data-user='" + userId + "']"));
    }

    private static String status(ConsoleBrowser browser, String userId) {
        return attribute(browser, "tr[data-user='" + userId + "']", "data-status");
    }

    private static String outcome(ConsoleBrowser browser) {
        return text(browser, "#list .outcome");
    }

    private static String attribute(ConsoleBrowser browser, String selector, String name) {
        Object value = ((JavascriptExecutor) browser.driver())
                .executeScript(
                        "const e = document.querySelector(arguments[0]); return e ? e.getAttribute(arguments[1]) : '';",
                        selector,
                        name);
        return String.valueOf(value);
    }

    private static String text(ConsoleBrowser browser, String selector) {
        Object text = ((JavascriptExecutor) browser.driver())
                .executeScript(
                        "const e = document.querySelector(arguments[0]); return e ? e.textContent.trim() : '';",
                        selector);
        return String.valueOf(text);
    }

    private static String session(HttpClient http, String link) throws Exception {
        HttpResponse<String> login = http.send(
                HttpRequest.newBuilder(URI.create(link))
                        .POST(HttpRequest.BodyPublishers.noBody())
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        String cookie = login.headers().firstValue("Set-Cookie").orElseThrow();
        return cookie.substring(0, cookie.indexOf(';'));
    }

    private static String csrf(String page) {
        Matcher m = CSRF.matcher(page);
        assertThat(m.find()).isTrue();
        return URLEncoder.encode(m.group(1), StandardCharsets.UTF_8);
    }

    private static HttpResponse<String> get(HttpClient http, String cookie, String url) throws Exception {
        return http.send(
                HttpRequest.newBuilder(URI.create(url)).header("Cookie", cookie).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static HttpResponse<String> post(HttpClient http, String cookie, String url, String form) throws Exception {
        return http.send(
                HttpRequest.newBuilder(URI.create(url))
                        .header("Cookie", cookie)
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(form))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static String base(RunningService service) {
        return "http://127.0.0.1:" + service.port();
    }
}
