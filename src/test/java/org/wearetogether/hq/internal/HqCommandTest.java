package org.wearetogether.hq.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.wearetogether.access.Audit;
import org.wearetogether.dialog.Person;
import org.wearetogether.dialog.Reply;
import org.wearetogether.regions.Region;
import org.wearetogether.testing.FixedRegions;
import org.wearetogether.testing.MongoFixtures;
import org.wearetogether.testing.RunningJobs;

class HqCommandTest {

    private static final Region SPB = new Region(
            "RU-SPE", "Санкт-Петербург", "Saint Petersburg", List.of(), java.time.ZoneId.of("Europe/Moscow"));
    private static final String GROUP = "-100";

    private final MongoFixtures.InMemoryMongo mongo = MongoFixtures.inMemory();
    private final MongoHqChats chats = new MongoHqChats(mongo.database());
    private final HqFakes.FixedRoles roles = new HqFakes.FixedRoles();
    private final List<Audit.Entry> audited = new ArrayList<>();
    private final RunningJobs running = new RunningJobs();
    private final HqWork work = new HqWork(java.util.List.of(), java.time.Duration.ofHours(1), running.jobs());
    private final HqCommand command = new HqCommand(
            roles,
            FixedRegions.of(FixedRegions.MOSCOW, SPB),
            chats,
            new Audit() {
                @Override
                public void record(Entry entry) {
                    audited.add(entry);
                }

                @Override
                public List<Entry> about(String subject, int limit) {
                    return List.of();
                }

                @Override
                public long pseudonymise(String id, String pseudonym) {
                    return 0; // no test of this fake forgets anyone
                }
            },
            work,
            new HqFakes.MovingClock(Instant.parse("2026-11-25T10:00:00Z")));

    @AfterEach
    void tearDown() {
        running.close();
        mongo.close();
    }

    @Test
    void aCoordinatorCannotTakeOverAChatOfAnotherRegionAndIsToldWhichItServes() {
        roles.coordinators.put("901", Set.of("RU-MOW"));
        roles.coordinators.put("902", Set.of("RU-SPE"));
        assertThat(run("901", "RU-MOW")).startsWith("Done");

        String answer = run("902", "RU-SPE");

        assertThat(answer).contains("Sorry").contains("Moscow (RU-MOW)").contains("Only an admin");
        assertThat(chats.byChat("telegram:" + GROUP).orElseThrow().region()).isEqualTo("RU-MOW");
    }

    @Test
    void aCoordinatorCannotTurnTheFederalChatIntoTheirRegionsChat() {
        roles.coordinators.put("901", Set.of("RU-MOW"));
        run("900", "ALL");

        assertThat(run("901", "RU-MOW")).contains("the whole country (federal)").contains("Only an admin");
        assertThat(chats.byChat("telegram:" + GROUP).orElseThrow().federal()).isTrue();
    }

    @Test
    void anAdminReBindsAndIsToldWhatTheChatServedBeforeAndItIsAudited() {
        run("900", "RU-MOW");

        String answer = run("900", "RU-SPE");

        assertThat(answer).contains("Saint Petersburg (RU-SPE)").contains("It was the chat of Moscow (RU-MOW)");
        assertThat(chats.byChat("telegram:" + GROUP).orElseThrow().region()).isEqualTo("RU-SPE");
        assertThat(audited).last().satisfies(e -> {
            assertThat(e.action()).isEqualTo("hq.rebind");
            assertThat(e.subject()).isEqualTo("RU-MOW -> RU-SPE");
        });
    }

    @Test
    void bindingTheSameRegionAgainIsNoReBinding() {
        roles.coordinators.put("901", Set.of("RU-MOW"));
        run("900", "RU-MOW");

        assertThat(run("901", "RU-MOW")).startsWith("Done").doesNotContain("It was");
        assertThat(audited).last().satisfies(e -> assertThat(e.action()).isEqualTo("hq.bind"));
    }

    private String run(String userId, String args) {
        Person person = new Person("telegram", GROUP, userId, "P" + userId, null);
        List<Reply> replies = command.run(person, "en", args);
        return ((Reply.Message) replies.get(0)).text();
    }
}
