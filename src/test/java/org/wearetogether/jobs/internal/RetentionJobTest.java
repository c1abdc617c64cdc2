package org.wearetogether.jobs.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.wearetogether.jobs.JobRun;
import org.wearetogether.jobs.RetentionRule;
import org.wearetogether.jobs.RetentionSettings;

class RetentionJobTest {

    private static final Instant NOW = Instant.parse("2026-12-07T10:00:00Z");

    private final SimpleMeterRegistry meters = new SimpleMeterRegistry();
    private final Run run = new Run();

    @Test
    void runsEveryRuleInBatchesAndCountsWhatEachExpired() {
        Backlog chats = new Backlog(7);
        Backlog audit = new Backlog(2);
        job(3, 10, new RetentionRule("chats-inactive", "chats", chats), new RetentionRule("audit", "audit", audit))
                .run(run);

        assertThat(chats.left).isZero();
        assertThat(chats.calls).isEqualTo(3); // 3 + 3 + 1: the short batch says nothing is left
        assertThat(audit.left).isZero();
        assertThat(expired("chats-inactive")).isEqualTo(7);
        assertThat(expired("audit")).isEqualTo(2);
        assertThat(run.again).isZero();
    }

    @Test
    void stopsARuleAfterItsLastBatchOfTheRunAndAsksForAnotherRunAtOnce() {
        Backlog requests = new Backlog(100);
        job(5, 4, new RetentionRule("requests", "requests", requests)).run(run);

        assertThat(requests.left).isEqualTo(80); // bounded: 4 batches of 5 per run
        assertThat(run.again).isEqualTo(1);
    }

    @Test
    void aRuleThatFailsDoesNotStopTheOthersAndTheRunFailsNamingIt() {
        Backlog audit = new Backlog(2);
        RetentionRule broken = new RetentionRule("tasks", "tasks", (now, limit) -> {
            throw new IllegalStateException("store unreachable");
        });
        RetentionJob job = job(10, 10, broken, new RetentionRule("audit", "audit", audit));

        assertThatThrownBy(() -> job.run(run)).hasMessageContaining("'tasks'").hasRootCauseMessage("store unreachable");
        assertThat(audit.left).isZero();
    }

    @Test
    void rulesSeeTheClocksNow() {
        List<Instant> seen = new ArrayList<>();
        job(10, 10, new RetentionRule("marks", "marks", (now, limit) -> {
                    seen.add(now);
                    return 0;
                }))
                .run(run);

        assertThat(seen).containsExactly(NOW);
    }

    @Test
    void aCollectionKeptWhileNeededExpiresNothing() {
        RetentionRule kept = RetentionRule.keptWhileNeeded("roles", "roles");
        job(10, 10, kept).run(run);

        assertThat(kept.expiry().expire(NOW, 10)).isZero();
        assertThat(run.again).isZero();
    }

    @Test
    void refusesTwoRulesOfOneName() {
        RetentionJob job = job(
                10,
                10,
                RetentionRule.keptWhileNeeded("roles", "roles"),
                RetentionRule.keptWhileNeeded("roles", "other"));

        assertThatThrownBy(() -> job.run(run)).hasMessageContaining("two retention rules are named roles");
    }

    @Test
    void runsHourlyByDefaultOnTheLeaseHolder() {
        RetentionJob job = job(10, 10);

        assertThat(job.name()).isEqualTo("retention");
        assertThat(job.schedule().interval()).isEqualTo(Duration.ofHours(1));
        assertThat(job.schedule().onceAcrossInstances()).isTrue();
    }

    private RetentionJob job(int batch, int maxBatches, RetentionRule... rules) {
        RetentionSettings d = RetentionSettings.defaults();
        RetentionSettings settings = new RetentionSettings(
                d.every(),
                batch,
                maxBatches,
                d.staleRequests(),
                d.chats(),
                d.tasks(),
                d.audit(),
                d.ledgers(),
                d.broadcasts(),
                d.webhookDeliveries(),
                d.unused(),
                d.cards());
        return new RetentionJob(() -> List.of(rules), settings, Clock.fixed(NOW, ZoneOffset.UTC), meters);
    }

    private double expired(String rule) {
        return meters.get("together.retention.expired")
                .tag("rule", rule)
                .counter()
                .count();
    }

    /** A rule with {@code left} documents due, expiring at most {@code limit} per call. */
    private static final class Backlog implements RetentionRule.Expiry {
        int left;
        int calls;

        Backlog(int left) {
            this.left = left;
        }

        @Override
        public int expire(Instant now, int limit) {
            calls++;
            int n = Math.min(left, limit);
            left -= n;
            return n;
        }
    }

    private static final class Run implements JobRun {
        final AtomicInteger againCount = new AtomicInteger();
        int again;

        @Override
        public boolean stopRequested() {
            return false;
        }

        @Override
        public void runAgainSoon() {
            again = againCount.incrementAndGet();
        }
    }
}
