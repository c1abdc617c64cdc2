package org.wearetogether.volunteers.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.wearetogether.jobs.Sweep;
import org.wearetogether.testing.RunningJobs;

class VolunteerWorkTest {

    private final RunningJobs running = new RunningJobs();
    private final List<String> done = new CopyOnWriteArrayList<>();

    @AfterEach
    void stop() {
        running.close();
    }

    @Test
    void runsTheSweepsInOrderAtStartAndAtOnceWhenNudged() throws Exception {
        VolunteerWork work = new VolunteerWork(
                List.of(new Sweep("cards", () -> done.add("cards")), new Sweep("notices", () -> done.add("notices"))),
                Duration.ofHours(1));
        running.start(work);
        await(2);
        assertThat(done).containsExactly("cards", "notices");

        running.jobs().nudge(VolunteerWork.NAME);

        await(4);
        assertThat(done).containsExactly("cards", "notices", "cards", "notices");
    }

    @Test
    void aFailingSweepDoesNotKeepTheOthersFromRunningAndIsReportedByName() {
        VolunteerWork work = new VolunteerWork(
                List.of(
                        new Sweep("cards", () -> {
                            throw new IllegalStateException("store down");
                        }),
                        new Sweep("notices", () -> done.add("notices"))),
                Duration.ofHours(1));

        assertThatThrownBy(() -> work.run(RunningJobs.DIRECT_RUN)).hasMessageContaining("'cards'");
        assertThat(done).containsExactly("notices");
    }

    private void await(int count) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
        while (done.size() < count && System.nanoTime() < deadline) {
            Thread.sleep(5);
        }
        assertThat(done).hasSizeGreaterThanOrEqualTo(count);
    }
}
