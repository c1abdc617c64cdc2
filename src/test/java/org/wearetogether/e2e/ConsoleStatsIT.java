package org.wearetogether.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.wearetogether.access.Audit;
import org.wearetogether.hq.HqFixtures;
import org.wearetogether.testing.ConsoleBrowser;
import org.wearetogether.testing.FakeTelegram;
import org.wearetogether.testing.FakeTelegramMessage;
import org.wearetogether.testing.FakeTelegramUser;
import org.wearetogether.testing.RunningService;

/**
 * The statistics page and the exports in a real browser (headless Chromium; skipped where it is missing): requests
 * filed in the chat, taken and done from their cards show in the charts; a coordinator downloads CSV and XLSX without
 * contacts and is refused another region's and contacts; an admin's export with contacts is audited.
 */
class ConsoleStatsIT {

    private static final long GROUP = -100;

    @TempDir
    Path data;

    @Test
    void theNumbersFollowTheChatAndExportsKeepTheirRules() throws Exception {
        try (ConsoleBrowser browser = ConsoleBrowser.open("ConsoleStatsIT");
                FakeTelegram telegram = FakeTelegram.start();
                RunningService service = ConsoleBrowser.startService(
                        telegram,
                        data,
                        HqFixtures.ADMINS,
                        HqFixtures.FAST,
                        "together.statistics.sweep-interval=200ms")) {
            FakeTelegramUser admin = telegram.user(900, "Admin", "en");
            FakeTelegramUser olga = telegram.user(901, "Olga", "en");
            HqFixtures.makeCoordinator(admin, 901, "RU-MOW");
            HqFixtures.bind(telegram, GROUP, admin, "RU-MOW");
            FakeTelegramUser relative = telegram.user(1003, "Petr", "en");
            RequestFiling.fileThroughTheDialog(relative, RequestFiling.Answers.typical());
            String filed = relative.awaitReplyContaining("Request number: ")
                    .text()
                    .replaceAll("(?s).*Request number: ([A-Z]+-\\d+).*", "$1");
            String waiting = HqFixtures.submit(service, telegram.user(1001, "Anna", "en"), "RU-MOW", "this_week");
            String elsewhere = HqFixtures.submit(service, telegram.user(1002, "Ivan", "en"), "RU-SPE", "today");
            FakeTelegramMessage card = HqFixtures.awaitCard(telegram, GROUP, filed);
            HqFixtures.press(olga, card, "take", filed);
            HqFixtures.press(olga, card, "done", filed);
            relative.awaitReplyContaining("Please rate");

            browser.login(olga);
            String stats = base(service) + "/console/stats?days=7&region=RU-MOW";
            browser.visit(stats, "stats-before-sweep");
            for (int i = 0; i < 50 && !figure(browser, "chart-outcomes").contains("Done 1"); i++) {
                Thread.sleep(200);
                browser.driver().navigate().refresh();
            }
            assertThat(text(browser, "#stats-summary")).contains("last 7 days: 2 requests filed");
            assertThat(figure(browser, "chart-outcomes")).contains("Done 1");
            assertThat(figure(browser, "chart-times")).contains("To take, median");
            assertThat(figure(browser, "chart-perDay")).contains("Filed").contains("Taken");
            assertThat(browser.driver().findElements(By.cssSelector("#chart-perDay svg rect[fill]")))
                    .isNotEmpty();
            assertThat(browser.driver().getPageSource()).doesNotContain("Maria Ivanovna", "+7916", "Tverskaya");
            assertThat(browser.driver().findElements(By.cssSelector("input[name=contacts]")))
                    .as("no contacts choice for a coordinator")
                    .isEmpty();
            browser.check("stats");
            // the whole page at once, for the README (docs/console-stats.png)
            browser.driver().manage().window().setSize(new org.openqa.selenium.Dimension(1280, 2300));
            browser.screenshot("stats-whole-page");
            browser.driver().manage().window().setSize(new org.openqa.selenium.Dimension(1280, 900));
            browser.driver()
                    .findElement(By.cssSelector("#chart-perDay details summary"))
                    .click();
            browser.check("stats-table-open");

            // the coordinator's downloads, in the browser's session
            String cookie = "together_console="
                    + browser.driver()
                            .manage()
                            .getCookieNamed("together_console")
                            .getValue();
            HttpResponse<byte[]> csv = get(service, cookie, "/console/stats/export/requests.csv?days=7&region=RU-MOW");
            assertThat(csv.statusCode()).isEqualTo(200);
            assertThat(csv.headers().firstValue("Content-Type"))
                    .hasValueSatisfying(t -> assertThat(t).startsWith("text/csv"));
            assertThat(csv.headers().firstValue("Content-Disposition"))
                    .hasValueSatisfying(d -> assertThat(d)
                            .startsWith("attachment")
                            .contains("requests-RU-MOW-")
                            .contains(".csv"));
            String rows = new String(csv.body(), StandardCharsets.UTF_8);
            assertThat(rows).contains(filed, waiting).doesNotContain(elsewhere);
            assertThat(rows).doesNotContain("Maria", "+7916", "916) 123", "Tverskaya", "Petr", "+7903");

            HttpResponse<byte[]> xlsx =
                    get(service, cookie, "/console/stats/export/requests.xlsx?days=30&region=RU-MOW");
            assertThat(xlsx.statusCode()).isEqualTo(200);
            assertThat(xlsx.headers().firstValue("Content-Type"))
                    .contains("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
            try (Workbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx.body()))) {
                Sheet sheet = book.getSheetAt(0);
                assertThat(sheet.getLastRowNum()).as("header and two requests").isEqualTo(2);
                StringBuilder all = new StringBuilder();
                sheet.forEach(row -> row.forEach(c -> all.append(c).append('|')));
                assertThat(all.toString()).contains(filed).doesNotContain("Maria", "+7916");
            }
            assertThat(get(service, cookie, "/console/stats/export/volunteers.csv?days=7")
                            .statusCode())
                    .isEqualTo(200);
            assertThat(get(service, cookie, "/console/stats/export/requests.csv?region=RU-SPE")
                            .statusCode())
                    .as("another region")
                    .isEqualTo(403);
            assertThat(get(service, cookie, "/console/stats/export/requests.csv?region=RU-MOW&contacts=true")
                            .statusCode())
                    .as("contacts")
                    .isEqualTo(403);
            assertThat(get(service, cookie, "/console/stats?region=RU-SPE").statusCode())
                    .isEqualTo(403);
            List<Audit.Entry> audited = service.bean(Audit.class).about("RU-MOW", 100);
            assertThat(audited)
                    .filteredOn(e -> e.action().equals("console.export"))
                    .anySatisfy(e -> {
                        assertThat(e.actorId()).isEqualTo("901");
                        assertThat(e.details()).startsWith("requests csv ").endsWith("rows=2");
                    });

            // an admin: the whole campaign, and an export with contacts, audited
            browser.login(admin);
            browser.visit(base(service) + "/console/stats?days=30", "stats-admin");
            assertThat(text(browser, "#stats-summary")).contains("Whole campaign");
            assertThat(browser.driver().findElements(By.cssSelector("input[name=contacts]")))
                    .hasSize(2);
            String adminCookie = "together_console="
                    + browser.driver()
                            .manage()
                            .getCookieNamed("together_console")
                            .getValue();
            Instant before = Instant.now();
            HttpResponse<byte[]> full =
                    get(service, adminCookie, "/console/stats/export/requests.csv?days=7&region=RU-MOW&contacts=true");
            assertThat(full.statusCode()).isEqualTo(200);
            assertThat(new String(full.body(), StandardCharsets.UTF_8)).contains("Maria Ivanovna");
            assertThat(service.bean(Audit.class).about("RU-MOW", 100))
                    .filteredOn(e -> e.action().equals("console.export.contacts"))
                    .singleElement()
                    .satisfies(e -> {
                        assertThat(e.actorId()).isEqualTo("900");
                        assertThat(e.details()).startsWith("requests csv ").endsWith("rows=2");
                        assertThat(e.at()).isAfterOrEqualTo(before.minusSeconds(1));
                    });
        }
    }

    private static HttpResponse<byte[]> get(RunningService service, String cookie, String path) throws Exception {
        return HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create(base(service) + path))
                                .header("Cookie", cookie)
                                .build(),
                        HttpResponse.BodyHandlers.ofByteArray());
    }

    private static String base(RunningService service) {
        return "http://127.0.0.1:" + service.port();
    }

    /** A chart's table as text ("Done 1"), read whether or not it is open. */
    private static String figure(ConsoleBrowser browser, String id) {
        return String.valueOf(((JavascriptExecutor) browser.driver())
                        .executeScript(
                                "const f = document.getElementById(arguments[0]); if (!f) return '';"
                                        + " return Array.from(f.querySelectorAll('tr')).map(r =>"
                                        + " Array.from(r.children).map(c => c.textContent.trim()).join(' '))"
                                        + ".join('\\n') + '\\n' + f.querySelector('figcaption').textContent;",
                                id))
                .replaceAll("[ \\t]+", " ");
    }

    private static String text(ConsoleBrowser browser, String selector) {
        return String.valueOf(((JavascriptExecutor) browser.driver())
                .executeScript(
                        "const e = document.querySelector(arguments[0]); return e ? e.textContent : '';", selector));
    }
}
