package org.wearetogether.intake.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoDatabase;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Set;
import org.bson.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.wearetogether.intake.Actor;
import org.wearetogether.intake.RequestStatistics.SlaBreach;
import org.wearetogether.intake.RequestStatistics.Statistics;
import org.wearetogether.intake.RequestStatus;

class MongoRequestStatisticsTest {

    private static final InMemoryMongo mongo = new InMemoryMongo();
    private static final Instant T0 = Instant.parse("2026-11-25T10:00:00Z");
    private static final LocalDate DAY = LocalDate.of(2026, 11, 25);
    private static final Actor OLGA = new Actor(Actor.Role.COORDINATOR, "501", "Olga");

    private final MongoDatabase database = mongo.freshDatabase();
    private final MongoHelpRequests requests = new MongoHelpRequests(database);
    private final MongoRequestLifecycle lifecycle = new MongoRequestLifecycle(database, e -> {});
    private final MongoRequestStatistics statistics = new MongoRequestStatistics(
            database,
            StatisticsEvents.known(reason -> "нет свободных волонтёров".equals(reason) ? "novol" : null),
            Clock.fixed(T0.plus(Duration.ofDays(1)), ZoneOffset.UTC));

    @AfterAll
    static void stop() {
        mongo.close();
    }

    @Test
    void countsSubmissionsChangesTimesOutcomesReasonsAndRatingsOnTheirDays() {
        String done = submit("a", T0);
        lifecycle.take(done, OLGA, T0.plus(Duration.ofMinutes(12)));
        lifecycle.change(done, OLGA, RequestStatus.IN_PROGRESS, null, T0.plus(Duration.ofMinutes(20)));
        lifecycle.change(done, OLGA, RequestStatus.DONE, null, T0.plus(Duration.ofMinutes(200)));
        lifecycle.rate(done, "telegram:1001", 4, "спасибо, Мария Ивановна", T0.plus(Duration.ofMinutes(230)));
        String cannot = submit("b", T0);
        lifecycle.take(cannot, OLGA, T0.plus(Duration.ofMinutes(3)));
        lifecycle.change(
                cannot, OLGA, RequestStatus.CANNOT_FULFIL, "нет свободных волонтёров", T0.plus(Duration.ofHours(1)));
        String typed = submit("c", T0);
        lifecycle.change(
                typed,
                OLGA,
                RequestStatus.CANNOT_FULFIL,
                "Мария Ивановна уехала к дочери",
                T0.plus(Duration.ofHours(2)));
        submit("d", T0.plus(Duration.ofDays(1))); // the next day

        statistics.sweep(2, () -> false); // pages of two: the paging is exercised too

        Statistics first = statistics.of(Set.of("RU-MOW"), DAY, DAY);
        assertThat(first.submitted()).isEqualTo(3);
        assertThat(first.reached(RequestStatus.ACCEPTED)).isEqualTo(2);
        assertThat(first.reached(RequestStatus.DONE)).isEqualTo(1);
        assertThat(first.reached(RequestStatus.CANNOT_FULFIL)).isEqualTo(2);
        assertThat(first.timeToTake().count()).isEqualTo(2);
        assertThat(first.timeToTake().median()).isEqualTo(Duration.ofMinutes(3));
        assertThat(first.timeToTake().p90()).isEqualTo(Duration.ofMinutes(12));
        assertThat(first.timeToDone().count()).isEqualTo(1);
        assertThat(first.timeToDone().median().toMinutes()).isBetween(176L, 224L);
        assertThat(first.cannotFulfilReasons())
                .containsOnly(java.util.Map.entry("novol", 1L), java.util.Map.entry("other", 1L));
        assertThat(first.ratings().byStars()).containsOnly(java.util.Map.entry(4, 1L));
        assertThat(first.ratings().average()).isEqualTo(4.0);
        assertThat(first.days()).singleElement().satisfies(d -> {
            assertThat(d.day()).isEqualTo(DAY);
            assertThat(d.regionCode()).isEqualTo("RU-MOW");
            assertThat(d.submitted()).isEqualTo(3);
        });
        assertThat(statistics.of(Set.of(), DAY, DAY.plusDays(1)).submitted()).isEqualTo(4);
        assertThat(statistics.lastDays(Set.of(), 1).submitted()).isEqualTo(1);
        assertThat(statistics.of(Set.of("RU-SPE"), DAY, DAY.plusDays(1)).submitted())
                .isZero();
        assertThat(database.getCollection(MongoRequestStatistics.DAYS).find().into(new java.util.ArrayList<>()))
                .as("no typed words, names or phones in the counters")
                .allSatisfy(d -> assertThat(d.toJson()).doesNotContain("Мария", "уехала", "спасибо", "+7"));
    }

    @Test
    void aReplayedChangeIsNotCountedTwiceNorIsACrashBeforeTheMarkWasSaved() {
        String number = submit("a", T0);
        lifecycle.take(number, OLGA, T0.plus(Duration.ofMinutes(5)));
        statistics.sweep(500, () -> false);
        Statistics once = statistics.of(Set.of("RU-MOW"), DAY, DAY);

        statistics.sweep(500, () -> false); // looks back over the overlap: the same changes again
        database.getCollection(MongoRequestStatistics.MARKS).deleteMany(new Document()); // as if the mark was lost
        statistics.sweep(500, () -> false);
        statistics.count(StatisticsEvents.of(
                MongoRequestStatistics.facts(database.getCollection(MongoHelpRequests.COLLECTION)
                        .find(new Document("number", number))
                        .first()),
                r -> null));

        assertThat(statistics.of(Set.of("RU-MOW"), DAY, DAY)).isEqualTo(once);
        assertThat(once.submitted()).isEqualTo(1);
        assertThat(once.reached(RequestStatus.ACCEPTED)).isEqualTo(1);

        lifecycle.change(number, OLGA, RequestStatus.DONE, null, T0.plus(Duration.ofMinutes(50)));
        statistics.sweep(500, () -> false);
        assertThat(statistics.of(Set.of("RU-MOW"), DAY, DAY).reached(RequestStatus.DONE))
                .isEqualTo(1);
        assertThat(statistics.of(Set.of("RU-MOW"), DAY, DAY).reached(RequestStatus.ACCEPTED))
                .isEqualTo(1);
    }

    @Test
    void aRatingIsCountedOnceEvenWhenTheCommentRatesAgain() {
        String number = submit("a", T0);
        lifecycle.take(number, OLGA, T0.plus(Duration.ofMinutes(5)));
        lifecycle.change(number, OLGA, RequestStatus.DONE, null, T0.plus(Duration.ofMinutes(50)));
        statistics.sweep(500, () -> false);
        lifecycle.rate(number, "telegram:1001", 5, null, T0.plus(Duration.ofMinutes(60)));
        statistics.sweep(500, () -> false);
        lifecycle.rate(number, "telegram:1001", 5, "thank you", T0.plus(Duration.ofMinutes(61)));
        statistics.sweep(500, () -> false);

        assertThat(statistics.of(Set.of(), DAY, DAY).ratings().count()).isEqualTo(1);
    }

    @Test
    void anSlaBreachReportedTwiceIsCountedOnce() {
        statistics.slaBreached("MOW-000001", "RU-MOW", SlaBreach.ESCALATED, T0);
        statistics.slaBreached("MOW-000001", "RU-MOW", SlaBreach.ESCALATED, T0);
        statistics.slaBreached("MOW-000001", "RU-MOW", SlaBreach.REANNOUNCED, T0.minusSeconds(600));

        Statistics day = statistics.of(Set.of("RU-MOW"), DAY, DAY);
        assertThat(day.slaBreaches())
                .containsOnly(
                        java.util.Map.entry(SlaBreach.ESCALATED, 1L), java.util.Map.entry(SlaBreach.REANNOUNCED, 1L));
        assertThat(day.days()).as("an SLA event alone is not a day of requests").isEmpty();
    }

    @Test
    void daysPastTheirKeepingAreDeletedInBatches() {
        statistics.slaBreached("MOW-000001", "RU-MOW", SlaBreach.ESCALATED, T0);
        statistics.slaBreached("MOW-000002", "RU-MOW", SlaBreach.ESCALATED, T0.plus(Duration.ofDays(3)));

        assertThat(statistics.deleteDaysBefore(DAY.plusDays(1), 10))
                .as("the region's day and the campaign's")
                .isEqualTo(2);
        assertThat(statistics.of(Set.of(), DAY, DAY.plusDays(5)).slaBreaches())
                .containsOnly(java.util.Map.entry(SlaBreach.ESCALATED, 1L));
    }

    private String submit(String conversationId, Instant at) {
        return requests.submit(RequestAnswers.draft(Submissions.forRelative(conversationId), at))
                .request()
                .number();
    }
}
