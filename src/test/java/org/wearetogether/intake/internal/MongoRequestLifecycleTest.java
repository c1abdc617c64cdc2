package org.wearetogether.intake.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoDatabase;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.wearetogether.intake.Actor;
import org.wearetogether.intake.RequestLifecycle;
import org.wearetogether.intake.RequestLifecycle.Changed;
import org.wearetogether.intake.RequestLifecycle.HeldByAnother;
import org.wearetogether.intake.RequestLifecycle.NotAllowed;
import org.wearetogether.intake.RequestLifecycle.NotFound;
import org.wearetogether.intake.RequestStatus;
import org.wearetogether.intake.RequestStatusChanged;

class MongoRequestLifecycleTest {

    private static final InMemoryMongo mongo = new InMemoryMongo();
    private static final Instant T0 = Instant.parse("2026-11-25T10:00:00Z");
    private static final Actor OLGA = new Actor(Actor.Role.COORDINATOR, "501", "Olga");
    private static final Actor PETR = new Actor(Actor.Role.COORDINATOR, "502", "Petr");
    private static final Actor ANNA = new Actor(Actor.Role.REQUESTER, "telegram:1001", "Anna");

    private final MongoDatabase database = mongo.freshDatabase();
    private final MongoHelpRequests requests = new MongoHelpRequests(database);
    private final List<RequestStatusChanged> events = new ArrayList<>();
    private final MongoRequestLifecycle lifecycle =
            new MongoRequestLifecycle(database, e -> events.add((RequestStatusChanged) e));

    @AfterAll
    static void stop() {
        mongo.close();
    }

    @Test
    void ofTwoCoordinatorsTakingAtOnceExactlyOneWinsAndTheOtherLearnsWhoHasIt() throws Exception {
        submit("a1");
        for (int round = 0; round < 20; round++) {
            String number = submit("r" + round);
            List<RequestLifecycle.Outcome> outcomes = takeConcurrently(number, OLGA, PETR);

            assertThat(outcomes).filteredOn(o -> o instanceof Changed).hasSize(1);
            HeldByAnother loser = (HeldByAnother) outcomes.stream()
                    .filter(o -> o instanceof HeldByAnother)
                    .findFirst()
                    .orElseThrow();
            Changed winner = (Changed) outcomes.stream()
                    .filter(o -> o instanceof Changed)
                    .findFirst()
                    .orElseThrow();
            assertThat(loser.holder()).isEqualTo(winner.request().holder());
            assertThat(lifecycle.history(number)).hasSize(1);
        }
    }

    @Test
    void takingRecordsTheHolderTheStatusAndTheHistoryAndPublishesTheChange() {
        String number = submit("a1");

        Changed taken = (Changed) lifecycle.take(number, OLGA, T0);

        assertThat(taken.request().status()).isEqualTo(RequestStatus.ACCEPTED);
        assertThat(taken.request().holder()).isEqualTo(OLGA);
        assertThat(lifecycle.history(number)).singleElement().satisfies(c -> {
            assertThat(c.seq()).isEqualTo(1);
            assertThat(c.from()).isEqualTo(RequestStatus.SUBMITTED);
            assertThat(c.to()).isEqualTo(RequestStatus.ACCEPTED);
            assertThat(c.actor()).isEqualTo(OLGA);
            assertThat(c.at()).isEqualTo(T0);
        });
        assertThat(events)
                .singleElement()
                .satisfies(e -> assertThat(e.change().seq()).isEqualTo(1));
    }

    @Test
    void onlyTheHolderMovesATakenRequestOn() {
        String number = submit("a1");
        lifecycle.take(number, OLGA, T0);

        assertThat(lifecycle.change(number, PETR, RequestStatus.DONE, null, T0)).isInstanceOf(HeldByAnother.class);
        assertThat(lifecycle.change(number, OLGA, RequestStatus.IN_PROGRESS, null, T0))
                .isInstanceOf(Changed.class);
        assertThat(lifecycle.change(number, OLGA, RequestStatus.DONE, null, T0)).isInstanceOf(Changed.class);
        assertThat(lifecycle.change(number, OLGA, RequestStatus.IN_PROGRESS, null, T0))
                .isEqualTo(new NotAllowed(RequestStatus.DONE));
        assertThat(lifecycle.history(number))
                .extracting(c -> c.to())
                .containsExactly(RequestStatus.ACCEPTED, RequestStatus.IN_PROGRESS, RequestStatus.DONE);
    }

    @Test
    void returningToTheQueueClearsTheHolderSoAnotherCoordinatorCanTakeIt() {
        String number = submit("a1");
        lifecycle.take(number, OLGA, T0);

        Changed returned = (Changed) lifecycle.change(number, OLGA, RequestStatus.SUBMITTED, "on leave", T0);

        assertThat(returned.request().holder()).isNull();
        assertThat(lifecycle.take(number, PETR, T0)).isInstanceOf(Changed.class);
    }

    @Test
    void theRequesterMayCancelTheirOwnRequestAndNothingElse() {
        String number = submit("a1");
        Actor stranger = new Actor(Actor.Role.REQUESTER, "telegram:9", "X");

        assertThat(lifecycle.change(number, ANNA, RequestStatus.DONE, null, T0)).isInstanceOf(NotAllowed.class);
        assertThat(lifecycle.change(number, stranger, RequestStatus.CANCELLED, null, T0))
                .isInstanceOf(NotAllowed.class);
        assertThat(lifecycle.change(number, ANNA, RequestStatus.CANCELLED, "no longer needed", T0))
                .isInstanceOf(Changed.class);
        assertThat(requests.byNumber(number).orElseThrow().statusReason()).isEqualTo("no longer needed");
    }

    @Test
    void unknownNumbersAreNotFound() {
        assertThat(lifecycle.take("MOW-999999", OLGA, T0)).isInstanceOf(NotFound.class);
        assertThat(lifecycle.change("MOW-999999", OLGA, RequestStatus.DONE, null, T0))
                .isInstanceOf(NotFound.class);
    }

    @Test
    void onlyTheRequesterRatesADoneRequest() {
        String number = submit("a1");
        assertThat(lifecycle.rate(number, "telegram:1001", 5, "thank you", T0)).isFalse();
        lifecycle.take(number, OLGA, T0);
        lifecycle.change(number, OLGA, RequestStatus.DONE, null, T0);

        assertThat(lifecycle.rate(number, "telegram:9", 5, null, T0)).isFalse();
        assertThat(lifecycle.rate(number, "telegram:1001", 6, null, T0)).isFalse();
        assertThat(lifecycle.rate(number, "telegram:1001", 5, "thank you", T0)).isTrue();
    }

    @Test
    void theRegionQueueFiltersByStatusAndTheForwardingMarkIsKept() {
        String first = submit("a1");
        String second = submit("a2");
        lifecycle.take(second, OLGA, T0);

        var submitted = lifecycle.inRegion(
                "RU-MOW", new RequestLifecycle.Query(Set.of(RequestStatus.SUBMITTED), null, null, 0, 50));
        assertThat(submitted).extracting(r -> r.number()).containsExactly(first);
        assertThat(lifecycle.inRegion("RU-SPE", new RequestLifecycle.Query(Set.of(), null, null, 0, 50)))
                .isEmpty();

        assertThat(lifecycle.unforwarded(10)).extracting(r -> r.number()).containsExactly(first, second);
        lifecycle.markForwarded(first, T0);
        lifecycle.markForwarded(first, T0);
        assertThat(lifecycle.unforwarded(10)).extracting(r -> r.number()).containsExactly(second);
    }

    @Test
    void aThousandRequestsNoChatCanTakeDoNotHoldBackOneThatCanBeRouted() {
        for (int i = 0; i < 1000; i++) {
            submitIn("spb-" + i, "RU-SPE", T0.plusMillis(i));
        }
        String moscow = submitIn("mow", "RU-MOW", T0.plusSeconds(60));

        assertThat(lifecycle.unforwarded(200))
                .as("the 200 oldest are all from the region without a chat")
                .noneMatch(r -> r.number().equals(moscow));
        assertThat(lifecycle.unforwardedIn(Set.of("RU-MOW"), 200))
                .extracting(r -> r.number())
                .containsExactly(moscow);
        assertThat(lifecycle.unforwardedIn(Set.of(), 200)).isEmpty();

        lifecycle.markForwarded(moscow, T0.plusSeconds(61));
        assertThat(lifecycle.unforwardedIn(Set.of("RU-MOW", "RU-KDA"), 200)).isEmpty();
    }

    @Test
    void waitingByRegionCountsUntakenAndUnforwardedRequestsPerRegion() {
        String a = submitIn("a", "RU-MOW", T0);
        submitIn("b", "RU-MOW", T0);
        String c = submitIn("c", "RU-SPE", T0);
        String d = submitIn("d", "RU-KDA", T0);
        lifecycle.markForwarded(a, T0);
        lifecycle.markForwarded(c, T0);
        lifecycle.take(c, OLGA, T0);
        lifecycle.markForwarded(d, T0);
        lifecycle.take(d, OLGA, T0);

        assertThat(lifecycle.waitingByRegion())
                .containsOnly(org.assertj.core.api.Assertions.entry("RU-MOW", new RequestLifecycle.Waiting(2, 1)))
                .doesNotContainKeys("RU-SPE", "RU-KDA");
    }

    private String submitIn(String conversationId, String region, Instant at) {
        return requests.submit(RequestAnswers.draft(Submissions.forMe(conversationId, region), at))
                .request()
                .number();
    }

    private String submit(String conversationId) {
        return requests.submit(RequestAnswers.draft(Submissions.forRelative(conversationId), T0))
                .request()
                .number();
    }

    private List<RequestLifecycle.Outcome> takeConcurrently(String number, Actor... actors) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(actors.length);
        try {
            CountDownLatch go = new CountDownLatch(1);
            List<Future<RequestLifecycle.Outcome>> futures = new ArrayList<>();
            for (Actor actor : actors) {
                futures.add(pool.submit(() -> {
                    go.await();
                    return lifecycle.take(number, actor, T0);
                }));
            }
            go.countDown();
            List<RequestLifecycle.Outcome> outcomes = new ArrayList<>();
            for (Future<RequestLifecycle.Outcome> f : futures) {
                outcomes.add(f.get());
            }
            return outcomes;
        } finally {
            pool.shutdownNow();
        }
    }
}
