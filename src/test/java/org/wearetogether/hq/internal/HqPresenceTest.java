package org.wearetogether.hq.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.wearetogether.dialog.Person;
import org.wearetogether.testing.MongoFixtures;
import org.wearetogether.testing.RunningJobs;

class HqPresenceTest {

    private static final Instant T0 = Instant.parse("2026-11-25T10:00:00Z");
    private static final Person OLGA_IN_GROUP = new Person("telegram", "-100", "901", "Olga", null);

    private final MongoFixtures.InMemoryMongo mongo = MongoFixtures.inMemory();
    private final MongoHqChats chats = new MongoHqChats(mongo.database());
    private final RunningJobs running = new RunningJobs();
    private final HqWork work = new HqWork(java.util.List.of(), java.time.Duration.ofHours(1), running.jobs());
    private final HqPresence presence = new HqPresence(chats, work, new HqFakes.MovingClock(T0));

    @AfterEach
    void tearDown() {
        running.close();
        mongo.close();
    }

    @Test
    void removedFromAnHqChatMarksItDeadOnceAndAddedBackMarksItAliveAndSaysSo() {
        chats.bind(new HqChat("telegram:-100", "RU-MOW", "en"), "900", T0);

        assertThat(presence.membershipChanged(OLGA_IN_GROUP, "en", false)).isEmpty();
        assertThat(presence.membershipChanged(OLGA_IN_GROUP, "en", false)).isEmpty();
        assertThat(chats.byChat("telegram:-100").orElseThrow().alive()).isFalse();
        assertThat(chats.owed()).hasSize(1);

        assertThat(presence.membershipChanged(OLGA_IN_GROUP, "en", true))
                .singleElement()
                .asString()
                .contains("Back again");
        assertThat(chats.byChat("telegram:-100").orElseThrow().alive()).isTrue();
        assertThat(chats.notBackfilled())
                .as("its open requests are posted again")
                .hasSize(1);
    }

    @Test
    void groupsThatAreNoHqChatAreLeftAlone() {
        assertThat(presence.membershipChanged(OLGA_IN_GROUP, "en", true)).isEmpty();
        assertThat(presence.moved(OLGA_IN_GROUP, "telegram:-1000100")).isEmpty();
        assertThat(chats.all()).isEmpty();
    }

    @Test
    void aMovedHqChatTakesItsBindingAlongOnce() {
        chats.bind(new HqChat("telegram:-100", "RU-MOW", "en"), "900", T0);

        presence.moved(OLGA_IN_GROUP, "telegram:-1000100");
        presence.moved(OLGA_IN_GROUP, "telegram:-1000100");

        assertThat(chats.all()).singleElement().satisfies(c -> {
            assertThat(c.chatKey()).isEqualTo("telegram:-1000100");
            assertThat(c.region()).isEqualTo("RU-MOW");
        });
        assertThat(chats.owed()).hasSize(1);
    }
}
