package org.wearetogether.crm.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.wearetogether.dialog.VoiceNote;
import org.wearetogether.intake.HelpRequest;
import org.wearetogether.intake.RequestStatus;

/** A CRM reads a voice message in the details as "🎤 голосовое сообщение, 0:42": the file id is of use only to the bot. */
class ApiViewsVoiceTest {

    private static final String FILE = "AwACAgIAAxkBAAIvoiceFileId";

    @Test
    void showsAVoiceInTheDetailsWithoutItsFileIdAndTypedDetailsAsTyped() {
        assertThat(ApiViews.Request.of(request(new VoiceNote(FILE, 42).answer()))
                        .details())
                .isEqualTo("🎤 голосовое сообщение, 0:42");
        assertThat(ApiViews.Request.of(request("Домофон 12")).details()).isEqualTo("Домофон 12");
        assertThat(ApiViews.Request.of(request(null)).details()).isNull();
    }

    private static HelpRequest request(String details) {
        Instant now = Instant.parse("2026-12-08T10:00:00Z");
        return new HelpRequest(
                "MOW-000001",
                RequestStatus.SUBMITTED,
                null,
                null,
                "RU-MOW",
                HelpRequest.ForWhom.RELATIVE,
                new HelpRequest.Requester("telegram:1001", "1001", "Анна", "+79035556677", "ru"),
                new HelpRequest.Beneficiary("Мария Ивановна", "age_65_plus", "+79161234567"),
                new HelpRequest.Address("Химки, ул. Мира, д. 3", null, null),
                List.of("groceries"),
                "today",
                details,
                new HelpRequest.Consent("2026-12-07", now, false),
                Map.of(),
                new HelpRequest.Source("telegram", "c1", "request_help", 1, null),
                now,
                now,
                1);
    }
}
