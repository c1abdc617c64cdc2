package org.wearetogether.testing;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.wearetogether.jobs.Job;
import org.wearetogether.jobs.JobRun;
import org.wearetogether.jobs.Jobs;
import org.wearetogether.jobs.Leadership;
import org.wearetogether.jobs.internal.JobRegistry;
import org.wearetogether.jobs.internal.JobsSettings;

/**
 * The real job registry for a test without Spring: jobs run on their threads as in the service, with a leadership
 * the test can flip. Create it, build the jobs (they may nudge through {@link #jobs()}), then {@link #start}.
 */
public final class RunningJobs implements AutoCloseable {

    /** A run outside the registry that is never asked to stop; for calling a job's {@code run} directly. */
    public static final JobRun DIRECT_RUN = new JobRun() {
        @Override
        public boolean stopRequested() {
            return false;
        }

        @Override
        public void runAgainSoon() {}
    };

    public final FlippingLeadership leadership = new FlippingLeadership();
    public final SimpleMeterRegistry meters = new SimpleMeterRegistry();
    private final List<Job> jobs = new ArrayList<>();
    private final JobRegistry registry;

    public RunningJobs() {
        this(new JobsSettings(
                Duration.ofMillis(50),
                Duration.ofMillis(400),
                Duration.ofMillis(500),
                Duration.ofSeconds(5),
                Duration.ofSeconds(5),
                Duration.ofMillis(50)));
    }

    public RunningJobs(JobsSettings settings) {
        this.registry = new JobRegistry(() -> jobs, leadership, meters, settings, Clock.systemUTC());
    }

    public Jobs jobs() {
        return registry;
    }

    public JobRegistry registry() {
        return registry;
    }

    public RunningJobs start(Job... toRun) {
        jobs.addAll(List.of(toRun));
        registry.start();
        return this;
    }

    @Override
    public void close() {
        registry.stop();
    }

    /** A lease the test holds or loses at will; listeners are called on the test's thread, as the lease would. */
    public static final class FlippingLeadership implements Leadership {
        private final List<Consumer<Boolean>> listeners = new CopyOnWriteArrayList<>();
        private volatile boolean leader = true;

        @Override
        public boolean isLeader() {
            return leader;
        }

        @Override
        public String instanceId() {
            return "test-instance";
        }

        @Override
        public void onChange(Consumer<Boolean> listener) {
            listeners.add(listener);
        }

        public void set(boolean leads) {
            if (leads != leader) {
                leader = leads;
                listeners.forEach(l -> l.accept(leads));
            }
        }
    }
}
