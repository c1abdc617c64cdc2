package org.wearetogether.chat.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.wearetogether.chat.ChatSettings;
import org.wearetogether.dialog.Person;
import org.wearetogether.testing.MongoFixtures;

class MongoPeopleTest {

    private static final Instant NOW = Instant.parse("2026-11-25T10:00:00Z");

    private MongoFixtures.InMemoryMongo mongo;
    private MongoChats chats;
    private MongoPeople people;

    @BeforeEach
    void setUp() {
        mongo = MongoFixtures.inMemory();
        chats = new MongoChats(
                mongo.database(), new ChatSettings("8 800", 100, Duration.ofHours(1), Duration.ofSeconds(30)));
        people = new MongoPeople(mongo.database());
    }

    @AfterEach
    void tearDown() {
        mongo.close();
    }

    @Test
    void findsSomeoneWhoWroteInAPrivateChatByUsernameInAnyCase() {
        Person olga = new Person("telegram", "901", "901", "Olga", "Olga_K");
        chats.save(ChatRecord.fresh(olga.chatKey()).applied(1, olga, List.of(), NOW));

        assertThat(people.byUsername("@olga_k")).contains(olga);
        assertThat(people.byUsername("olga_K")).contains(olga);
        assertThat(people.byUsername("@olga")).isEmpty();
        assertThat(people.byUsername("@o.*")).isEmpty();
    }

    @Test
    void aGroupWhereTheyWroteLastDoesNotCount() {
        Person inGroup = new Person("telegram", "-100", "902", "Petr", "petr");
        chats.save(ChatRecord.fresh(inGroup.chatKey()).applied(1, inGroup, List.of(), NOW));

        assertThat(people.byUsername("@petr")).isEmpty();
    }
}
