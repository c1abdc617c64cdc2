package org.wearetogether.hq.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.wearetogether.datafiles.DialogFolder;
import org.wearetogether.dialog.Emergency;
import org.wearetogether.intake.HelpRequest;
import org.wearetogether.intake.RequestStatus;

/** A request whose requester was told to call 112 is flagged on its HQ card, without what they wrote. */
class EmergencyCardTest {

    private static final String DETAILS = "Зинаида Сентинелова упала, кровь, код двери 4321K";

    private final CardView view = new CardView(
            org.wearetogether.testing.FixedRegions.none(), OptionNames.from(new DialogFolder(Path.of("dialogs"))));

    @Test
    void dangerWordsAreFlaggedRightUnderTheTitleWithoutQuotingTheText() {
        String card =
                view.card(request(Emergency.DANGER_WORDS, "this_week"), "ru").text();

        assertThat(card.lines().toList().get(1))
                .isEqualTo(
                        "⚠️ Безопасность: в ответах есть слова об опасности; спросите, не нужна ли скорая (103) или 112");
        assertThat(card).doesNotContain("упала").doesNotContain("кровь").doesNotContain("Зинаида");
    }

    @Test
    void medicalHelpTodayIsFlaggedAsSuch() {
        String card =
                view.card(request(Emergency.URGENT_ANSWERS, "today"), "en").text();

        assertThat(card).contains("⚠️ Safety: medical, today; ask whether an ambulance (103) or 112 is needed");
    }

    @Test
    void aRequestWithoutAWarningHasNoSafetyLine() {
        assertThat(view.card(request(null, "today"), "en").text()).doesNotContain("Safety");
    }

    private static HelpRequest request(Emergency warning, String urgency) {
        Instant now = Instant.parse("2026-11-25T10:00:00Z");
        Map<String, Object> answers = new HashMap<>(Map.of("details", DETAILS));
        if (warning != null) {
            answers.put(Emergency.ANSWER_KEY, warning.name());
        }
        return new HelpRequest(
                "MOW-000009",
                RequestStatus.SUBMITTED,
                null,
                null,
                "RU-MOW",
                HelpRequest.ForWhom.ME,
                new HelpRequest.Requester("telegram:1", "1", "Зинаида", "+79990001122", "ru"),
                new HelpRequest.Beneficiary("Зинаида", "age_65_plus", "+79990001122"),
                new HelpRequest.Address("Химки, ул. Мира, д. 3", null, null),
                List.of("medical_help"),
                urgency,
                DETAILS,
                new HelpRequest.Consent("2026-12-07", now, false),
                answers,
                new HelpRequest.Source("telegram", "c1", "request_help", 1, null),
                now,
                now,
                1);
    }
}
