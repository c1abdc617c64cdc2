package org.wearetogether.hq;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.wearetogether.intake.HelpRequest;
import org.wearetogether.intake.HelpRequests;
import org.wearetogether.intake.RequestStatus;
import org.wearetogether.testing.FakeTelegram;
import org.wearetogether.testing.FakeTelegramMessage;
import org.wearetogether.testing.FakeTelegramUser;
import org.wearetogether.testing.RunningService;

/** Shortcuts for the HQ end-to-end tests: roles, bound groups, submitted requests, card presses. */
public final class HqFixtures {

    public static final String ADMINS = "together.access.admins=900";
    public static final java.time.Duration WAIT = java.time.Duration.ofSeconds(10);
    public static final String FAST = "together.hq.sweep-interval=200ms";

    private HqFixtures() {}

    /** Stores a request as the dialog would (without the in-process event: the sweep must find it). */
    public static String submit(RunningService service, FakeTelegramUser requester, String region, String urgency) {
        Instant now = Instant.now();
        HelpRequest draft = new HelpRequest(
                null,
                RequestStatus.SUBMITTED,
                null,
                null,
                region,
                HelpRequest.ForWhom.RELATIVE,
                new HelpRequest.Requester(
                        "telegram:" + requester.id(), String.valueOf(requester.id()), "Anna", "+79161234567", "en"),
                new HelpRequest.Beneficiary("Maria Ivanovna", "age_65_plus", "+79160000001"),
                new HelpRequest.Address("Moscow, Tverskaya 1, flat 5", null, null),
                List.of("groceries", "medicines"),
                urgency,
                "Needs bread and insulin",
                new HelpRequest.Consent("2026-11-25", now, false),
                Map.of(),
                new HelpRequest.Source("telegram", "conv-" + UUID.randomUUID(), "request_help", 1, null),
                now,
                now,
                0);
        return service.bean(HelpRequests.class).submit(draft).request().number();
    }

    /** An admin makes someone a coordinator of a region through the bot. */
    public static void makeCoordinator(FakeTelegramUser admin, long userId, String region) {
        admin.sendCommand("coordinator " + userId + " " + region);
        admin.awaitReplyContaining("coordinates " + region);
    }

    /** Binds a group as an HQ chat by someone allowed to. */
    public static void bind(FakeTelegram telegram, long groupId, FakeTelegramUser by, String region) {
        telegram.groupMessage(groupId, by, "/hq@" + telegram.botUsername() + " " + region);
        telegram.awaitMessage(groupId, m -> m.text().startsWith("Done"), WAIT);
    }

    public static FakeTelegramMessage awaitCard(FakeTelegram telegram, long groupId, String number) {
        return telegram.awaitMessage(groupId, m -> m.text().contains("Request No. " + number), WAIT);
    }

    public static long cardsIn(FakeTelegram telegram, long groupId, String number) {
        return telegram.messagesTo(groupId).stream()
                .filter(m -> m.text().contains("Request No. " + number))
                .count();
    }

    /** Presses a card's button (by its data) as {@code who}. */
    public static long press(FakeTelegramUser who, FakeTelegramMessage card, String action, String number) {
        return who.pressData(card, "q:" + action + ":" + number);
    }
}
