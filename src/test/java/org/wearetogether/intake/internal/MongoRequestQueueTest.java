package org.wearetogether.intake.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoDatabase;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.wearetogether.intake.Actor;
import org.wearetogether.intake.HelpRequest;
import org.wearetogether.intake.RequestQueue;
import org.wearetogether.intake.RequestStatus;

/** The board's query: open requests only, every filter, oldest first, and no personal data. */
class MongoRequestQueueTest {

    private static final InMemoryMongo mongo = new InMemoryMongo();
    private static final Instant T0 = Instant.parse("2026-12-08T08:00:00Z");
    private static final Actor OLGA = new Actor(Actor.Role.COORDINATOR, "901", "Olga");

    private final MongoDatabase database = mongo.freshDatabase();
    private final MongoHelpRequests requests = new MongoHelpRequests(database);
    private final List<Object> published = new ArrayList<>();
    private final MongoRequestLifecycle lifecycle = new MongoRequestLifecycle(database, published::add);
    private final MongoRequestQueue queue = new MongoRequestQueue(database);

    @Test
    void openRequestsOfTheRegionsAskedForOldestFirstWithTheCardsFieldsOnly() {
        String older = file("RU-MOW", "today", List.of("groceries"), T0);
        String newer = file("RU-MOW", "this_week", List.of("medicines", "transport"), T0.plusSeconds(600));
        String spb = file("RU-SPE", "today", List.of("groceries"), T0.plusSeconds(60));
        String done = file("RU-MOW", "today", List.of("groceries"), T0.plusSeconds(30));
        lifecycle.take(done, OLGA, T0.plusSeconds(700));
        lifecycle.change(done, OLGA, RequestStatus.DONE, null, T0.plusSeconds(800));
        lifecycle.take(newer, OLGA, T0.plusSeconds(900));

        List<RequestQueue.QueuedRequest> moscow = queue.open(filter(Set.of("RU-MOW")));
        assertThat(moscow).extracting(RequestQueue.QueuedRequest::number).containsExactly(older, newer);
        RequestQueue.QueuedRequest taken = moscow.get(1);
        assertThat(taken.status()).isEqualTo(RequestStatus.ACCEPTED);
        assertThat(taken.holder()).isEqualTo(OLGA);
        assertThat(taken.needs()).containsExactly("medicines", "transport");
        assertThat(taken.ageGroup()).isEqualTo("age_65_plus");
        assertThat(taken.updatedAt()).isEqualTo(T0.plusSeconds(900));
        assertThat(moscow.toString())
                .doesNotContain("Maria")
                .doesNotContain("+7916")
                .doesNotContain("Tverskaya");

        assertThat(queue.open(filter(Set.of())))
                .extracting(RequestQueue.QueuedRequest::number)
                .containsExactly(older, spb, newer);
    }

    @Test
    void everyFilter() {
        String older = file("RU-MOW", "today", List.of("groceries"), T0);
        String newer = file("RU-MOW", "this_week", List.of("medicines"), T0.plusSeconds(3600));
        lifecycle.take(newer, OLGA, T0.plusSeconds(4000));
        var all = filter(Set.of("RU-MOW"));

        assertThat(numbers(with(all, Set.of(RequestStatus.SUBMITTED), null, null, null, null, null)))
                .containsExactly(older);
        assertThat(numbers(with(all, Set.of(), "this_week", null, null, null, null)))
                .containsExactly(newer);
        assertThat(numbers(with(all, Set.of(), null, "groceries", null, null, null)))
                .containsExactly(older);
        assertThat(numbers(with(all, Set.of(), null, null, T0.plusSeconds(1), null, null)))
                .containsExactly(older);
        assertThat(numbers(with(all, Set.of(), null, null, null, "901", null))).containsExactly(newer);
        assertThat(numbers(with(all, Set.of(), null, null, null, null, newer.toLowerCase())))
                .containsExactly(newer);
        assertThat(numbers(with(filter(Set.of("RU-SPE")), Set.of(), null, null, null, null, newer)))
                .as("a number of another region is not found")
                .isEmpty();
        assertThat(numbers(with(all, Set.of(RequestStatus.DONE), null, null, null, null, null)))
                .as("closed statuses are not the board's")
                .isEmpty();
    }

    /**
     * The board's in-memory view: the same answers as the store, kept current by this instance's events (filed, taken,
     * done) without reading the store again, and a refresh never undoes a change it did not see.
     */
    @Test
    void theViewAnswersAsTheStoreAndFollowsTheEvents() {
        MutableClock clock = new MutableClock(T0);
        OpenRequestsView view = new OpenRequestsView(clock);
        List<Object> events = new ArrayList<>();
        MongoRequestLifecycle changing = new MongoRequestLifecycle(database, e -> {
            events.add(e);
            if (e instanceof org.wearetogether.intake.RequestStatusChanged changed) {
                view.on(changed);
            }
        });
        MongoRequestQueue viewed = new MongoRequestQueue(database, view);
        String older = file("RU-MOW", "today", List.of("groceries"), T0);
        String spb = file("RU-SPE", "today", List.of("groceries"), T0.plusSeconds(60));
        assertThat(viewed.open(filter(Set.of()))).isEqualTo(queue.open(filter(Set.of())));

        String newer = file("RU-MOW", "this_week", List.of("medicines"), T0.plusSeconds(600));
        view.on(new org.wearetogether.intake.HelpRequestSubmitted(
                newer, "RU-MOW", "this_week", List.of("medicines"), T0.plusSeconds(600)));
        changing.take(newer, OLGA, T0.plusSeconds(900));
        changing.take(older, OLGA, T0.plusSeconds(901));
        changing.change(older, OLGA, RequestStatus.DONE, null, T0.plusSeconds(902));
        assertThat(viewed.open(filter(Set.of("RU-MOW")))).isEqualTo(queue.open(filter(Set.of("RU-MOW"))));
        assertThat(viewed.open(filter(Set.of())))
                .extracting(RequestQueue.QueuedRequest::number)
                .containsExactly(spb, newer);
        assertThat(viewed.open(with(filter(Set.of()), Set.of(), null, null, null, "901", null)))
                .extracting(RequestQueue.QueuedRequest::number)
                .containsExactly(newer);

        // a change made by another instance (no event here) shows after the refresh
        lifecycle.take(spb, OLGA, T0.plusSeconds(1000));
        clock.now = T0.plus(OpenRequestsView.REFRESH).plusSeconds(1000);
        viewed.open(filter(Set.of())); // starts the refresh in the background
        Instant until = Instant.now().plusSeconds(10);
        while (viewed.open(filter(Set.of("RU-SPE"))).getFirst().status() != RequestStatus.ACCEPTED
                && Instant.now().isBefore(until)) {
            Thread.onSpinWait();
        }
        assertThat(viewed.open(filter(Set.of()))).isEqualTo(queue.open(filter(Set.of())));
        view.close();
    }

    private static final class MutableClock extends java.time.Clock {
        volatile Instant now;

        MutableClock(Instant now) {
            this.now = now;
        }

        @Override
        public java.time.ZoneId getZone() {
            return java.time.ZoneOffset.UTC;
        }

        @Override
        public java.time.Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    private static RequestQueue.Filter filter(Set<String> regions) {
        return new RequestQueue.Filter(regions, Set.of(), null, null, null, null, null, 100);
    }

    private static RequestQueue.Filter with(
            RequestQueue.Filter f,
            Set<RequestStatus> statuses,
            String urgency,
            String need,
            Instant before,
            String holder,
            String number) {
        return new RequestQueue.Filter(f.regions(), statuses, urgency, need, before, holder, number, f.limit());
    }

    private List<String> numbers(RequestQueue.Filter filter) {
        return queue.open(filter).stream()
                .map(RequestQueue.QueuedRequest::number)
                .toList();
    }

    private String file(String region, String urgency, List<String> needs, Instant at) {
        return requests.submit(new HelpRequest(
                        null,
                        RequestStatus.SUBMITTED,
                        null,
                        null,
                        region,
                        HelpRequest.ForWhom.RELATIVE,
                        new HelpRequest.Requester("telegram:1001", "1001", "Anna", "+79161234567", "en"),
                        new HelpRequest.Beneficiary("Maria Ivanovna", "age_65_plus", "+79160000001"),
                        new HelpRequest.Address("Moscow, Tverskaya 1", null, null),
                        needs,
                        urgency,
                        "door code 12",
                        new HelpRequest.Consent("2026-12-07", at, false),
                        Map.of(),
                        new HelpRequest.Source("telegram", "conv-" + UUID.randomUUID(), "request_help", 1, null),
                        at,
                        at,
                        0))
                .request()
                .number();
    }
}
