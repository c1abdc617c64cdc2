package org.wearetogether.jobs.internal;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

/** One job's meters, tagged {@code job}: how long runs take, how many failed, restarts, running, last run. */
record JobMeters(Timer durations, Counter failures, Counter restarts) {

    static JobMeters register(String job, JobRunner runner, MeterRegistry meters) {
        Gauge.builder("together.job.running", runner, r -> r.running() ? 1 : 0)
                .description("1 while a run of the background job is under way")
                .tag("job", job)
                .register(meters);
        Gauge.builder("together.job.last.run", runner, JobRunner::lastRunSeconds)
                .description("When the last run of the background job ended (Unix time)")
                .baseUnit("seconds")
                .tag("job", job)
                .register(meters);
        return new JobMeters(
                Timer.builder("together.job.duration")
                        .description("How long each run of a background job took")
                        .tag("job", job)
                        .register(meters),
                Counter.builder("together.job.failures")
                        .description("Runs of a background job that threw")
                        .tag("job", job)
                        .register(meters),
                Counter.builder("together.job.restarts")
                        .description("Threads of a background job started again after they died")
                        .tag("job", job)
                        .register(meters));
    }
}
