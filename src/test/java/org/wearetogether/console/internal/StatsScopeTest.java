package org.wearetogether.console.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;

/** Who may see which numbers and take which exports (the statistics page's and the exports' 403 rules). */
class StatsScopeTest {

    private static final Staff ADMIN = new Staff("900", "Admin", "en", true, Set.of(), false);
    private static final Staff OLGA = new Staff("901", "Olga", "en", false, Set.of("RU-MOW", "RU-MOS"), false);
    private static final Staff OPERATOR = new Staff("902", "Oleg", "en", false, Set.of(), true);
    private static final Staff OPERATING_COORDINATOR = new Staff("903", "Inna", "en", false, Set.of("RU-MOW"), true);

    @Test
    void coordinatorsSeeTheirRegionsTogetherOrOneOfThemAndNoOther() {
        assertThat(StatsScope.numbers(OLGA, "")).hasValue(new StatsScope(Set.of("RU-MOW", "RU-MOS"), ""));
        assertThat(StatsScope.numbers(OLGA, null)).hasValue(new StatsScope(Set.of("RU-MOW", "RU-MOS"), ""));
        assertThat(StatsScope.numbers(OLGA, "RU-MOW")).hasValue(new StatsScope(Set.of("RU-MOW"), "RU-MOW"));
        assertThat(StatsScope.numbers(OLGA, "RU-SPE")).isEmpty();
        assertThat(StatsScope.numbers(OLGA, "*"))
                .as("not a region code")
                .hasValue(new StatsScope(Set.of("RU-MOW", "RU-MOS"), ""));
    }

    @Test
    void adminsSeeAnyRegionOrTheWholeCampaign() {
        assertThat(StatsScope.numbers(ADMIN, "")).hasValue(new StatsScope(Set.of(), ""));
        assertThat(StatsScope.numbers(ADMIN, "RU-SPE")).hasValue(new StatsScope(Set.of("RU-SPE"), "RU-SPE"));
        assertThat(new StatsScope(Set.of(), "").subject()).isEqualTo("*");
    }

    @Test
    void coordinatorsExportTheirRegionsWithoutContactsOnly() {
        assertThat(StatsScope.export(OLGA, "", false)).hasValue(new StatsScope(Set.of("RU-MOW", "RU-MOS"), ""));
        assertThat(StatsScope.export(OLGA, "RU-MOW", false)).hasValue(new StatsScope(Set.of("RU-MOW"), "RU-MOW"));
        assertThat(StatsScope.export(OLGA, "RU-SPE", false))
                .as("another region")
                .isEmpty();
        assertThat(StatsScope.export(OLGA, "RU-MOW", true)).as("contacts").isEmpty();
    }

    @Test
    void adminsExportAnythingWithOrWithoutContacts() {
        assertThat(StatsScope.export(ADMIN, "", true)).hasValue(new StatsScope(Set.of(), ""));
        assertThat(StatsScope.export(ADMIN, "RU-SPE", true)).hasValue(new StatsScope(Set.of("RU-SPE"), "RU-SPE"));
        assertThat(StatsScope.export(ADMIN, "RU-SPE", false)).isPresent();
    }

    @Test
    void operatorsSeeNumbersButTakeNoExports() {
        assertThat(StatsScope.numbers(OPERATOR, "")).hasValue(new StatsScope(Set.of(), ""));
        assertThat(StatsScope.export(OPERATOR, "", false)).isEmpty();
        assertThat(StatsScope.export(OPERATOR, "RU-MOW", false)).isEmpty();
        assertThat(StatsScope.export(OPERATING_COORDINATOR, "", false)).hasValue(new StatsScope(Set.of("RU-MOW"), ""));
        assertThat(StatsScope.export(OPERATING_COORDINATOR, "RU-SPE", false)).isEmpty();
    }

    @Test
    void onlyTheOfferedPeriods() {
        assertThat(StatsScope.period("7")).isEqualTo(7);
        assertThat(StatsScope.period("90")).isEqualTo(90);
        assertThat(StatsScope.period("365")).isEqualTo(30);
        assertThat(StatsScope.period("x")).isEqualTo(30);
        assertThat(StatsScope.period(null)).isEqualTo(30);
    }
}
