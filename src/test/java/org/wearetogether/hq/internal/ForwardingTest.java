package org.wearetogether.hq.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.wearetogether.chat.ChatDelivery;
import org.wearetogether.datafiles.DialogFolder;
import org.wearetogether.hq.HqSettings;
import org.wearetogether.hq.internal.HqFakes.Answer;
import org.wearetogether.testing.FixedRegions;
import org.wearetogether.testing.MongoFixtures;

class ForwardingTest {

    private static final Instant T0 = Instant.parse("2026-11-25T10:00:00Z");
    private static final String MOSCOW_HQ = "telegram:-100";
    private static final String FEDERAL = "telegram:-900";

    private final MongoFixtures.InMemoryMongo mongo = MongoFixtures.inMemory();
    private final HqFakes.Requests requests = new HqFakes.Requests();
    private final HqFakes.Channel channel = new HqFakes.Channel();
    private final HqFakes.MovingClock clock = new HqFakes.MovingClock(T0);
    private final MongoHqChats chats = new MongoHqChats(mongo.database());
    private final MongoCards cards = new MongoCards(mongo.database());
    private final Forwarding forwarding = forwarding();

    @AfterEach
    void tearDown() {
        mongo.close();
    }

    @Test
    void aRequestTakenWhileItsCardWasOnItsWayHasTheCardEditedOnceRecorded() {
        bind(MOSCOW_HQ, "RU-MOW");
        requests.add(HqFakes.request("MOW-000001", "RU-MOW", T0));
        channel.afterPost = () -> requests.held(
                "MOW-000001",
                "RU-MOW",
                new org.wearetogether.intake.Actor(org.wearetogether.intake.Actor.Role.COORDINATOR, "901", "Olga"));

        forwarding.forwardNew();

        assertThat(channel.posts).singleElement().asString().contains("sent, waiting for the HQ");
        assertThat(channel.edits).singleElement().asString().contains("Taken by: Olga");
    }

    @Test
    void aPostRefusedBecauseTheBotWasRemovedDoesNotCountAsForwardedAndTheChatIsMarkedDead() {
        bind(MOSCOW_HQ, "RU-MOW");
        requests.add(HqFakes.request("MOW-000001", "RU-MOW", T0));
        channel.answers.put("-100", Answer.CHAT_GONE);

        forwarding.forwardNew();

        assertThat(requests.forwarded).isEmpty();
        assertThat(cards.of("MOW-000001")).isEmpty();
        assertThat(chats.byChat(MOSCOW_HQ).orElseThrow().alive()).isFalse();
        assertThat(chats.owed())
                .singleElement()
                .satisfies(o -> assertThat(o.change()).isEqualTo(MongoHqChats.Change.DEAD));

        forwarding.forwardNew();
        assertThat(channel.posts).as("a dead chat gets nothing more").isEmpty();
    }

    @Test
    void whenTheRegionsChatIsGoneTheRequestGoesToTheLiveFederalChatInTheSameSweep() {
        bind(MOSCOW_HQ, "RU-MOW");
        bind(FEDERAL, HqChat.FEDERAL);
        requests.add(HqFakes.request("MOW-000001", "RU-MOW", T0));
        channel.answers.put("-100", Answer.CHAT_GONE);

        forwarding.forwardNew();

        assertThat(requests.forwarded).containsExactly("MOW-000001");
        assertThat(channel.posts).singleElement().asString().startsWith("-900: ⚠️");
    }

    @Test
    void aGroupThatBecameASupergroupTakesItsBindingAlongAndGetsTheCardThere() {
        bind(MOSCOW_HQ, "RU-MOW");
        requests.add(HqFakes.request("MOW-000001", "RU-MOW", T0));
        channel.answers.put("-100", Answer.MOVED);
        channel.movedTo.put("-100", "-1000100");

        forwarding.forwardNew();

        assertThat(requests.forwarded).containsExactly("MOW-000001");
        assertThat(channel.postsTo("-1000100", "MOW-000001")).isEqualTo(1);
        assertThat(chats.byChat(MOSCOW_HQ)).isEmpty();
        HqChat moved = chats.byChat("telegram:-1000100").orElseThrow();
        assertThat(moved.region()).isEqualTo("RU-MOW");
        assertThat(moved.alive()).isTrue();
        assertThat(chats.owed()).singleElement().satisfies(o -> {
            assertThat(o.change()).isEqualTo(MongoHqChats.Change.MOVED);
            assertThat(o.movedFrom()).isEqualTo(MOSCOW_HQ);
        });
    }

    @Test
    void aCardRefusedForItselfLeavesTheChatAliveAndTheRequestForTheNextSweep() {
        bind(MOSCOW_HQ, "RU-MOW");
        requests.add(HqFakes.request("MOW-000001", "RU-MOW", T0));
        channel.answers.put("-100", Answer.MESSAGE_REFUSED);

        forwarding.forwardNew();

        assertThat(requests.forwarded).isEmpty();
        assertThat(chats.byChat(MOSCOW_HQ).orElseThrow().alive()).isTrue();
    }

    @Test
    void aPassingFailureLeavesTheRequestUntilTheBotApiIsBack() {
        bind(MOSCOW_HQ, "RU-MOW");
        requests.add(HqFakes.request("MOW-000001", "RU-MOW", T0));
        channel.answers.put("-100", Answer.PASSING);

        forwarding.forwardNew();
        assertThat(requests.forwarded).isEmpty();
        assertThat(chats.byChat(MOSCOW_HQ).orElseThrow().alive()).isTrue();

        channel.answers.remove("-100");
        forwarding.forwardNew();
        assertThat(requests.forwarded).containsExactly("MOW-000001");
        assertThat(channel.postsTo("-100", "MOW-000001")).isEqualTo(1);
    }

    @Test
    void everyPostedCardIsRecordedByTheRequestsNumberSoThatItCanBeCleaned() {
        bind(MOSCOW_HQ, "RU-MOW");
        requests.add(HqFakes.request("MOW-000001", "RU-MOW", T0));

        forwarding.forwardNew();

        assertThat(new MongoPostedMessages(mongo.database())
                        .of("MOW-000001")
                        .orElseThrow()
                        .messages())
                .singleElement()
                .satisfies(m -> {
                    assertThat(m.chatKey()).isEqualTo(MOSCOW_HQ);
                    assertThat(m.messageId()).isEqualTo("100");
                    assertThat(m.kind()).isEqualTo(PostedMessage.Kind.CARD);
                });
    }

    @Test
    void aThousandRequestsNoChatCanTakeDoNotHoldBackOneThatCanBeRouted() {
        bind(MOSCOW_HQ, "RU-MOW");
        for (int i = 0; i < 1000; i++) {
            requests.add(HqFakes.request("SPE-%06d".formatted(i), "RU-SPE", T0.plusMillis(i)));
        }
        requests.add(HqFakes.request("MOW-000001", "RU-MOW", T0.plusSeconds(60)));

        forwarding.forwardNew();

        assertThat(requests.forwarded).containsExactly("MOW-000001");
        assertThat(channel.posts).hasSize(1);
    }

    @Test
    void aChatThatIsAliveAgainGetsTheOpenRequestsItLacks() {
        bind(MOSCOW_HQ, "RU-MOW");
        bind(FEDERAL, HqChat.FEDERAL);
        forwarding.backfill();
        chats.markDead(MOSCOW_HQ, "removed", T0);
        requests.add(HqFakes.request("MOW-000001", "RU-MOW", T0));
        forwarding.forwardNew();
        assertThat(channel.postsTo("-900", "MOW-000001")).isEqualTo(1);

        assertThat(chats.markAlive(MOSCOW_HQ, T0.plus(Duration.ofMinutes(5)))).isTrue();
        forwarding.backfill();
        forwarding.backfill();

        assertThat(channel.postsTo("-100", "MOW-000001")).isEqualTo(1);
    }

    private void bind(String chatKey, String region) {
        chats.bind(new HqChat(chatKey, region, "en"), "900", T0);
    }

    private Forwarding forwarding() {
        ChatDelivery delivery = new ChatDelivery(() -> Map.of("telegram", channel));
        CardView view = new CardView(FixedRegions.none(), OptionNames.from(new DialogFolder(Path.of("dialogs"))));
        LostChats lost = new LostChats(chats, clock);
        ReleasingHolds holds = new ReleasingHolds(requests, new HqFakes.FixedRoles(), delivery, clock);
        HqSettings settings = new HqSettings(
                Duration.ofSeconds(3),
                Duration.ofMinutes(30),
                Duration.ofMinutes(10),
                Duration.ofHours(2),
                Duration.ofHours(24));
        CleaningMessages cleaning =
                new CleaningMessages(new MongoPostedMessages(mongo.database()), view, delivery, job -> {}, clock, null);
        SlaTimers sla = new SlaTimers(
                new MongoSla(mongo.database()),
                requests,
                chats,
                view,
                delivery,
                settings,
                clock,
                lost,
                holds,
                cleaning);
        Forwarding f = new Forwarding(requests, requests, chats, cards, view, delivery, sla, lost, cleaning, clock);
        sla.use(f);
        return f;
    }
}
