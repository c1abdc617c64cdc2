package org.wearetogether.callbacks.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.wearetogether.callbacks.internal.Callback.Card;
import org.wearetogether.callbacks.internal.Callback.Outcome;
import org.wearetogether.callbacks.internal.CallbackLifecycle.Press;
import org.wearetogether.testing.MongoFixtures;

class MongoCallbacksTest {

    static final Instant T = CallbackLifecycleTest.T;
    final MongoFixtures.InMemoryMongo mongo = MongoFixtures.inMemory();
    final MongoCallbacks store = new MongoCallbacks(mongo.database());
    final CallbackLifecycle lifecycle = new CallbackLifecycle(CallbackLifecycleTest.SETTINGS);

    @AfterEach
    void close() {
        mongo.close();
    }

    @Test
    void ofTwoOperatorsPressingAtOnceExactlyOneWins() throws Exception {
        Callback stored = store.insert(CallbackLifecycleTest.fresh(lifecycle))
                .orElseThrow()
                .callback();
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Future<Boolean> olga = pool.submit(() -> press(start, stored, Press.CALLED, "4004"));
            Future<Boolean> ivan = pool.submit(() -> press(start, stored, Press.NO_ANSWER, "4005"));
            start.countDown();
            assertThat(olga.get() ^ ivan.get()).isTrue();
        } finally {
            pool.shutdownNow();
        }
        Callback after = store.byId("CB-1").orElseThrow();
        assertThat(after.version()).isEqualTo(1);
        assertThat(after.outcome() == Outcome.CALLED ? "4004" : String.valueOf(after.noAnswers()))
                .isIn("4004", "1");
    }

    private boolean press(CountDownLatch start, Callback read, Press press, String by) throws InterruptedException {
        start.await();
        return store.write(read, lifecycle.pressed(read, press, by, by, T).orElseThrow())
                .isPresent();
    }

    @Test
    void aPersonHasOneOpenCallbackAndTheSameConversationStoresOne() {
        Callback first = CallbackLifecycleTest.fresh(lifecycle);
        assertThat(store.insert(first).orElseThrow().created()).isTrue();
        assertThat(store.insert(first).orElseThrow().created()).isFalse();
        Callback second = lifecycle.created("CB-2", "telegram:1", "1", "Anna", "en", "+79160000000", "RU-MOW", T);
        assertThat(store.insert(second)).isEmpty();

        Callback closed =
                lifecycle.pressed(first, Press.CALLED, "4004", "Olga", T).orElseThrow();
        store.write(first, closed).orElseThrow();
        assertThat(store.openOf("telegram:1")).isEmpty();
        assertThat(store.insert(second).orElseThrow().created()).isTrue();
        assertThat(store.openOf("telegram:1").orElseThrow().id()).isEqualTo("CB-2");
    }

    @Test
    void theSlaDueTimeIsStoredAndFoundWhenDue() {
        store.insert(CallbackLifecycleTest.fresh(lifecycle));
        assertThat(store.due(T.plus(Duration.ofMinutes(29)), 10)).isEmpty();
        assertThat(store.due(T.plus(Duration.ofMinutes(30)), 10))
                .extracting(Callback::id)
                .containsExactly("CB-1");
    }

    @Test
    void cardsStayListedUntilCleanedAndAClosedCallbackIsDeletedOnlyAfterItsRetention() {
        Callback c = store.insert(CallbackLifecycleTest.fresh(lifecycle))
                .orElseThrow()
                .callback();
        Card card = new Card("telegram:4004", "77", "ru");
        store.cardPosted(c.id(), card);
        Callback closed = store.write(
                        c, lifecycle.pressed(c, Press.CALLED, "4004", "Olga", T).orElseThrow())
                .orElseThrow();
        assertThat(store.toClean(10)).extracting(Callback::id).containsExactly("CB-1");
        assertThat(store.deleteClosedBefore(T.plus(Duration.ofDays(31)), 10)).isZero(); // card not cleaned yet
        store.cleaned(closed.id(), card);
        assertThat(store.toClean(10)).isEmpty();
        assertThat(store.deleteClosedBefore(T.minusSeconds(1), 10)).isZero(); // closed after the cut-off
        assertThat(store.deleteClosedBefore(T.plusSeconds(1), 10)).isEqualTo(1);
    }
}
