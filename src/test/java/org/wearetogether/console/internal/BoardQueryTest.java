package org.wearetogether.console.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.wearetogether.hq.HqSettings;
import org.wearetogether.intake.Actor;
import org.wearetogether.intake.RequestQueue;
import org.wearetogether.intake.RequestStatus;
import org.wearetogether.testing.FixedRegions;

/** The board: who sees which regions, columns and counts, SLA states, ages in the person's language. */
class BoardQueryTest {

    private static final Instant NOW = Instant.parse("2026-12-08T12:00:00Z");
    private static final HqSettings SLA = new HqSettings(
            Duration.ofSeconds(3),
            Duration.ofMinutes(30),
            Duration.ofMinutes(10),
            Duration.ofHours(2),
            Duration.ofHours(24));
    private static final Staff OLGA = new Staff("901", "Olga", "en", false, Set.of("RU-MOW"), false);
    private static final Staff ADMIN = new Staff("900", "Admin", "ru", true, Set.of(), false);

    private final List<RequestQueue.Filter> asked = new ArrayList<>();
    private final List<RequestQueue.QueuedRequest> stored = new ArrayList<>();
    private final BoardQuery query = new BoardQuery(
            filter -> {
                asked.add(filter);
                return stored.stream()
                        .filter(q ->
                                filter.regions().isEmpty() || filter.regions().contains(q.regionCode()))
                        .toList();
            },
            FixedRegions.of(FixedRegions.MOSCOW),
            SLA,
            new ConsoleConfiguration().messageSource(),
            Clock.fixed(NOW, ZoneOffset.UTC));

    @Test
    void aCoordinatorAsksForTheirRegionsOnlyAndAnotherRegionsFilterShowsNothing() {
        stored.add(untaken("MOW-000001", "RU-MOW", "this_week", Duration.ofMinutes(5)));
        Board board = query.board(OLGA, filter(""));
        assertThat(asked.getLast().regions()).containsExactly("RU-MOW");
        assertThat(board.total()).isEqualTo(1);
        assertThat(board.columns())
                .extracting(Board.Column::key)
                .containsExactly("submitted", "accepted", "in_progress", "volunteer_assigned");

        asked.clear();
        assertThat(query.board(OLGA, filter("RU-SPE")).total()).isZero();
        assertThat(asked).as("the store is not even asked").isEmpty();

        query.board(ADMIN, filter(""));
        assertThat(asked.getLast().regions()).as("admins: every region").isEmpty();
    }

    @Test
    void slaStatesFollowTheHqTimers() {
        assertThat(query.sla(untaken("A", "RU-MOW", "this_week", Duration.ofMinutes(29)), NOW))
                .isEqualTo("ok");
        assertThat(query.sla(untaken("A", "RU-MOW", "this_week", Duration.ofMinutes(30)), NOW))
                .isEqualTo("late");
        assertThat(query.sla(untaken("A", "RU-MOW", "today", Duration.ofMinutes(10)), NOW))
                .isEqualTo("late");
        assertThat(query.sla(untaken("A", "RU-MOW", "today", Duration.ofHours(2)), NOW))
                .isEqualTo("overdue");
        assertThat(query.sla(taken("B", Duration.ofHours(11)), NOW)).isEqualTo("ok");
        assertThat(query.sla(taken("B", Duration.ofHours(12)), NOW)).isEqualTo("late");
        assertThat(query.sla(taken("B", Duration.ofHours(24)), NOW)).isEqualTo("overdue");
    }

    @Test
    void cardsShowAgeHolderAndWhetherTheyAreMine() {
        stored.add(untaken("MOW-000001", "RU-MOW", "today", Duration.ofMinutes(125)));
        stored.add(taken("MOW-000002", Duration.ofMinutes(3)));
        Board board = query.board(OLGA, filter(""));
        Board.Card waiting = board.columns().get(0).cards().getFirst();
        assertThat(waiting.age()).isEqualTo("2 h 5 min");
        assertThat(waiting.sla()).isEqualTo("overdue");
        assertThat(waiting.region()).isEqualTo("Moscow");
        Board.Card mine = board.columns().get(1).cards().getFirst();
        assertThat(mine.holder()).isEqualTo("Olga");
        assertThat(mine.mine()).isTrue();
        assertThat(board.columns().get(1).count()).isEqualTo(1);

        Board inRussian = query.board(ADMIN, filter(""));
        assertThat(inRussian.columns().get(0).cards().getFirst().age()).isEqualTo("2 ч 5 мин");
        assertThat(inRussian.columns().get(0).cards().getFirst().region()).isEqualTo("Москва");
        assertThat(inRussian.columns().get(1).cards().getFirst().mine()).isFalse();
    }

    @Test
    void aFilterThatCannotBeReadShowsEverything() {
        BoardFilter odd = new BoardFilter("<script>", "nonsense", "x y", null, -5, false, "MOW-1'; drop");
        assertThat(odd.region()).isEmpty();
        assertThat(odd.statuses()).isEmpty();
        assertThat(odd.urgency()).isEmpty();
        assertThat(odd.olderThanHours()).isZero();
        assertThat(odd.number()).isEmpty();
        assertThat(new BoardFilter("RU-MOW", "accepted", "today", "groceries", 2, true, "mow-000001").query())
                .isEqualTo("region=RU-MOW&status=accepted&urgency=today&need=groceries&olderThanHours=2&mine=true"
                        + "&number=MOW-000001");
    }

    private static BoardFilter filter(String region) {
        return new BoardFilter(region, "", "", "", 0, false, "");
    }

    private static RequestQueue.QueuedRequest untaken(String number, String region, String urgency, Duration age) {
        Instant at = NOW.minus(age);
        return new RequestQueue.QueuedRequest(
                number, RequestStatus.SUBMITTED, region, List.of("groceries"), urgency, "age_65_plus", null, at, at);
    }

    private static RequestQueue.QueuedRequest taken(String number, Duration still) {
        return new RequestQueue.QueuedRequest(
                number,
                RequestStatus.ACCEPTED,
                "RU-MOW",
                List.of("groceries"),
                "today",
                "age_65_plus",
                new Actor(Actor.Role.COORDINATOR, "901", "Olga"),
                NOW.minus(Duration.ofDays(1)),
                NOW.minus(still));
    }
}
