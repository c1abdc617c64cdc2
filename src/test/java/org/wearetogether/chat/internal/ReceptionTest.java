package org.wearetogether.chat.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.wearetogether.chat.Announcement;
import org.wearetogether.chat.ChatCommand;
import org.wearetogether.chat.ChatFollowUp;
import org.wearetogether.chat.ChatSettings;
import org.wearetogether.chat.DialogGate;
import org.wearetogether.chat.Inbound;
import org.wearetogether.chat.OwedReply;
import org.wearetogether.dialog.Conversation;
import org.wearetogether.dialog.DialogEngine;
import org.wearetogether.dialog.DialogInput;
import org.wearetogether.dialog.Person;
import org.wearetogether.dialog.Reply;
import org.wearetogether.dialog.Texts;
import org.wearetogether.dialog.Turn;

class ReceptionTest {

    private static final Person ANNA = new Person("telegram", "42", "42", "Anna", "anna");
    private static final Instant NOW = Instant.parse("2026-11-25T10:00:00Z");

    private MongoServer server;
    private MongoClient client;
    private MongoChats chats;
    private CountingEngine engine;
    private Reception reception;
    private final List<String> forgotten = new ArrayList<>();

    @BeforeEach
    void start() {
        server = new MongoServer(new MemoryBackend());
        client = MongoClients.create("mongodb://" + hostAndPort(server.bind()));
        ChatSettings settings = new ChatSettings("8 800 000-00-00", 1000, Duration.ofHours(1), Duration.ofSeconds(30));
        chats = new MongoChats(client.getDatabase("test"), settings);
        engine = new CountingEngine();
        Responding responding =
                new Responding(engine, Map.of(), new Forgetting(List.of(p -> forgotten.add(p.chatKey()))), settings);
        reception = new Reception(chats, responding, List.<ChatCommand>of(), Clock.fixed(NOW, ZoneOffset.UTC));
    }

    @AfterEach
    void stop() {
        client.close();
        server.shutdownNow();
    }

    @Test
    void theCommandMenuListsEveryonesCommandsButNotStaffCommands() {
        ChatCommand requests = command("requests", true);
        ChatCommand audit = command("audit", false);
        Reception withFeatures = new Reception(chats, null, List.of(requests, audit), Clock.systemUTC());

        assertThat(withFeatures.commands())
                .extracting(ChatCommand.Description::name)
                .containsExactly("start", "help", "cancel", "language", "requests", "privacy");
    }

    private static ChatCommand command(String name, boolean listed) {
        return new ChatCommand() {
            @Override
            public Description description() {
                return new Description(name, Texts.of(name, name));
            }

            @Override
            public List<Reply> run(Person person, String language, String args) {
                return List.of();
            }

            @Override
            public boolean listed() {
                return listed;
            }
        };
    }

    @Test
    void startShowsTheMenuInTheClientsLanguage() {
        List<Reply> replies = reception.handle(command(1, "start"));

        Reply.Message menu = (Reply.Message) replies.get(0);
        assertThat(menu.text()).startsWith("Hello!");
        assertThat(buttonData(menu)).contains(Menu.HELP_FOR_ME, Menu.HELP_FOR_RELATIVE, Menu.REQUESTS);
    }

    @Test
    void reDeliveredUpdateChangesNothingAndReturnsTheRepliesItOwed() {
        reception.handle(button(1, Menu.HELP_FOR_RELATIVE));
        List<Reply> first = reception.handle(text(2, "Maria"));
        chats.evict(ANNA.chatKey()); // as after a restart: the store alone must recognise the re-delivery

        List<Reply> again = reception.handle(text(2, "Maria"));

        assertThat(again).isEqualTo(first);
        assertThat(engine.inputs).hasSize(1);
        assertThat(chats.load(ANNA.chatKey()).conversation().answers()).containsEntry("step1", "Maria");
    }

    @Test
    void repliesAreOwedInOrderAcrossInputsUntilDeliveredAndThenLeaveTheStore() {
        List<Reply> first = reception.handle(command(1, "start"));
        List<Reply> second = reception.handle(command(2, "help"));
        reception.owe(ANNA.chatKey(), List.of(Reply.Message.plain("a reminder")));
        chats.evict(ANNA.chatKey());

        List<OwedReply> owed = reception.owed(ANNA.chatKey());

        assertThat(owed)
                .extracting(OwedReply::reply)
                .containsExactly(first.get(0), second.get(0), Reply.Message.plain("a reminder"));
        assertThat(owed).extracting(OwedReply::updateId).containsExactly(1L, 2L, OwedReply.UNPROMPTED);
        assertThat(reception.chatsOwed(10)).containsExactly(ANNA.chatKey());

        reception.delivered(ANNA.chatKey(), owed.get(1).seq());
        chats.evict(ANNA.chatKey());
        assertThat(reception.owed(ANNA.chatKey()))
                .extracting(OwedReply::reply)
                .containsExactly(Reply.Message.plain("a reminder"));

        reception.delivered(ANNA.chatKey(), owed.get(2).seq());
        List<Reply> third = reception.handle(command(3, "help"));
        chats.evict(ANNA.chatKey());
        assertThat(reception.owed(ANNA.chatKey()))
                .singleElement()
                .satisfies(o -> assertThat(o.seq()).isGreaterThan(owed.get(2).seq()))
                .extracting(OwedReply::reply)
                .isEqualTo(third.get(0));
        reception.delivered(ANNA.chatKey(), Long.MAX_VALUE);
        assertThat(reception.chatsOwed(10)).isEmpty();
        assertThat(client.getDatabase("test")
                        .getCollection("chats")
                        .find()
                        .first()
                        .getList("owed", Object.class))
                .isEmpty();
    }

    @Test
    void aReplyCarryingASecretGoesOutWholeButOnlyItsVersionWithoutTheSecretIsEverStored() {
        String secret = "wat_0123456789ab_SECRETsecretSECRETsecret";
        Reply.Message shown = Reply.Message.secret("Your key: " + secret, "A key was made but could not be shown");
        ChatCommand apikey = new ChatCommand() {
            @Override
            public Description description() {
                return new Description("apikey", Texts.of("apikey", "apikey"));
            }

            @Override
            public List<Reply> run(Person person, String language, String args) {
                return List.of(shown);
            }
        };
        Responding responding = new Responding(
                engine,
                Map.of("apikey", apikey),
                new Forgetting(List.of()),
                new ChatSettings("8 800", 1000, Duration.ofHours(1), Duration.ofSeconds(30)));
        Reception withKeys = new Reception(chats, responding, List.of(apikey), Clock.fixed(NOW, ZoneOffset.UTC));

        assertThat(withKeys.handle(command(1, "apikey"))).containsExactly(shown);
        // this process sends what it just made, secret and all
        assertThat(withKeys.owed(ANNA.chatKey())).extracting(OwedReply::reply).containsExactly(shown);
        // the store (and so its write-ahead log) never saw it
        assertThat(client.getDatabase("test")
                        .getCollection("chats")
                        .find()
                        .first()
                        .toJson())
                .doesNotContain(secret)
                .contains("could not be shown");

        chats.evict(ANNA.chatKey()); // as after a crash before the send: what is owed comes from the store
        assertThat(withKeys.owed(ANNA.chatKey()))
                .extracting(OwedReply::reply)
                .containsExactly(Reply.Message.plain("A key was made but could not be shown"));
        assertThat(withKeys.handle(command(1, "apikey")))
                .as("a re-delivered update gets what is stored")
                .containsExactly(Reply.Message.plain("A key was made but could not be shown"));
        withKeys.delivered(ANNA.chatKey(), Long.MAX_VALUE);
        assertThat(withKeys.chatsOwed(10)).isEmpty();
    }

    @Test
    void aDialogGateTurnsAwayTheStartBeforeAnyQuestionAndKeepsARunningDialog() {
        ChatSettings settings = new ChatSettings("8 800", 1000, Duration.ofHours(1), Duration.ofSeconds(30));
        Reply refusal = Reply.Message.plain("You already have open requests");
        DialogGate capped =
                (person, dialogId, language) -> dialogId.equals(Responding.REQUEST_HELP) && person.equals(ANNA)
                        ? java.util.Optional.of(List.of(refusal))
                        : java.util.Optional.empty();
        Responding gated = new Responding(
                engine,
                Map.of(),
                new Forgetting(List.of()),
                settings,
                List.of(),
                List.of(),
                List.of(),
                List.of(capped));
        Reception gatedReception =
                new Reception(chats, gated, List.<ChatCommand>of(), Clock.fixed(NOW, ZoneOffset.UTC));

        assertThat(gatedReception.handle(button(1, Menu.HELP_FOR_ME))).containsExactly(refusal);
        assertThat(chats.load(ANNA.chatKey()).conversation()).isNull();

        reception.handle(button(2, Menu.HELP_FOR_ME)); // a dialog started before the cap was reached
        assertThat(gatedReception.handle(button(3, Menu.HELP_FOR_RELATIVE))).containsExactly(refusal);
        assertThat(chats.load(ANNA.chatKey()).conversation()).isNotNull();
        assertThat(chats.load(ANNA.chatKey()).pendingDialog()).isNull();
    }

    @Test
    void aFormattedAnswerReachesTheDialogAsItsTextAndAPhotoAsUnsupported() {
        reception.handle(button(1, Menu.HELP_FOR_ME));
        var bold = new Announcement("Maria", List.of(new Announcement.Span("bold", 0, 5, null, null)), null);

        reception.handle(new Inbound(ANNA, 2, "en", new Inbound.Post(bold)));
        reception.handle(new Inbound(ANNA, 3, "en", new Inbound.Post(new Announcement("", List.of(), "PHOTO"))));

        assertThat(engine.inputs).containsExactly(new DialogInput.Text("Maria"), new DialogInput.Unsupported("photo"));
    }

    @Test
    void aPostOutsideADialogGoesWholeToTheFeatureWaitingForIt() {
        List<Announcement> heard = new ArrayList<>();
        ChatFollowUp waiting = new ChatFollowUp() {
            @Override
            public java.util.Optional<List<Reply>> heard(Person person, String language, String text) {
                return java.util.Optional.empty();
            }

            @Override
            public java.util.Optional<List<Reply>> heardPost(Person person, String language, Announcement post) {
                heard.add(post);
                return java.util.Optional.of(List.of(Reply.Message.plain("draft kept")));
            }
        };
        ChatSettings settings = new ChatSettings("8 800 000-00-00", 1000, Duration.ofHours(1), Duration.ofSeconds(30));
        Responding responding = new Responding(
                engine,
                Map.of(),
                new Forgetting(List.of()),
                settings,
                List.of(),
                List.of(waiting),
                List.of(),
                List.of());
        reception = new Reception(chats, responding, List.<ChatCommand>of(), Clock.fixed(NOW, ZoneOffset.UTC));
        var photo = new Announcement("Meeting at 10", List.of(), "PHOTO");

        List<Reply> replies = reception.handle(new Inbound(ANNA, 1, "en", new Inbound.Post(photo)));

        assertThat(heard).containsExactly(photo);
        assertThat(replies).containsExactly(Reply.Message.plain("draft kept"));
    }

    @Test
    void theBotsMembershipAndAGroupsMoveReachTheMembershipPlugInsOnceAndNotTheDialog() {
        List<String> told = new ArrayList<>();
        org.wearetogether.chat.ChatMembership hq = new org.wearetogether.chat.ChatMembership() {
            @Override
            public List<Reply> membershipChanged(Person person, String language, boolean canPost) {
                told.add(person.chatKey() + " canPost=" + canPost + " by " + person.userId());
                return canPost ? List.of(Reply.Message.plain("back")) : List.of();
            }

            @Override
            public List<Reply> moved(Person person, String newChatKey) {
                told.add(person.chatKey() + " moved to " + newChatKey);
                return List.of();
            }
        };
        ChatSettings settings = new ChatSettings("8 800 000-00-00", 1000, Duration.ofHours(1), Duration.ofSeconds(30));
        Responding responding = new Responding(
                engine, Map.of(), new Forgetting(List.of()), settings, List.of(), List.of(), List.of(hq), List.of());
        reception = new Reception(chats, responding, List.<ChatCommand>of(), Clock.fixed(NOW, ZoneOffset.UTC));
        Person inGroup = new Person("telegram", "-100", "901", "Olga", null);

        assertThat(reception.handle(new Inbound(inGroup, 1, "en", new Inbound.Membership(false))))
                .isEmpty();
        assertThat(reception.handle(new Inbound(inGroup, 1, "en", new Inbound.Membership(false))))
                .as("re-delivered")
                .isEmpty();
        assertThat(reception.handle(new Inbound(inGroup, 2, "en", new Inbound.Membership(true))))
                .containsExactly(Reply.Message.plain("back"));
        reception.handle(new Inbound(inGroup, 3, "en", new Inbound.Moved("-1000100")));

        assertThat(told)
                .containsExactly(
                        "telegram:-100 canPost=false by 901",
                        "telegram:-100 canPost=true by 901",
                        "telegram:-100 moved to telegram:-1000100");
        assertThat(engine.inputs).isEmpty();
    }

    @Test
    void olderUpdateThanTheLastAppliedIsIgnored() {
        reception.handle(button(5, Menu.HELP_FOR_ME));

        assertThat(reception.handle(text(3, "late"))).isEmpty();
        assertThat(engine.inputs).isEmpty();
    }

    @Test
    void startingAnotherDialogAsksBeforeDroppingTheCurrentOne() {
        reception.handle(button(1, Menu.HELP_FOR_ME));
        reception.handle(text(2, "Maria"));

        Reply.Message question = (Reply.Message)
                reception.handle(button(3, Menu.HELP_FOR_RELATIVE)).get(0);
        assertThat(buttonData(question)).containsExactly(Menu.DROP_YES, Menu.DROP_NO);
        assertThat(chats.load(ANNA.chatKey()).conversation().answers()).containsKey("step1");

        reception.handle(button(4, Menu.DROP_YES));
        Conversation fresh = chats.load(ANNA.chatKey()).conversation();
        assertThat(fresh.answers()).containsOnly(Map.entry("for_whom", "relative"));
    }

    @Test
    void keepingTheCurrentDialogRepeatsItsQuestion() {
        reception.handle(button(1, Menu.HELP_FOR_ME));
        reception.handle(button(2, Menu.HELP_FOR_RELATIVE));

        List<Reply> replies = reception.handle(button(3, Menu.DROP_NO));

        assertThat(((Reply.Message) replies.get(0)).text()).isEqualTo("question step0 (en)");
        assertThat(chats.load(ANNA.chatKey()).pendingDialog()).isNull();
    }

    @Test
    void languageSwitchRepeatsTheQuestionInTheNewLanguage() {
        reception.handle(button(1, Menu.HELP_FOR_ME));

        List<Reply> replies = reception.handle(button(2, Menu.SET_LANGUAGE + "ru"));

        assertThat(((Reply.Message) replies.get(0)).text()).isEqualTo("Хорошо, буду писать по-русски.");
        assertThat(((Reply.Message) replies.get(1)).text()).isEqualTo("question step0 (ru)");
        assertThat(chats.load(ANNA.chatKey()).language()).isEqualTo("ru");
    }

    @Test
    void unknownOrForgedButtonsGetANoticeAndChangeNothing() {
        reception.handle(button(1, Menu.HELP_FOR_ME));
        ChatRecord before = chats.load(ANNA.chatKey());

        long updateId = before.lastUpdateId();
        for (String forged : List.of("m:nonsense", "x:1", "", Menu.DROP_YES, Menu.SET_LANGUAGE + "de")) {
            List<Reply> replies = reception.handle(button(++updateId, forged));
            assertThat(replies).containsExactly(new Reply.Notice("This button is no longer active"));
        }
        assertThat(chats.load(ANNA.chatKey()).conversation()).isEqualTo(before.conversation());
    }

    @Test
    void forgettingAsksEveryFeatureAndDropsTheConversation() {
        reception.handle(button(1, Menu.HELP_FOR_ME));

        reception.handle(button(2, Menu.FORGET_YES));

        assertThat(forgotten).containsExactly(ANNA.chatKey());
        assertThat(chats.load(ANNA.chatKey()).conversation()).isNull();
    }

    @Test
    void privacySaysWhatDeletingDoesAndDeletingKeepsOnlyWhatItSaysItKeeps() {
        reception.handle(button(1, Menu.SET_LANGUAGE + "en"));
        reception.handle(button(2, Menu.HELP_FOR_ME));

        Reply.Message shown =
                (Reply.Message) reception.handle(command(3, "privacy")).get(0);
        reception.handle(button(4, Menu.FORGET_YES));

        assertThat(shown.text())
                .contains("unfinished answers are deleted")
                .contains("open requests are cancelled")
                .contains("replaced with an anonymous code")
                .contains("the chat's language, so that the bot can answer you");
        ChatRecord after = chats.load(ANNA.chatKey());
        assertThat(after.conversation()).isNull(); // unfinished answers deleted
        assertThat(after.language()).isEqualTo("en"); // the chat's language stays
        assertThat(forgotten).containsExactly(ANNA.chatKey()); // every feature asked (each tests its own promise)
        assertThat(after.person().userId()).isEqualTo(ANNA.userId()); // the bot can still answer
        assertThat(after.person().firstName()).isNull();
        assertThat(after.person().username()).isNull();

        reception.handle(command(5, "start"));
        assertThat(chats.load(ANNA.chatKey()).person().firstName()).isNull(); // nor kept when they write again
    }

    @Test
    void aBlockedChatIsRecordedAndClearedWhenThePersonWritesAgain() {
        reception.handle(command(1, "start"));

        reception.unreachable(ANNA.chatKey());
        assertThat(chats.load(ANNA.chatKey()).unreachableSince()).isEqualTo(NOW);

        reception.handle(command(2, "start"));
        assertThat(chats.load(ANNA.chatKey()).unreachableSince()).isNull();
    }

    @Test
    void aWriteByAnotherInstanceIsNotOverwritten() {
        reception.handle(button(1, Menu.HELP_FOR_ME));
        ChatRecord stale = chats.load(ANNA.chatKey());
        ChatRecord other = stale.applied(2, ANNA, List.of(), NOW);
        assertThat(chats.save(other)).isTrue();

        assertThat(chats.save(stale.applied(3, ANNA, List.of(), NOW))).isFalse();
        assertThat(chats.load(ANNA.chatKey()).lastUpdateId()).isEqualTo(2);
    }

    private static List<String> buttonData(Reply.Message message) {
        return ((Reply.Keyboard.Inline) message.keyboard())
                .rows().stream().flatMap(List::stream).map(Reply.Button::data).toList();
    }

    private static Inbound command(long id, String name) {
        return new Inbound(ANNA, id, "en-GB", new Inbound.Command(name, ""));
    }

    private static Inbound text(long id, String text) {
        return new Inbound(ANNA, id, "en", new Inbound.Said(new DialogInput.Text(text)));
    }

    private static Inbound button(long id, String data) {
        return new Inbound(ANNA, id, "en", new Inbound.Said(new DialogInput.ButtonPressed(data)));
    }

    private static String hostAndPort(java.net.InetSocketAddress address) {
        return address.getHostString() + ":" + address.getPort();
    }

    /** A dialog that stores each text as the answer of the next step and counts inputs. */
    private static final class CountingEngine implements DialogEngine {
        final List<DialogInput> inputs = new ArrayList<>();

        @Override
        public Set<String> dialogIds() {
            return Set.of("request_help");
        }

        @Override
        public String title(String dialogId, String language) {
            return Texts.of("Просьба о помощи", "Request for help").in(language);
        }

        @Override
        public Turn start(String dialogId, Person person, String language, Map<String, Object> preset, Instant now) {
            Conversation c = new Conversation(
                    "c1",
                    dialogId,
                    1,
                    "step0",
                    preset,
                    List.of(),
                    language,
                    Conversation.Mode.ASKING,
                    1,
                    0,
                    false,
                    now,
                    now,
                    now.plusSeconds(1800),
                    now.plusSeconds(86400));
            return repeat(c, now);
        }

        @Override
        public Turn handle(Conversation c, Person person, DialogInput input, Instant now) {
            inputs.add(input);
            Map<String, Object> answers = new HashMap<>(c.answers());
            if (input instanceof DialogInput.Text text) {
                answers.put("step" + (c.path().size() + 1), text.text());
            }
            Conversation next = new Conversation(
                    c.id(),
                    c.dialogId(),
                    1,
                    "step" + (c.path().size() + 1),
                    answers,
                    List.of(c.step()),
                    c.language(),
                    c.mode(),
                    c.prompt() + 1,
                    0,
                    false,
                    c.startedAt(),
                    now,
                    c.remindAt(),
                    c.expireAt());
            return repeat(next, now);
        }

        @Override
        public Turn repeat(Conversation c, Instant now) {
            return new Turn(c, List.of(Reply.Message.plain("question " + c.step() + " (" + c.language() + ")")), null);
        }

        @Override
        public Turn timeUp(Conversation c, Instant now) {
            return new Turn(null, List.of(Reply.Message.plain("expired")), null);
        }

        @Override
        public boolean ownsButtonData(String data) {
            return data.startsWith("d:");
        }
    }
}
