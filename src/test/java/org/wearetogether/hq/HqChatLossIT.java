package org.wearetogether.hq;

import static org.assertj.core.api.Assertions.assertThat;
import static org.wearetogether.hq.HqFixtures.ADMINS;
import static org.wearetogether.hq.HqFixtures.FAST;
import static org.wearetogether.hq.HqFixtures.WAIT;

import com.mongodb.client.model.Filters;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.core.env.Environment;
import org.wearetogether.testing.FakeTelegram;
import org.wearetogether.testing.FakeTelegramUser;
import org.wearetogether.testing.RunningService;

/**
 * No request is forwarded into the void: an HQ chat the bot was removed from, cannot post in, or that became a
 * supergroup is noticed (from Telegram's answers and from its updates), the admins are told, and the requests go
 * where someone sees them.
 */
class HqChatLossIT {

    private static final long GROUP = -100;
    private static final long FEDERAL = -900;
    private static final long SUPERGROUP = -1000100;

    @TempDir
    Path data;

    @Test
    void aBotRemovedFromTheGroupMarksItDeadAtOnceTellsTheAdminsAndSendsNewRequestsToTheFederalChat() {
        try (FakeTelegram telegram = FakeTelegram.start();
                RunningService service = RunningService.start(telegram, data, ADMINS, FAST)) {
            FakeTelegramUser admin = telegram.user(900, "Admin", "en");
            FakeTelegramUser olga = telegram.user(901, "Olga", "en");
            FakeTelegramUser anna = telegram.user(1001, "Anna", "en");
            HqFixtures.makeCoordinator(admin, 901, "RU-MOW");
            HqFixtures.bind(telegram, GROUP, olga, "RU-MOW");
            HqFixtures.bind(telegram, FEDERAL, admin, "ALL");
            String first = HqFixtures.submit(service, anna, "RU-MOW", "this_week");
            HqFixtures.awaitCard(telegram, GROUP, first);

            telegram.botMembership(GROUP, olga, "member", "left");

            admin.awaitReplyContaining("The HQ chat of Moscow (RU-MOW) (telegram:-100) is lost");
            assertThat(admin.lastMessage().text())
                    .contains("Waiting to be taken: 1")
                    .contains("federal chat meanwhile");
            String second = HqFixtures.submit(service, anna, "RU-MOW", "this_week");
            var card = HqFixtures.awaitCard(telegram, FEDERAL, second);
            assertThat(card.text()).contains("The region has no HQ chat");
            assertThat(HqFixtures.cardsIn(telegram, GROUP, second)).isZero();
            assertThat(health(service)).contains("\"regionsWithoutLiveChat\":[\"RU-MOW\"]");

            // added back: alive again, the admins hear it, and the request it missed is posted there
            telegram.botMembership(GROUP, olga, "left", "member");
            admin.awaitReplyContaining("works again");
            HqFixtures.awaitCard(telegram, GROUP, second);
            assertThat(HqFixtures.cardsIn(telegram, GROUP, first)).isEqualTo(1);
        }
    }

    @Test
    void aPostAnswered403IsNotForwardedAndWithNoFederalChatHealthIsDownAndTheAdminsAreReminded() throws Exception {
        try (FakeTelegram telegram = FakeTelegram.start();
                RunningService service = RunningService.start(telegram, data, ADMINS, FAST)) {
            FakeTelegramUser admin = telegram.user(900, "Admin", "en");
            FakeTelegramUser anna = telegram.user(1001, "Anna", "en");
            HqFixtures.bind(telegram, GROUP, admin, "RU-MOW");
            telegram.block(GROUP);

            String number = HqFixtures.submit(service, anna, "RU-MOW", "today");

            admin.awaitReplyContaining("is lost");
            admin.awaitReplyContaining("have nowhere to go");
            assertThat(request(service, number).get("forwardedAt")).isNull();
            assertThat(service.database().getCollection("hq_cards").countDocuments(Filters.eq("number", number)))
                    .isZero();
            assertThat(health(service)).contains("\"status\":\"DOWN\"").contains("\"strandedRequests\":{\"RU-MOW\":1}");
            Thread.sleep(1_000); // five more sweeps: the reminder is hourly
            assertThat(admin.messages().stream()
                            .filter(m -> m.text().contains("have nowhere to go"))
                            .count())
                    .isEqualTo(1);

            telegram.unblock(GROUP);
            telegram.botMembership(GROUP, admin, "left", "administrator");
            HqFixtures.awaitCard(telegram, GROUP, number);
            awaitForwarded(service, number);
        }
    }

    @Test
    void aGroupThatBecameASupergroupTakesItsBindingAlongFromTheAnswerAndFromTheServiceMessage() {
        try (FakeTelegram telegram = FakeTelegram.start();
                RunningService service = RunningService.start(telegram, data, ADMINS, FAST)) {
            FakeTelegramUser admin = telegram.user(900, "Admin", "en");
            FakeTelegramUser anna = telegram.user(1001, "Anna", "en");
            HqFixtures.bind(telegram, GROUP, admin, "RU-MOW");
            HqFixtures.bind(telegram, -200, admin, "RU-SPE");

            // learnt from Telegram's 400 with migrate_to_chat_id
            telegram.upgradeToSupergroup(GROUP, SUPERGROUP);
            String moscow = HqFixtures.submit(service, anna, "RU-MOW", "today");
            HqFixtures.awaitCard(telegram, SUPERGROUP, moscow);
            awaitForwarded(service, moscow);
            admin.awaitReplyContaining("became a supergroup (telegram:-100 → telegram:-1000100)");

            // learnt from the service message in the old group, before any post failed
            telegram.migrationMessage(-200, -1000200, admin);
            admin.awaitReplyContaining("(telegram:-200 → telegram:-1000200)");
            String petersburg = HqFixtures.submit(service, anna, "RU-SPE", "today");
            HqFixtures.awaitCard(telegram, -1000200, petersburg);
            assertThat(HqFixtures.cardsIn(telegram, -200, petersburg)).isZero();
        }
    }

    @Test
    void aThousandRequestsWithNoChatDoNotHoldBackOneThatHasOne() {
        try (FakeTelegram telegram = FakeTelegram.start();
                RunningService service = RunningService.start(telegram, data, ADMINS, FAST)) {
            FakeTelegramUser admin = telegram.user(900, "Admin", "en");
            FakeTelegramUser anna = telegram.user(1001, "Anna", "en");
            String first = HqFixtures.submit(service, anna, "RU-SPE", "this_week");
            insertCopies(service, first, 999); // stored directly: a thousand dialogs would take a minute
            HqFixtures.bind(telegram, GROUP, admin, "RU-MOW");

            String moscow = HqFixtures.submit(service, anna, "RU-MOW", "this_week");

            HqFixtures.awaitCard(telegram, GROUP, moscow);
            awaitForwarded(service, moscow);
            assertThat(service.database()
                            .getCollection("requests")
                            .countDocuments(Filters.and(
                                    Filters.eq("regionCode", "RU-SPE"), Filters.exists("forwardedAt", false))))
                    .isEqualTo(1000);
            admin.awaitReplyContaining("requests from Saint Petersburg (RU-SPE) have nowhere to go");
        }
    }

    /** Stores {@code count} copies of a request, each with its own number and conversation, as older ones. */
    private static void insertCopies(RunningService service, String number, int count) {
        var requests = service.database().getCollection("requests");
        Document original = requests.find(Filters.eq("number", number)).first();
        java.util.List<Document> copies = new java.util.ArrayList<>();
        for (int i = 0; i < count; i++) {
            Document copy = Document.parse(original.toJson());
            copy.remove("_id");
            copy.put("number", "SPE-9%05d".formatted(i));
            copy.put("conversationId", "copy-" + i);
            copy.put(
                    "createdAt",
                    new java.util.Date(original.getDate("createdAt").getTime() - 1000L * (count - i)));
            copies.add(copy);
        }
        requests.insertMany(copies);
    }

    private static String health(RunningService service) {
        String port = service.bean(Environment.class).getProperty("local.management.port");
        HttpClient http = HttpClient.newHttpClient();
        try {
            long deadline = System.nanoTime() + WAIT.toNanos();
            String body = "";
            while (System.nanoTime() < deadline) {
                var request = HttpRequest.newBuilder(
                                URI.create("http://127.0.0.1:" + port + "/actuator/health/hqRouting"))
                        .build();
                body = http.send(request, HttpResponse.BodyHandlers.ofString()).body();
                if (!body.contains("\"regionsWithoutLiveChat\":[]")) {
                    return body;
                }
                Thread.sleep(500);
            }
            return body;
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    private static Document request(RunningService service, String number) {
        return service.database()
                .getCollection("requests")
                .find(Filters.eq("number", number))
                .first();
    }

    private static void awaitForwarded(RunningService service, String number) {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (System.nanoTime() < deadline) {
            if (request(service, number).get("forwardedAt") != null) {
                return;
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                throw new AssertionError(e);
            }
        }
        throw new AssertionError(number + " was not marked forwarded");
    }
}
