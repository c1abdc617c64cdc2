package org.wearetogether.broadcasts;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.wearetogether.chat.BlockedChats;
import org.wearetogether.testing.FakeTelegram;
import org.wearetogether.testing.FakeTelegramCall;
import org.wearetogether.testing.FakeTelegramMessage;
import org.wearetogether.testing.FakeTelegramUser;
import org.wearetogether.testing.RunningService;

/**
 * A broadcast to 1,000 volunteers through the fake Bot API, which answers 429 above 30 messages a second and 403 for
 * those who blocked the bot: a restart in the middle, quiet hours in Kamchatka (the clock injected), then an urgent
 * second broadcast cancelled half-way.
 */
class BroadcastIT {

    private static final Duration WAIT = Duration.ofSeconds(60);
    private static final int RATE = 28;
    private static final String FIRST = "Food sorting tomorrow at 10:00, Tverskaya 1";
    private static final String SECOND = "Urgent: volunteers with cars needed tonight";

    private final FakeTelegram telegram = FakeTelegram.start();
    private final List<RunningService> services = new ArrayList<>();
    private final Path dataDir;

    BroadcastIT() throws Exception {
        dataDir = Files.createTempDirectory("broadcast-it");
    }

    @AfterEach
    void close() {
        services.forEach(RunningService::close);
        telegram.close();
        ItVolunteers.BY_ID.clear();
        ItClock.offset = Duration.ZERO;
    }

    @Test
    void reachesEveryReachableVolunteerOnceThroughARestartQuietHoursAndACancel() throws Exception {
        // 14:00 UTC: afternoon in Moscow, midnight in Kamchatka
        Instant afternoon = LocalDate.now(ZoneOffset.UTC).atTime(14, 0).toInstant(ZoneOffset.UTC);
        ItClock.offset = Duration.between(Instant.now(), afternoon);
        Set<Long> moscow = new HashSet<>();
        Set<Long> kamchatka = new HashSet<>();
        for (long id = 10_000; id < 11_000; id++) {
            boolean far = id % 20 == 0;
            ItVolunteers.add(id, far ? "RU-KAM" : "RU-MOW");
            (far ? kamchatka : moscow).add(id);
        }
        telegram.limitSendRate(30, 1);
        RunningService service = start();

        Set<Long> blocked = new HashSet<>();
        for (long id = 10_001; blocked.size() < 20; id += 37) {
            if (moscow.contains(id)) {
                FakeTelegramUser volunteer = telegram.user(id, "V" + id, "ru");
                volunteer.sendCommand("start");
                volunteer.awaitReply(m -> true);
                telegram.block(id);
                blocked.add(id);
            }
        }
        FakeTelegramUser admin = telegram.user(900, "Ivan", "en");
        long first = compose(admin, FIRST, false);

        await(() -> deliveries(FIRST).size() >= 300, "300 delivered before the restart");
        service.close();
        int beforeRestart = deliveries(FIRST).size();
        assertThat(beforeRestart).isLessThan(900);
        service = start();

        int reachableInMoscow = moscow.size() - blocked.size();
        await(() -> deliveries(FIRST).size() >= reachableInMoscow, "everyone reachable in Moscow");
        FakeTelegramMessage progress = telegram.awaitMessage(
                900,
                m -> m.text().startsWith("Broadcast #" + first + ": sent")
                        && m.text().contains("held for the night: 50"),
                WAIT);
        assertThat(progress.inlineButtons())
                .extracting(FakeTelegramMessage.Button::data)
                .containsExactly("b:x:" + first);
        Thread.sleep(500);
        assertThat(deliveries(FIRST)).hasSize(reachableInMoscow);

        ItClock.offset = ItClock.offset.plus(Duration.ofHours(9)); // 11:00 in Kamchatka
        FakeTelegramMessage report =
                telegram.awaitMessage(900, m -> m.text().startsWith("Broadcast #" + first + " is done"), WAIT);
        assertThat(report.text())
                .isEqualTo("Broadcast #%d is done: sent 980 of 1000, failed 0, unreachable 20, opted out 0. Thank you!"
                        .formatted(first));

        Map<Long, Integer> received = countByChat(deliveries(FIRST));
        Set<Long> reachable = new HashSet<>(moscow);
        reachable.addAll(kamchatka);
        reachable.removeAll(blocked);
        assertThat(received.keySet()).isEqualTo(reachable);
        assertThat(received.values()).containsOnly(1);
        assertThat(service.bean(BlockedChats.class)
                        .among(blocked.stream().map(id -> "telegram:" + id).toList()))
                .hasSize(20);
        assertRateNeverExceeded();

        // an urgent one goes out at night in Moscow too, skips the blocked, and stops when cancelled
        int callsBefore = telegram.callCount("sendMessage");
        long second = compose(admin, SECOND, true);
        await(() -> deliveries(SECOND).size() >= 60, "60 of the second delivered");
        FakeTelegramMessage secondProgress =
                telegram.awaitMessage(900, m -> m.text().startsWith("Broadcast #" + second + ": sent"), WAIT);
        admin.pressData(secondProgress, "b:x:" + second);
        FakeTelegramMessage cancelled =
                telegram.awaitMessage(900, m -> m.text().startsWith("Broadcast #" + second + " was cancelled"), WAIT);
        int sent = deliveries(SECOND).size();
        Thread.sleep(1000);
        assertThat(deliveries(SECOND)).hasSize(sent);
        assertThat(sent).isLessThan(500);
        assertThat(cancelled.text()).contains("sent " + sent + " of 1000");
        assertThat(countByChat(deliveries(SECOND)).values()).containsOnly(1);
        assertThat(telegram.calls("sendMessage").subList(callsBefore, telegram.callCount("sendMessage")))
                .noneMatch(c -> blocked.contains(Long.parseLong(c.param("chat_id"))));

        admin.sendCommand("broadcasts");
        FakeTelegramMessage history = admin.awaitReplyContaining("Recent broadcasts");
        assertThat(history.text()).contains("#" + second + " ", "cancelled", "#" + first + " ", "done");
    }

    private RunningService start() {
        RunningService service = RunningService.start(
                telegram,
                dataDir,
                "together.access.admins=900",
                "spring.main.sources=" + ItVolunteers.class.getName() + "," + ItClock.class.getName(),
                "together.broadcasts.rate=" + RATE,
                "together.broadcasts.progress-every=1s",
                "together.broadcasts.refresh-every=200ms",
                "together.broadcasts.in-flight-timeout=2s");
        services.add(service);
        return service;
    }

    /** /broadcast, the post, (urgent), Send; returns the broadcast's number. */
    private long compose(FakeTelegramUser admin, String text, boolean urgent) {
        admin.sendCommand("broadcast");
        admin.awaitReplyContaining("Please send the text");
        admin.sendFormatted(text, FakeTelegramUser.entity("bold", 0, 4));
        FakeTelegramMessage audience = admin.awaitReply(m -> m.text().contains("1000 will receive it"));
        long no = Long.parseLong(audience.text()
                .substring("Broadcast #".length(), audience.text().indexOf('.')));
        if (urgent) {
            admin.pressData(audience, "b:u:" + no);
            telegram.awaitMessage(900, m -> m.text().contains("Urgent: yes"), WAIT);
        }
        admin.pressData(audience, "b:ok:" + no);
        telegram.awaitMessage(900, m -> m.text().startsWith("Broadcast #" + no + " confirmed"), WAIT);
        return no;
    }

    /** Messages with this text that the fake accepted, in order. */
    private List<FakeTelegramCall> deliveries(String text) {
        return telegram.calls("sendMessage").stream()
                .filter(c -> c.status() == 200 && text.equals(c.param("text")))
                .toList();
    }

    private static Map<Long, Integer> countByChat(List<FakeTelegramCall> calls) {
        Map<Long, Integer> counts = new HashMap<>();
        calls.forEach(c -> counts.merge(Long.parseLong(c.param("chat_id")), 1, Integer::sum));
        return counts;
    }

    /** No second held more than the configured rate of broadcast messages, and Telegram hardly ever said 429. */
    private void assertRateNeverExceeded() {
        List<FakeTelegramCall> sends = telegram.calls("sendMessage").stream()
                .filter(c -> FIRST.equals(c.param("text")))
                .toList();
        for (int i = 0; i + RATE < sends.size(); i++) {
            assertThat(sends.get(i + RATE).answeredAtNanos() - sends.get(i).answeredAtNanos())
                    .as("answers %d to %d", i, i + RATE)
                    .isGreaterThanOrEqualTo(950_000_000L);
        }
        // the fake counts by when requests reach it: on a busy machine two sends can bunch up past its window, so a
        // rare 429 is allowed (it is waited out and retried); the pace the service keeps is asserted above
        assertThat(sends.stream().filter(c -> c.status() == 429).count()).isLessThanOrEqualTo(sends.size() / 100);
    }

    private static void await(BooleanSupplier condition, String what) throws InterruptedException {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("not reached in " + WAIT + ": " + what);
            }
            Thread.sleep(50);
        }
    }
}
