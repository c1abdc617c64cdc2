package org.wearetogether.jobs.internal;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.wearetogether.jobs.Job;
import org.wearetogether.jobs.JobRun;
import org.wearetogether.jobs.RetentionRule;
import org.wearetogether.jobs.RetentionSettings;
import org.wearetogether.jobs.Schedule;
import org.wearetogether.jobs.Sweep;

/**
 * The {@code retention} job: runs every module's {@link RetentionRule} in bounded batches (at most
 * {@code max-batches} of {@code batch} documents per rule and run; work left makes it run again at once). A rule
 * that throws does not stop the others; the failures are thrown together, so the job's back-off and the {@code jobs}
 * health show them. Counts what each rule expired in {@code together_retention_expired_total}.
 */
public final class RetentionJob implements Job {

    public static final String NAME = "retention";
    private static final Logger log = LoggerFactory.getLogger(RetentionJob.class);

    private final Supplier<List<RetentionRule>> rules;
    private final RetentionSettings settings;
    private final Clock clock;
    private final MeterRegistry meters;
    private final Map<String, Counter> expired = new java.util.concurrent.ConcurrentHashMap<>();

    public RetentionJob(
            Supplier<List<RetentionRule>> rules, RetentionSettings settings, Clock clock, MeterRegistry meters) {
        this.rules = rules;
        this.settings = settings;
        this.clock = clock;
        this.meters = meters;
    }

    @Override
    public String name() {
        return NAME;
    }

    /** Periods are days and months: hourly is plenty, and a missed run (service down) is caught up by the next. */
    @Override
    public Schedule schedule() {
        return Schedule.every(settings.every()).firstAfter(Duration.ofMinutes(1));
    }

    @Override
    public void run(JobRun run) {
        List<RetentionRule> all = checked(rules.get());
        Map<String, Long> done = new LinkedHashMap<>();
        List<Sweep> sweeps = new ArrayList<>();
        for (RetentionRule rule : all) {
            sweeps.add(new Sweep(rule.name(), () -> {
                Step step = expire(rule, run);
                done.put(rule.name(), step.expired());
                if (step.moreLeft()) {
                    run.runAgainSoon();
                }
            }));
        }
        try {
            Sweep.runAll("retention rule", sweeps, run);
        } finally {
            done.values().removeIf(n -> n == 0);
            if (!done.isEmpty()) {
                log.info("Retention expired {}", done);
            }
        }
    }

    /** What one rule did in one run. */
    record Step(long expired, boolean moreLeft) {}

    private Step expire(RetentionRule rule, JobRun run) {
        long total = 0;
        for (int batch = 0; batch < settings.maxBatches(); batch++) {
            if (run.stopRequested()) {
                return new Step(total, true);
            }
            int n = rule.expiry().expire(clock.instant(), settings.batch());
            if (n > 0) {
                counter(rule).increment(n);
                total += n;
            }
            if (n < settings.batch()) {
                return new Step(total, false);
            }
        }
        return new Step(total, true);
    }

    private Counter counter(RetentionRule rule) {
        return expired.computeIfAbsent(
                rule.name(),
                name -> Counter.builder("together.retention.expired")
                        .description("Documents deleted or personal data erased by a retention rule")
                        .tag("rule", name)
                        .tag("collection", rule.collection())
                        .register(meters));
    }

    /** Names must be unique: they tag the metric and name the failures. */
    static List<RetentionRule> checked(List<RetentionRule> rules) {
        java.util.Set<String> names = new java.util.HashSet<>();
        for (RetentionRule rule : rules) {
            if (!names.add(rule.name())) {
                throw new IllegalStateException("two retention rules are named " + rule.name());
            }
        }
        return rules;
    }
}
