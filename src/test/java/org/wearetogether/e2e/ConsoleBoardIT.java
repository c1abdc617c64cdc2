package org.wearetogether.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.wearetogether.hq.HqFixtures;
import org.wearetogether.testing.ConsoleBrowser;
import org.wearetogether.testing.FakeTelegram;
import org.wearetogether.testing.FakeTelegramMessage;
import org.wearetogether.testing.FakeTelegramUser;
import org.wearetogether.testing.RunningService;

/**
 * The coordinators' console in a real browser (headless Chromium; skipped where it is missing): login through the
 * bot's link, the board with a filed request, live updates without a reload when a request is filed or taken in the
 * chat, filters, logout, a link used twice, a removed coordinator. Screenshots: {@code target/screenshots/}.
 */
class ConsoleBoardIT {

    private static final long GROUP = -100;

    @TempDir
    Path data;

    @Test
    void aCoordinatorLogsInThroughTheBotAndTheBoardFollowsTheChatWithoutAReload() {
        try (ConsoleBrowser browser = ConsoleBrowser.open("ConsoleBoardIT-live");
                FakeTelegram telegram = FakeTelegram.start();
                RunningService service =
                        ConsoleBrowser.startService(telegram, data, HqFixtures.ADMINS, HqFixtures.FAST)) {
            FakeTelegramUser admin = telegram.user(900, "Admin", "en");
            FakeTelegramUser olga = telegram.user(901, "Olga", "en");
            FakeTelegramUser anna = telegram.user(1001, "Anna", "en");
            HqFixtures.makeCoordinator(admin, 901, "RU-MOW");
            HqFixtures.bind(telegram, GROUP, admin, "RU-MOW");
            String first = HqFixtures.submit(service, anna, "RU-MOW", "today");
            String elsewhere = HqFixtures.submit(service, telegram.user(1002, "Ivan", "en"), "RU-SPE", "today");

            browser.login(olga);
            assertThat(column("submitted", browser)).contains(first);
            assertThat(browser.driver().getPageSource())
                    .doesNotContain(elsewhere) // another region
                    .doesNotContain("Maria Ivanovna")
                    .doesNotContain("+7916")
                    .doesNotContain("Tverskaya")
                    .doesNotContain("insulin");
            assertThat(count("submitted", browser)).isEqualTo("1");

            // no reload from here on: a mark set in the page must survive every change
            JavascriptExecutor js = (JavascriptExecutor) browser.driver();
            js.executeScript("window.stillTheSamePage = true;");
            awaitListening(browser);

            FakeTelegramUser relative = telegram.user(1003, "Petr", "en");
            RequestFiling.fileThroughTheDialog(relative, RequestFiling.Answers.typical());
            String second = relative.awaitReplyContaining("Request number: ")
                    .text()
                    .replaceAll("(?s).*Request number: ([A-Z]+-\\d+).*", "$1");
            browser.await(d -> column("submitted", browser).contains(second));
            assertThat(count("submitted", browser)).isEqualTo("2");
            browser.check("board-after-filing");

            FakeTelegramMessage card = HqFixtures.awaitCard(telegram, GROUP, first);
            HqFixtures.press(olga, card, "take", first);
            browser.await(d -> column("accepted", browser).contains(first));
            assertThat(column("accepted", browser)).contains("Olga");
            assertThat(column("submitted", browser)).doesNotContain(first);
            assertThat(js.executeScript("return window.stillTheSamePage === true"))
                    .isEqualTo(true);
            browser.check("board-after-take");

            // filters: mine, and a search by number
            browser.visit(base(service) + "/console/board?mine=true", "board-mine");
            assertThat(cards(browser)).containsExactly(first);
            browser.visit(base(service) + "/console/board?number=" + second.toLowerCase(), "board-search");
            assertThat(cards(browser)).containsExactly(second);
            browser.driver().findElement(By.linkText("No. " + second)).click();
            browser.await(d -> d.getCurrentUrl().endsWith("/console/requests/" + second));
            browser.check("request-from-board");

            // the Russian console for a Russian-speaking coordinator is checked in ConsoleTextsTest; here: logout
            browser.visit(base(service) + "/console/board", "board-before-logout");
            browser.driver().findElement(By.cssSelector("form.who button")).click();
            browser.await(d -> d.getCurrentUrl().contains("/console/ended"));
            assertThat(browser.driver().findElement(By.tagName("h1")).getText()).isEqualTo("You have logged out");
            browser.check("logged-out");
            browser.visit(base(service) + "/console/board", "board-after-logout");
            assertThat(browser.driver().findElement(By.tagName("h1")).getText()).isEqualTo("Please log in");
        }
    }

    @Test
    void aLinkWorksOnceAndARemovedCoordinatorsSessionEndsAtTheNextRequest() throws Exception {
        try (ConsoleBrowser browser = ConsoleBrowser.open("ConsoleBoardIT-once");
                FakeTelegram telegram = FakeTelegram.start();
                RunningService service =
                        ConsoleBrowser.startService(telegram, data, HqFixtures.ADMINS, HqFixtures.FAST)) {
            FakeTelegramUser admin = telegram.user(900, "Admin", "en");
            FakeTelegramUser olga = telegram.user(901, "Olga", "en");
            HqFixtures.makeCoordinator(admin, 901, "RU-MOW");

            String link = ConsoleBrowser.loginLink(olga);
            browser.visit(link, "login");
            browser.driver().findElement(By.id("login")).click();
            browser.await(By.cssSelector("section.board"));
            browser.check("board");

            browser.visit(link, "login-again");
            browser.driver().findElement(By.id("login")).click();
            browser.await(d -> d.findElement(By.tagName("h1")).getText().equals("This link cannot be used"));
            browser.check("link-used");

            browser.visit(base(service) + "/console/board", "still-logged-in");
            browser.await(By.cssSelector("section.board"));
            admin.sendCommand("coordinator remove 901");
            admin.awaitReplyContaining("901");
            browser.driver().navigate().refresh();
            browser.await(d -> d.getCurrentUrl().contains("/console/ended"));
            assertThat(browser.driver().findElement(By.tagName("h1")).getText())
                    .isEqualTo("The console is for HQ staff");
            browser.check("removed");

            // and the bot no longer gives them a link
            olga.sendCommand("console");
            olga.awaitReplyContaining("The web console is for HQ staff");

            cookieAndHeaders(service, ConsoleBrowser.loginLink(admin));
        }
    }

    /** What the README promises of the cookie and the headers, read without a browser. */
    private static void cookieAndHeaders(RunningService service, String link) throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        HttpResponse<String> login = http.send(
                HttpRequest.newBuilder(URI.create(link))
                        .POST(HttpRequest.BodyPublishers.noBody())
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(login.statusCode()).as("to the board").isEqualTo(302);
        String cookie = login.headers().firstValue("Set-Cookie").orElseThrow();
        assertThat(cookie)
                .startsWith("together_console=")
                .contains("Path=/console")
                .contains("HttpOnly")
                .contains("SameSite=Lax")
                .contains("Max-Age=43200")
                .doesNotContain("Secure"); // http here; https in TOGETHER_PUBLIC_URL adds it (ConsoleCommandTest)
        String session = cookie.substring(0, cookie.indexOf(';'));

        HttpResponse<String> board = http.send(
                HttpRequest.newBuilder(URI.create(base(service) + "/console/board"))
                        .header("Cookie", session)
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(board.statusCode()).isEqualTo(200);
        assertThat(board.headers().firstValue("Content-Security-Policy").orElseThrow())
                .contains("script-src 'self'")
                .contains("frame-ancestors 'none'");
        assertThat(board.headers().firstValue("X-Frame-Options")).contains("DENY");
        assertThat(board.headers().firstValue("Referrer-Policy")).contains("no-referrer");
        assertThat(board.headers().firstValue("Cache-Control")).contains("no-store");

        HttpResponse<String> forged = http.send(
                HttpRequest.newBuilder(URI.create(base(service) + "/console/logout"))
                        .header("Cookie", session)
                        .POST(HttpRequest.BodyPublishers.noBody())
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(forged.statusCode()).as("a logout without the CSRF token").isEqualTo(403);
        HttpResponse<String> stillIn = http.send(
                HttpRequest.newBuilder(URI.create(base(service) + "/console/board"))
                        .header("Cookie", session)
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(stillIn.statusCode()).isEqualTo(200);
    }

    private static String base(RunningService service) {
        return "http://127.0.0.1:" + service.port();
    }

    /** The page opens its event stream after loading; a change before that would be seen only by the minute's poll. */
    private static void awaitListening(ConsoleBrowser browser) {
        browser.await(By.cssSelector("body[data-live='open']"));
    }

    /** A column's text, read in one script (htmx may swap the columns between two driver calls). */
    private static String column(String status, ConsoleBrowser browser) {
        return text(browser, "section.column[data-status='" + status + "']");
    }

    private static String count(String status, ConsoleBrowser browser) {
        return text(browser, "section.column[data-status='" + status + "'] .count")
                .strip();
    }

    private static String text(ConsoleBrowser browser, String selector) {
        Object text = ((JavascriptExecutor) browser.driver())
                .executeScript(
                        "const e = document.querySelector(arguments[0]); return e ? e.textContent : '';", selector);
        return String.valueOf(text);
    }

    private static List<String> cards(ConsoleBrowser browser) {
        Object numbers = ((JavascriptExecutor) browser.driver())
                .executeScript("return Array.from(document.querySelectorAll('li.card')).map(e => e.dataset.number);");
        return ((List<?>) numbers).stream().map(String::valueOf).toList();
    }
}
