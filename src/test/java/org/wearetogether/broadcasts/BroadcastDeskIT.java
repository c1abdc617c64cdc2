package org.wearetogether.broadcasts;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.wearetogether.dialog.Person;
import org.wearetogether.testing.FakeTelegram;
import org.wearetogether.testing.FakeTelegramCall;
import org.wearetogether.testing.FakeTelegramMessage;
import org.wearetogether.testing.FakeTelegramUser;
import org.wearetogether.testing.RunningService;

/**
 * A broadcast composed and started through the console's API ({@link BroadcastDesk}) on the whole service with the
 * fake Bot API: the estimate, the start, every reachable volunteer gets it once, the author's chat gets the final
 * report, and the console's report counts it from the ledger.
 */
class BroadcastDeskIT {

    private static final Duration WAIT = Duration.ofSeconds(60);
    private static final String TEXT = "Food sorting on Saturday at 10:00, Tverskaya 1";

    private final FakeTelegram telegram = FakeTelegram.start();
    private RunningService service;

    @AfterEach
    void close() {
        if (service != null) {
            service.close();
        }
        telegram.close();
        ItVolunteers.BY_ID.clear();
        ItClock.offset = Duration.ZERO;
    }

    @Test
    void composedAndStartedInTheConsoleItIsDeliveredAndReported() throws Exception {
        // 09:00 UTC: noon in Moscow, no quiet hours
        Instant noon = LocalDate.now(ZoneOffset.UTC).atTime(9, 0).toInstant(ZoneOffset.UTC);
        ItClock.offset = Duration.between(Instant.now(), noon);
        for (long id = 20_000; id < 20_030; id++) {
            ItVolunteers.add(id, "RU-MOW");
        }
        Path dataDir = Files.createTempDirectory("broadcast-desk-it");
        service = RunningService.start(
                telegram,
                dataDir,
                "together.access.admins=900",
                "spring.main.sources=" + ItVolunteers.class.getName() + "," + ItClock.class.getName(),
                "together.broadcasts.rate=28",
                "together.broadcasts.progress-every=1s",
                "together.broadcasts.refresh-every=200ms");
        FakeTelegramUser blocker = telegram.user(20_007, "V", "ru");
        blocker.sendCommand("start");
        blocker.awaitReply(m -> true);
        telegram.block(20_007);
        FakeTelegramUser admin = telegram.user(900, "Ivan", "en");
        admin.sendCommand("start");
        admin.awaitReply(m -> true);

        BroadcastDesk desk = service.bean(BroadcastDesk.class);
        Person ivan = new Person("telegram", "900", "900", "Ivan", null);
        BroadcastDesk.Choice moscow = new BroadcastDesk.Choice(false, Set.of("RU-MOW"), Set.of(), Set.of(), false);

        BroadcastDesk.Estimate estimate = desk.estimate("900", "en", moscow);
        assertThat(estimate.count()).isEqualTo(30);
        assertThat(estimate.text()).startsWith("30 will receive it, in about less than a minute");
        assertThat(estimate.quiet()).isEmpty();

        BroadcastDesk.Started started = desk.start(ivan, "en", moscow, TEXT, "form-1");
        assertThat(started.result()).isEqualTo(BroadcastDesk.StartResult.STARTED);
        assertThat(desk.start(ivan, "en", moscow, TEXT, "form-1").result())
                .isEqualTo(BroadcastDesk.StartResult.ALREADY_STARTED);

        await(() -> deliveries().size() >= 29, "29 delivered");
        FakeTelegramMessage done =
                telegram.awaitMessage(900, m -> m.text().startsWith("Broadcast #" + started.id() + " is done"), WAIT);
        assertThat(done.text()).contains("sent 29 of 30", "unreachable 1");
        assertThat(deliveries().stream().map(c -> c.param("chat_id")).distinct().count())
                .isEqualTo(29);

        BroadcastDesk.Summary report = desk.report("900", started.id()).orElseThrow();
        assertThat(report.state()).isEqualTo(BroadcastDesk.State.DONE);
        assertThat(report.report()).isEqualTo(new BroadcastDesk.Report(30, 29, 0, 1, 0, 0, 0));
        List<BroadcastDesk.Summary> history = desk.history("900", 10);
        assertThat(history).singleElement().satisfies(s -> {
            assertThat(s.preview()).isEqualTo(TEXT);
            assertThat(s.report().delivered()).isEqualTo(29);
            assertThat(s.finishedAt()).isNotNull();
        });
    }

    private List<FakeTelegramCall> deliveries() {
        return telegram.calls("sendMessage").stream()
                .filter(c -> c.status() == 200 && TEXT.equals(c.param("text")))
                .toList();
    }

    private static void await(BooleanSupplier condition, String what) throws InterruptedException {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("not reached in time: " + what);
            }
            Thread.sleep(50);
        }
    }
}
