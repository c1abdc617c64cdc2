package org.wearetogether.intake.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.wearetogether.testing.RunningJobs;

class RequestCountsTest {

    private static final InMemoryMongo mongo = new InMemoryMongo();
    private static final Instant CREATED = Instant.parse("2026-01-10T10:00:00Z");

    private final MongoDatabase database = mongo.freshDatabase();
    private final MongoHelpRequests requests = new MongoHelpRequests(database);
    private final SimpleMeterRegistry meters = new SimpleMeterRegistry();
    private final RequestCounts counts = new RequestCounts(requests, Duration.ofMinutes(1), meters);

    @AfterAll
    static void stop() {
        mongo.close();
    }

    @Test
    void countsRequestsByStatusAndRegionAtEachRunNotAtEachScrape() {
        requests.submit(RequestAnswers.draft(Submissions.forRelative("a"), CREATED));
        requests.submit(RequestAnswers.draft(Submissions.forRelative("b"), CREATED));
        requests.submit(RequestAnswers.draft(Submissions.forRelative("c"), CREATED));
        database.getCollection("requests").updateOne(Filters.eq("number", "MOW-000002"), Updates.set("status", "DONE"));

        counts.run(RunningJobs.DIRECT_RUN);

        assertThat(gauge("SUBMITTED", "RU-MOW")).isEqualTo(2);
        assertThat(gauge("DONE", "RU-MOW")).isEqualTo(1);

        requests.submit(RequestAnswers.draft(Submissions.forRelative("d"), CREATED));
        assertThat(gauge("SUBMITTED", "RU-MOW")).as("until the next run").isEqualTo(2);
        counts.run(RunningJobs.DIRECT_RUN);
        assertThat(gauge("SUBMITTED", "RU-MOW")).isEqualTo(3);
    }

    @Test
    void everyInstanceCountsForItsOwnGauge() {
        assertThat(counts.name()).isEqualTo("request-counts");
        assertThat(counts.schedule().onceAcrossInstances()).isFalse();
        assertThat(counts.schedule().interval()).isEqualTo(Duration.ofMinutes(1));
    }

    private double gauge(String status, String region) {
        return meters.get("together.requests")
                .tag("status", status)
                .tag("region", region)
                .gauge()
                .value();
    }
}
