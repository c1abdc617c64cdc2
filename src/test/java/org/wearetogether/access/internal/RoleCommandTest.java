package org.wearetogether.access.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.wearetogether.access.AccessSettings;
import org.wearetogether.access.CoordinatorRemoved;
import org.wearetogether.dialog.Person;
import org.wearetogether.dialog.Reply;
import org.wearetogether.regions.Region;
import org.wearetogether.regions.RegionCatalogue;
import org.wearetogether.testing.MongoFixtures;

class RoleCommandTest {

    private static final Person ADMIN = new Person("telegram", "900", "900", "Admin", "boss");
    private static final Person OLGA = new Person("telegram", "901", "901", "Olga", "olga_k");
    private static final Region MOSCOW =
            new Region("RU-MOW", "Москва", "Moscow", List.of(), ZoneId.of("Europe/Moscow"));

    private MongoFixtures.InMemoryMongo mongo;
    private MongoRoles roles;
    private MongoAudit audit;
    private RoleCommand coordinator;
    private RoleCommand operator;
    private final List<Object> events = new java.util.ArrayList<>();

    @BeforeEach
    void setUp() {
        mongo = MongoFixtures.inMemory();
        roles = new MongoRoles(mongo.database(), new AccessSettings(List.of("900")));
        audit = new MongoAudit(mongo.database());
        RegionCatalogue regions = new RegionCatalogue() {
            @Override
            public List<Region> all() {
                return List.of(MOSCOW);
            }

            @Override
            public Optional<Region> byCode(String code) {
                return MOSCOW.code().equals(code) ? Optional.of(MOSCOW) : Optional.empty();
            }

            @Override
            public RegionMatch match(String typed) {
                return new RegionMatch(Optional.empty(), List.of());
            }
        };
        var people = (org.wearetogether.chat.People)
                name -> name.equalsIgnoreCase("@olga_k") ? Optional.of(OLGA) : Optional.empty();
        Clock clock = Clock.fixed(Instant.parse("2026-11-25T10:00:00Z"), ZoneOffset.UTC);
        coordinator =
                new RoleCommand(RoleCommand.COORDINATOR, roles, roles, people, regions, audit, clock, events::add);
        operator = new RoleCommand(RoleCommand.OPERATOR, roles, roles, people, regions, audit, clock, events::add);
    }

    @AfterEach
    void tearDown() {
        mongo.close();
    }

    @Test
    void anAdminMakesACoordinatorByUsernameAndItIsAudited() {
        assertThat(say(coordinator, ADMIN, "@olga_k ru-mow")).contains("now coordinates RU-MOW");
        assertThat(roles.coordinatedRegions("901")).containsExactly("RU-MOW");
        assertThat(roles.mayCoordinate("901", "RU-MOW")).isTrue();
        assertThat(roles.mayCoordinate("901", "RU-SPE")).isFalse();
        assertThat(audit.about("901", 10)).singleElement().satisfies(e -> {
            assertThat(e.actorId()).isEqualTo("900");
            assertThat(e.action()).isEqualTo("coordinator.add");
            assertThat(e.details()).isEqualTo("RU-MOW");
        });
    }

    @Test
    void removingTwiceChangesNothingTheSecondTime() {
        say(coordinator, ADMIN, "901 RU-MOW");
        assertThat(say(coordinator, ADMIN, "remove 901 RU-MOW")).contains("no longer coordinates");
        assertThat(say(coordinator, ADMIN, "remove 901")).contains("Nothing changed");
        assertThat(roles.coordinatedRegions("901")).isEmpty();
    }

    @Test
    void removingACoordinatorTellsTheOtherModulesWhichRegionsTheyLost() {
        say(coordinator, ADMIN, "901 RU-MOW");
        roles.addCoordinator("901", "RU-SPE");
        events.clear();

        say(coordinator, ADMIN, "remove 901");

        assertThat(events).singleElement().isInstanceOfSatisfying(CoordinatorRemoved.class, e -> {
            assertThat(e.userId()).isEqualTo("901");
            assertThat(e.regions()).containsExactlyInAnyOrder("RU-MOW", "RU-SPE");
            assertThat(e.removedBy().userId()).isEqualTo("900");
        });
        events.clear();
        say(coordinator, ADMIN, "remove 901");
        assertThat(events).as("nothing was removed the second time").isEmpty();
    }

    @Test
    void removingOneRegionNamesOnlyThatRegion() {
        say(coordinator, ADMIN, "901 RU-MOW");
        roles.addCoordinator("901", "RU-SPE");
        events.clear();

        say(coordinator, ADMIN, "remove 901 RU-MOW");

        assertThat(events)
                .singleElement()
                .isInstanceOfSatisfying(
                        CoordinatorRemoved.class, e -> assertThat(e.regions()).containsExactly("RU-MOW"));
        assertThat(roles.coordinatedRegions("901")).containsExactly("RU-SPE");
    }

    @Test
    void refusesNonAdminsUnknownRegionsAndUnknownPeople() {
        assertThat(say(coordinator, OLGA, "901 RU-MOW")).contains("admins only");
        assertThat(say(coordinator, ADMIN, "901 RU-XXX")).contains("no region with the code RU-XXX");
        assertThat(say(coordinator, ADMIN, "@nobody RU-MOW")).contains("do not know @nobody");
        assertThat(say(coordinator, ADMIN, "")).contains("Please write");
        assertThat(roles.coordinatedRegions("901")).isEmpty();
        assertThat(audit.about("901", 10)).isEmpty();
    }

    @Test
    void operatorsAreAddedAndRemoved() {
        assertThat(say(operator, ADMIN, "902")).contains("hotline operator");
        assertThat(roles.isOperator("902")).isTrue();
        assertThat(say(operator, ADMIN, "902")).contains("Nothing changed");
        assertThat(say(operator, ADMIN, "remove 902")).contains("no longer an operator");
        assertThat(roles.isOperator("902")).isFalse();
    }

    private static String say(RoleCommand command, Person person, String args) {
        List<Reply> replies = command.run(person, "en", args);
        return ((Reply.Message) replies.get(0)).text();
    }
}
