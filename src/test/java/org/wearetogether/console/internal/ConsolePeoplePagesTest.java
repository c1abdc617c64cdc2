package org.wearetogether.console.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.ui.ExtendedModelMap;
import org.springframework.web.server.ResponseStatusException;
import org.wearetogether.broadcasts.BroadcastDesk;
import org.wearetogether.dialog.Person;
import org.wearetogether.regions.Region;
import org.wearetogether.testing.FixedRegions;
import org.wearetogether.volunteers.Volunteer;
import org.wearetogether.volunteers.VolunteerDesk;
import org.wearetogether.volunteers.VolunteerStatus;

/**
 * The permission rules of the volunteers and broadcasts pages: coordinators see and change only their regions
 * (403 for another's, on direct URLs too), admins every region, operators neither page; a broadcast not theirs is
 * 404; a refused start is 403. The desks' own rules are tested with them (CoordinatorsDeskTest,
 * ConsoleBroadcastsTest); these are the pages' answers on top.
 */
class ConsolePeoplePagesTest {

    private static final Region SPB =
            new Region("RU-SPE", "Санкт-Петербург", "Saint Petersburg", List.of(), ZoneId.of("Europe/Moscow"));
    private static final Staff OLGA = new Staff("901", "Olga", "en", false, Set.of("RU-MOW"), false);
    private static final Staff ADMIN = new Staff("900", "Ivan", "en", true, Set.of(), false);
    private static final Staff OPERATOR = new Staff("903", "Nina", "en", false, Set.of(), true);

    private final RecordingDesk volunteerDesk = new RecordingDesk();
    private final FakeBroadcasts broadcasts = new FakeBroadcasts();
    private final VolunteersController volunteers = new VolunteersController(
            new VolunteersQuery(
                    volunteerDesk,
                    ids -> Map.of("2001", 2),
                    (step, id, language) -> "own_car".equals(id) ? "Own car" : id,
                    FixedRegions.of(FixedRegions.MOSCOW, SPB)),
            broadcasts);
    private final BroadcastsController broadcastsPage = new BroadcastsController(broadcasts);

    @Test
    void aCoordinatorSeesTheirRegionWithSkillNamesAndOpenTasksAndNoPhone() {
        ExtendedModelMap model = new ExtendedModelMap();
        assertThat(volunteers.page(OLGA, filter(null), model)).isEqualTo("console/volunteers");
        VolunteersQuery.Listing listing = (VolunteersQuery.Listing) model.get("listing");
        assertThat(listing.region()).isEqualTo("RU-MOW");
        assertThat(listing.regionName()).isEqualTo("Moscow");
        VolunteersQuery.Row row = listing.rows().getFirst();
        assertThat(row.skills()).containsExactly("Own car");
        assertThat(row.openTasks()).isEqualTo(2);
        assertThat(row.status()).isEqualTo("pending");
        assertThat(row.toString()).doesNotContain("+7916");
        assertThat(volunteerDesk.listedRegions).containsExactly("RU-MOW");
        @SuppressWarnings("unchecked")
        List<Map.Entry<String, String>> regions = (List<Map.Entry<String, String>>) model.get("regionChoices");
        assertThat(regions).extracting(Map.Entry::getKey).containsExactly("RU-MOW");
    }

    @Test
    void anotherRegionIsForbiddenToACoordinatorAndOpenToAnAdmin() {
        assertThatThrownBy(() -> volunteers.page(OLGA, filter("RU-SPE"), new ExtendedModelMap()))
                .isInstanceOfSatisfying(
                        ResponseStatusException.class,
                        e -> assertThat(e.getStatusCode().value()).isEqualTo(403));
        assertThat(volunteerDesk.listedRegions).isEmpty();
        ExtendedModelMap model = new ExtendedModelMap();
        volunteers.page(ADMIN, filter("RU-SPE"), model);
        assertThat(((VolunteersQuery.Listing) model.get("listing")).region()).isEqualTo("RU-SPE");
        @SuppressWarnings("unchecked")
        List<Map.Entry<String, String>> regions = (List<Map.Entry<String, String>>) model.get("regionChoices");
        assertThat(regions).extracting(Map.Entry::getKey).containsExactlyInAnyOrder("RU-MOW", "RU-SPE");
    }

    @Test
    void operatorsSeeNeitherPage() {
        assertThatThrownBy(() -> volunteers.page(OPERATOR, filter(null), new ExtendedModelMap()))
                .isInstanceOfSatisfying(
                        ResponseStatusException.class,
                        e -> assertThat(e.getStatusCode().value()).isEqualTo(403));
        assertThatThrownBy(() -> broadcastsPage.page(OPERATOR, new ExtendedModelMap()))
                .isInstanceOfSatisfying(
                        ResponseStatusException.class,
                        e -> assertThat(e.getStatusCode().value()).isEqualTo(403));
    }

    @Test
    void aChangeTheDeskRefusesIsForbiddenAndARaceAnswersWhoDecided() {
        volunteerDesk.next = new VolunteerDesk.Outcome(VolunteerDesk.Result.NOT_ALLOWED, "no");
        assertThatThrownBy(() -> volunteers.act(
                        OLGA,
                        "3001",
                        "pause",
                        0,
                        null,
                        filter(null),
                        new MockHttpServletRequest(),
                        new ExtendedModelMap()))
                .isInstanceOfSatisfying(
                        ResponseStatusException.class,
                        e -> assertThat(e.getStatusCode().value()).isEqualTo(403));
        assertThatThrownBy(() -> volunteers.act(
                        OLGA,
                        "2001",
                        "approve",
                        1,
                        null,
                        filter("RU-SPE"),
                        new MockHttpServletRequest(),
                        new ExtendedModelMap()))
                .isInstanceOf(ResponseStatusException.class);
        assertThatThrownBy(() -> volunteers.act(
                        OLGA,
                        "2001",
                        "delete",
                        1,
                        null,
                        filter(null),
                        new MockHttpServletRequest(),
                        new ExtendedModelMap()))
                .isInstanceOfSatisfying(
                        ResponseStatusException.class,
                        e -> assertThat(e.getStatusCode().value()).isEqualTo(404));

        volunteerDesk.next = new VolunteerDesk.Outcome(
                VolunteerDesk.Result.ALREADY, "This profile has been decided already (Petr).");
        MockHttpServletRequest htmx = new MockHttpServletRequest();
        htmx.addHeader("HX-Request", "true");
        ExtendedModelMap model = new ExtendedModelMap();
        assertThat(volunteers.act(OLGA, "2001", "approve", 1, null, filter(null), htmx, model))
                .isEqualTo("console/volunteers :: list");
        assertThat(((VolunteerDesk.Outcome) model.get("outcome")).message()).contains("decided already (Petr)");
        assertThat(volunteerDesk.actions).containsExactly("pause 3001", "approve 2001 1 Olga");
    }

    @Test
    void declineCarriesTheReason() {
        volunteers.act(
                OLGA,
                "2001",
                "decline",
                1,
                "No tasks nearby",
                filter(null),
                new MockHttpServletRequest(),
                new ExtendedModelMap());
        assertThat(volunteerDesk.actions).containsExactly("decline 2001 1 Olga No tasks nearby");
    }

    @Test
    void aBroadcastNotTheirsIsNotFoundAndARefusedStartIsForbidden() {
        assertThatThrownBy(() -> broadcastsPage.report(OLGA, 7, false, new ExtendedModelMap()))
                .isInstanceOfSatisfying(
                        ResponseStatusException.class,
                        e -> assertThat(e.getStatusCode().value()).isEqualTo(404));
        assertThatThrownBy(() -> broadcastsPage.cancel(OLGA, 7, new ExtendedModelMap()))
                .isInstanceOfSatisfying(
                        ResponseStatusException.class,
                        e -> assertThat(e.getStatusCode().value()).isEqualTo(404));
        assertThat(broadcasts.cancelled).isEmpty();
        broadcasts.startResult = BroadcastDesk.StartResult.NOT_YOUR_REGIONS;
        assertThatThrownBy(() -> broadcastsPage.start(
                        OLGA, "volunteers", List.of("RU-SPE"), null, null, false, "hi", "r1", new ExtendedModelMap()))
                .isInstanceOfSatisfying(
                        ResponseStatusException.class,
                        e -> assertThat(e.getStatusCode().value()).isEqualTo(403));
    }

    @Test
    void theFormIsTheChatsChoiceAndAStartLeadsToItsReport() {
        assertThat(BroadcastsController.choice(
                        "coordinators", List.of("RU-MOW", " "), List.of("own_car"), List.of("paused"), true))
                .isEqualTo(new BroadcastDesk.Choice(
                        true, Set.of("RU-MOW"), Set.of("own_car"), Set.of(VolunteerStatus.PAUSED), true));
        broadcasts.startResult = BroadcastDesk.StartResult.STARTED;
        assertThat(broadcastsPage.start(
                        OLGA, "volunteers", List.of("RU-MOW"), null, null, false, "hi", "r1", new ExtendedModelMap()))
                .isEqualTo("redirect:/console/broadcasts/5?started=true");
        assertThat(broadcasts.started).containsExactly("Olga hi r1 " + Set.of("RU-MOW"));
        broadcasts.startResult = BroadcastDesk.StartResult.NOBODY;
        ExtendedModelMap model = new ExtendedModelMap();
        assertThat(broadcastsPage.start(OLGA, "volunteers", List.of("RU-MOW"), null, null, false, "hi", "r2", model))
                .isEqualTo("console/broadcasts");
        assertThat(model.get("message")).isEqualTo("NOBODY");
        assertThat(model.get("text")).isEqualTo("hi");
    }

    @Test
    void anEstimateOfAChoiceNotTheirsSaysSoInsteadOfFailing() {
        ExtendedModelMap model = new ExtendedModelMap();
        assertThat(broadcastsPage.estimate(OLGA, "volunteers", List.of("RU-SPE"), null, null, false, model))
                .isEqualTo("console/broadcasts :: estimate");
        assertThat(model.get("estimate")).isNull();
        broadcastsPage.estimate(OLGA, "volunteers", List.of("RU-MOW"), null, List.of("NOT_A_STATUS"), false, model);
        assertThat(model.get("estimate")).isNull();
        broadcastsPage.estimate(OLGA, "volunteers", List.of("RU-MOW"), null, null, false, model);
        assertThat(((BroadcastDesk.Estimate) model.get("estimate")).count()).isEqualTo(3);
    }

    private static VolunteersFilter filter(String region) {
        return new VolunteersFilter(region, null, null, null, 0);
    }

    /** A desk with one pending Moscow volunteer, whose rules are the real one's: admins and the region's coordinators. */
    private static final class RecordingDesk implements VolunteerDesk {
        final List<String> listedRegions = new ArrayList<>();
        final List<String> actions = new ArrayList<>();
        Outcome next = new Outcome(Result.DONE, "Done.");

        @Override
        public Page list(String viewerId, Query query) {
            if (!"900".equals(viewerId) && !("901".equals(viewerId) && "RU-MOW".equals(query.regionCode()))) {
                throw new NotAllowed(viewerId);
            }
            listedRegions.add(query.regionCode());
            Volunteer anna = new Volunteer(
                    "2001",
                    "telegram:2001",
                    "Anna Petrova",
                    30,
                    "+79161234567",
                    query.regionCode(),
                    "Tverskoy",
                    List.of("own_car"),
                    List.of("weekends"),
                    4,
                    VolunteerStatus.PENDING,
                    null,
                    "en",
                    Instant.EPOCH,
                    Instant.EPOCH);
            return new Page(List.of(new Row(anna, 1, null, null)), 1, Map.of(VolunteerStatus.PENDING, 1L));
        }

        private Outcome record(String what) {
            actions.add(what);
            return next;
        }

        @Override
        public Outcome approve(Person coordinator, String language, String userId, int round) {
            return record("approve " + userId + " " + round + " " + coordinator.firstName());
        }

        @Override
        public Outcome decline(Person coordinator, String language, String userId, int round, String reason) {
            return record("decline " + userId + " " + round + " " + coordinator.firstName() + " " + reason);
        }

        @Override
        public Outcome pause(Person coordinator, String language, String userId) {
            return record("pause " + userId);
        }

        @Override
        public Outcome resume(Person coordinator, String language, String userId) {
            return record("resume " + userId);
        }
    }

    /** Broadcasts for Olga (Moscow) and the admin; nobody else; broadcast 7 is someone else's. */
    private static final class FakeBroadcasts implements BroadcastDesk {
        final List<String> started = new ArrayList<>();
        final List<Long> cancelled = new ArrayList<>();
        StartResult startResult = StartResult.STARTED;

        @Override
        public Choices choices(String userId, String language) {
            if (!Set.of("900", "901").contains(userId)) {
                throw new NotAllowed(userId);
            }
            Choice defaults = new Choice(false, Set.of("RU-MOW"), Set.of(), Set.of(), false);
            return new Choices(
                    "900".equals(userId),
                    List.of(new Option("RU-MOW", "Moscow")),
                    List.of(new Option("own_car", "Own car")),
                    List.of(new Option("PAUSED", "Paused")),
                    defaults);
        }

        @Override
        public Estimate estimate(String userId, String language, Choice choice) {
            if (!Set.of("RU-MOW").containsAll(choice.regions())) {
                throw new NotAllowed(userId);
            }
            return new Estimate(3, Duration.ofSeconds(1), 25, List.of(), Instant.EPOCH, "3 recipients");
        }

        @Override
        public Started start(Person author, String language, Choice choice, String text, String requestId) {
            started.add(author.firstName() + " " + text + " " + requestId + " " + choice.regions());
            return new Started(startResult, 5, 3, startResult.name());
        }

        @Override
        public List<Summary> history(String userId, int limit) {
            return List.of();
        }

        @Override
        public Optional<Summary> report(String userId, long id) {
            throw new NotAllowed(userId);
        }

        @Override
        public Cancelled cancel(Person by, String language, long id) {
            cancelled.add(id);
            return new Cancelled(true, "Cancelled");
        }
    }
}
