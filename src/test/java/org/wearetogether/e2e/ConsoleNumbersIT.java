package org.wearetogether.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.wearetogether.hq.HqFixtures.ADMINS;
import static org.wearetogether.hq.HqFixtures.FAST;
import static org.wearetogether.hq.HqFixtures.WAIT;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wearetogether.exports.SheetFormat;
import org.wearetogether.hq.HqFixtures;
import org.wearetogether.intake.RequestExports;
import org.wearetogether.intake.RequestStatistics;
import org.wearetogether.intake.RequestStatistics.SlaBreach;
import org.wearetogether.intake.RequestStatistics.Statistics;
import org.wearetogether.intake.RequestStatus;
import org.wearetogether.testing.FakeTelegram;
import org.wearetogether.testing.FakeTelegramMessage;
import org.wearetogether.testing.FakeTelegramUser;
import org.wearetogether.testing.RunningService;

/**
 * The console's numbers follow the chat: requests filed, taken from their cards, done, rated, not fulfilled for a
 * preset reason, and one left waiting until the HQ announces it again; the statistics count each once, and a
 * coordinator's export of them holds no contacts.
 */
class ConsoleNumbersIT {

    private static final long GROUP = -100;

    @TempDir
    Path data;

    @Test
    void requestsWorkedInTheChatShowInTheStatisticsAndTheExport() throws Exception {
        try (FakeTelegram telegram = FakeTelegram.start();
                RunningService service = RunningService.start(
                        telegram,
                        data,
                        ADMINS,
                        FAST,
                        "together.statistics.sweep-interval=200ms",
                        "together.hq.reannounce-after=2s")) {
            FakeTelegramUser admin = telegram.user(900, "Admin", "en");
            FakeTelegramUser anna = telegram.user(1001, "Anna", "en");
            HqFixtures.bind(telegram, GROUP, admin, "RU-MOW");
            String done = HqFixtures.submit(service, anna, "RU-MOW", "today");
            String cannot = HqFixtures.submit(service, anna, "RU-MOW", "today");
            String waiting = HqFixtures.submit(service, anna, "RU-MOW", "this_week");

            FakeTelegramMessage card = HqFixtures.awaitCard(telegram, GROUP, done);
            HqFixtures.press(admin, card, "take", done);
            anna.awaitReplyContaining("accepted");
            HqFixtures.press(admin, card, "done", done);
            FakeTelegramMessage rate = anna.awaitReplyContaining("Please rate");
            anna.pressData(rate, "r:" + done + ":4");
            telegram.awaitMessage(anna.id(), m -> m.text().contains("Your rating: 4"), WAIT);

            FakeTelegramMessage second = HqFixtures.awaitCard(telegram, GROUP, cannot);
            HqFixtures.press(admin, second, "take", cannot);
            HqFixtures.press(admin, second, "cant", cannot);
            FakeTelegramMessage why = telegram.awaitMessage(GROUP, m -> m.text().contains("Why can"), WAIT);
            admin.pressData(why, "q:why:" + cannot + ":novol");
            anna.awaitReplyContaining("could not be fulfilled");
            telegram.awaitMessage(
                    GROUP, m -> m.text().contains("Still waiting") && m.text().contains(waiting), WAIT);

            RequestStatistics statistics = service.bean(RequestStatistics.class);
            Statistics today = await(
                    () -> statistics.lastDays(Set.of("RU-MOW"), 1),
                    s -> s.ratings().count() == 1
                            && s.reached(RequestStatus.CANNOT_FULFIL) == 1
                            && s.slaBreaches().getOrDefault(SlaBreach.REANNOUNCED, 0L) >= 1);
            assertThat(today.submitted()).isEqualTo(3);
            assertThat(today.reached(RequestStatus.ACCEPTED)).isEqualTo(2);
            assertThat(today.reached(RequestStatus.DONE)).isEqualTo(1);
            assertThat(today.timeToTake().count()).isEqualTo(2);
            assertThat(today.timeToTake().p90()).isLessThan(Duration.ofMinutes(5));
            assertThat(today.timeToDone().count()).isEqualTo(1);
            assertThat(today.cannotFulfilReasons()).containsOnly(Map.entry("novol", 1L));
            assertThat(today.ratings().byStars()).containsOnly(Map.entry(4, 1L));
            assertThat(today.slaBreaches()).containsEntry(SlaBreach.REANNOUNCED, 1L);
            assertThat(statistics.lastDays(Set.of(), 7).submitted()).isEqualTo(3);
            assertThat(statistics.lastDays(Set.of("RU-SPE"), 7).submitted()).isZero();

            ByteArrayOutputStream csv = new ByteArrayOutputStream();
            long rows = service.bean(RequestExports.class)
                    .export(
                            new RequestExports.Selection(Set.of("RU-MOW"), null, Instant.now(), false),
                            SheetFormat.CSV,
                            "en",
                            csv);
            String text = csv.toString(StandardCharsets.UTF_8);
            assertThat(rows).isEqualTo(3);
            assertThat(text).contains(done, cannot, waiting, "Groceries");
            assertThat(text).doesNotContain("Maria", "+7916", "Tverskaya", "insulin", "Anna");
        }
    }

    private static Statistics await(java.util.function.Supplier<Statistics> question, Predicate<Statistics> complete)
            throws Exception {
        Instant until = Instant.now().plus(WAIT);
        Statistics last = question.get();
        while (!complete.test(last) && Instant.now().isBefore(until)) {
            Thread.sleep(100);
            last = question.get();
        }
        assertThat(complete).as("statistics caught up: %s", last).accepts(last);
        return last;
    }
}
