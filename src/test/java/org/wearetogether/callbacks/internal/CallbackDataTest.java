package org.wearetogether.callbacks.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.wearetogether.callbacks.internal.Callback.Card;
import org.wearetogether.callbacks.internal.Callback.Outcome;
import org.wearetogether.chat.DataExport;
import org.wearetogether.dialog.Person;
import org.wearetogether.testing.MongoFixtures;

/** What /privacy and /mydata do with a person's callbacks. */
class CallbackDataTest {

    static final Person ANNA = new Person("telegram", "1", "1", "Anna", null);
    final MongoFixtures.InMemoryMongo mongo = MongoFixtures.inMemory();
    final MongoCallbacks store = new MongoCallbacks(mongo.database());
    final CallbackLifecycle lifecycle = new CallbackLifecycle(CallbackLifecycleTest.SETTINGS);
    final AtomicInteger nudges = new AtomicInteger();
    final CallbackData data = new CallbackData(
            store, lifecycle, nudges::incrementAndGet, Clock.fixed(CallbackLifecycleTest.T, ZoneOffset.UTC));

    @AfterEach
    void close() {
        mongo.close();
    }

    @Test
    void theExportShowsTheOpenCallbackWithItsPhone() {
        store.insert(CallbackLifecycleTest.fresh(lifecycle));
        DataExport.Section section = data.export(ANNA, "en").orElseThrow();
        assertThat(section.key()).isEqualTo("callbacks");
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> asked =
                (List<Map<String, Object>>) ((Map<String, Object>) section.data()).get("asked");
        assertThat(asked).singleElement().satisfies(c -> {
            assertThat(c).containsEntry("phone", "+79161234567").containsEntry("state", "waiting");
        });
        assertThat(data.export(new Person("telegram", "2", "2", "Ivan", null), "en"))
                .isEmpty();
    }

    @Test
    void forgettingClosesTheOpenCallbackDropsThePhoneAndTheIdsAndCleansItsCards() {
        Callback c = store.insert(CallbackLifecycleTest.fresh(lifecycle))
                .orElseThrow()
                .callback();
        store.cardPosted(c.id(), new Card("telegram:4004", "7", "ru"));

        data.forget(ANNA);

        Callback erased = store.byId(c.id()).orElseThrow();
        assertThat(erased.outcome()).isEqualTo(Outcome.ERASED);
        assertThat(erased.phone()).isNull();
        assertThat(erased.firstName()).isNull();
        assertThat(erased.chatKey()).isNull();
        assertThat(erased.userId()).isNull();
        assertThat(erased.clean()).isTrue();
        assertThat(nudges).hasValue(1);
        assertThat(store.openOf(ANNA.chatKey())).isEmpty();
        assertThat(data.export(ANNA, "en")).isEmpty();
        data.forget(ANNA); // idempotent
        assertThat(store.byId(c.id()).orElseThrow().version()).isEqualTo(erased.version());
    }
}
