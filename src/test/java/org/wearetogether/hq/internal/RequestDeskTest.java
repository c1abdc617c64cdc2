package org.wearetogether.hq.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.BiFunction;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.wearetogether.access.Audit;
import org.wearetogether.access.Staff;
import org.wearetogether.chat.ChatDelivery;
import org.wearetogether.datafiles.DialogFolder;
import org.wearetogether.dialog.Person;
import org.wearetogether.dialog.Reply;
import org.wearetogether.hq.RequestDesk;
import org.wearetogether.hq.RequestPage;
import org.wearetogether.intake.Actor;
import org.wearetogether.intake.HelpRequest;
import org.wearetogether.intake.RequestNote;
import org.wearetogether.intake.RequestNotes;
import org.wearetogether.intake.RequestStatus;
import org.wearetogether.tasks.Task;
import org.wearetogether.tasks.Tasks;
import org.wearetogether.testing.FixedRegions;
import org.wearetogether.testing.MongoFixtures;

/**
 * The request desk is the card buttons' own code: every role gets the same answer from a press and from the desk, a
 * take in the chat and one on the desk at once have one winner, and contacts go to the holder only, audited.
 */
class RequestDeskTest {

    private static final Instant T0 = Instant.parse("2026-11-25T10:00:00Z");
    private static final String NUMBER = "MOW-000001";
    private static final String HQ = "telegram:-100";
    private static final Actor PETR = new Actor(Actor.Role.COORDINATOR, "902", "Petr");

    private final MongoFixtures.InMemoryMongo mongo = MongoFixtures.inMemory();
    private final HqFakes.Requests requests = new HqFakes.Requests();
    private final HqFakes.Channel channel = new HqFakes.Channel();
    private final HqFakes.MovingClock clock = new HqFakes.MovingClock(T0);
    private final HqFakes.FixedRoles roles = new HqFakes.FixedRoles();
    private final List<Audit.Entry> audit = new CopyOnWriteArrayList<>();
    private final List<RequestNote> notes = new CopyOnWriteArrayList<>();
    private final MongoHqChats chats = new MongoHqChats(mongo.database());
    private final CardView view =
            new CardView(FixedRegions.none(), OptionNames.from(new DialogFolder(Path.of("dialogs"))));
    private final ChatDelivery delivery = new ChatDelivery(() -> Map.of("telegram", channel));
    private final ActingOnRequests desk = new ActingOnRequests(
            requests, requests, roles, auditLog(), new RequestPages(view, requests, notes(), auditLog()), clock);
    private final CardButtons buttons = new CardButtons(
            requests,
            desk,
            roles,
            chats,
            view,
            delivery,
            auditLog(),
            noTasks(),
            new CleaningMessages(new MongoPostedMessages(mongo.database()), view, delivery, job -> {}, clock, null),
            clock);

    RequestDeskTest() {
        roles.coordinators.put("901", java.util.Set.of("RU-MOW"));
        roles.coordinators.put("902", java.util.Set.of("RU-MOW"));
        roles.coordinators.put("903", java.util.Set.of("RU-SPE"));
        roles.operators.add("904");
        chats.bind(new HqChat(HQ, "RU-MOW", "en"), "900", T0);
    }

    @AfterEach
    void close() {
        mongo.close();
    }

    /** admin, two coordinators of the region, one of another, an operator, a stranger. */
    private static final List<String> PEOPLE = List.of("900", "901", "902", "903", "904", "905");

    private static final List<String> ACTIONS = List.of("take", "prog", "done", "back", "why");

    @Test
    void everyRoleGetsTheSameAnswerFromTheChatButtonsAndTheDesk() {
        for (boolean held : List.of(false, true)) {
            for (String who : PEOPLE) {
                for (String action : ACTIONS) {
                    String label = (held ? "held by Petr: " : "untaken: ") + who + " " + action;

                    reset(held);
                    List<Reply> pressed = buttons.press(person(who), "en", data(action));
                    String notice = ((Reply.Notice) pressed.getFirst()).text();
                    RequestStatus afterPress =
                            requests.byNumber(NUMBER).orElseThrow().status();

                    reset(held);
                    RequestDesk.Outcome outcome = act(action, staff(who));
                    RequestStatus afterDesk =
                            requests.byNumber(NUMBER).orElseThrow().status();

                    assertThat(afterDesk).as(label).isEqualTo(afterPress);
                    assertThat(notice).as(label).isEqualTo(chatWords(outcome));
                }
            }
        }
    }

    @Test
    void onlyAdminsAndTheRegionsCoordinatorsMayActAndOnlyTheHolderSeesContacts() {
        reset(false);
        assertThat(desk.actions(NUMBER, staff("901"))).containsExactly(RequestDesk.Action.TAKE);
        assertThat(desk.actions(NUMBER, staff("900"))).containsExactly(RequestDesk.Action.TAKE);
        assertThat(desk.actions(NUMBER, staff("903"))).isEmpty();
        assertThat(desk.actions(NUMBER, staff("904"))).isEmpty();
        assertThat(desk.actions(NUMBER, staff("905"))).isEmpty();

        reset(true);
        assertThat(desk.actions(NUMBER, staff("902")))
                .containsExactlyInAnyOrder(
                        RequestDesk.Action.IN_PROGRESS,
                        RequestDesk.Action.DONE,
                        RequestDesk.Action.CANNOT_FULFIL,
                        RequestDesk.Action.RETURN_TO_QUEUE,
                        RequestDesk.Action.CONTACTS,
                        RequestDesk.Action.ASSIGN_VOLUNTEER);
        assertThat(desk.actions(NUMBER, staff("900")))
                .doesNotContain(RequestDesk.Action.CONTACTS, RequestDesk.Action.TAKE)
                .contains(RequestDesk.Action.DONE, RequestDesk.Action.ASSIGN_VOLUNTEER);
        assertThat(desk.actions(NUMBER, staff("901"))).isEmpty();
    }

    @Test
    void aTakeInTheChatAndOneOnTheDeskAtOnceHaveOneWinnerAndTheOtherLearnsWho() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            for (int round = 0; round < 30; round++) {
                reset(false);
                CountDownLatch start = new CountDownLatch(1);
                Future<List<Reply>> chat = pool.submit(() -> {
                    start.await();
                    return buttons.press(person("902"), "en", data("take"));
                });
                Future<RequestDesk.Outcome> console = pool.submit(() -> {
                    start.await();
                    return desk.take(NUMBER, console("901"));
                });
                start.countDown();
                String notice = ((Reply.Notice) chat.get().getFirst()).text();
                RequestDesk.Outcome outcome = console.get();

                HelpRequest now = requests.byNumber(NUMBER).orElseThrow();
                assertThat(requests.history(NUMBER)).hasSize(1);
                if (outcome instanceof RequestDesk.Changed) {
                    assertThat(now.holder().id()).isEqualTo("901");
                    assertThat(notice).isEqualTo("Already taken by Olga.");
                } else {
                    assertThat(now.holder().id()).isEqualTo("902");
                    assertThat(notice).contains("You took");
                    assertThat(outcome).isEqualTo(new RequestDesk.HeldByAnother("Petr"));
                }
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void contactsGoOnlyToTheHolderAndEachShowingIsAudited() {
        reset(true);
        assertThat(desk.contacts(NUMBER, console("901"))).isInstanceOf(RequestDesk.NotYours.class);
        assertThat(desk.contacts(NUMBER, console("900"))).isInstanceOf(RequestDesk.NotYours.class);
        assertThat(desk.contacts(NUMBER, console("903"))).isInstanceOf(RequestDesk.NotCoordinator.class);
        assertThat(desk.contacts(NUMBER, console("905"))).isInstanceOf(RequestDesk.NotCoordinator.class);
        assertThat(desk.contacts("MOW-999999", console("902"))).isInstanceOf(RequestDesk.NotFound.class);
        assertThat(audit).isEmpty();

        RequestDesk.Showing shown = desk.contacts(NUMBER, console("902"));

        assertThat(shown)
                .isInstanceOfSatisfying(
                        RequestDesk.Shown.class,
                        s -> assertThat(s.contacts())
                                .isEqualTo(new RequestDesk.Contacts(
                                        NUMBER,
                                        "Maria Ivanovna",
                                        "+79160000001",
                                        "Moscow, Tverskaya 1, flat 5",
                                        "Anna",
                                        "+79161234567",
                                        "Needs bread",
                                        null)));
        assertThat(audit).singleElement().satisfies(e -> {
            assertThat(e.action()).isEqualTo("console.contacts");
            assertThat(e.actorId()).isEqualTo("902");
            assertThat(e.subject()).isEqualTo(NUMBER);
        });

        // the chat's path: the same rule, posted privately, audited as the card's
        buttons.press(person("902"), "en", data("cont"));
        assertThat(channel.posts).anyMatch(p -> p.startsWith("902: ") && p.contains("+79160000001"));
        assertThat(audit).extracting(Audit.Entry::action).containsExactly("console.contacts", "card.contacts");
        buttons.press(person("901"), "en", data("cont"));
        assertThat(channel.posts).noneMatch(p -> p.startsWith("901: "));

        // not delivered: not shown, not audited
        channel.answers.put("902", HqFakes.Answer.CHAT_GONE);
        List<Reply> failed = buttons.press(person("902"), "en", data("cont"));
        assertThat(((Reply.Notice) failed.getFirst()).text()).contains("cannot write to you privately");
        assertThat(audit).hasSize(2);

        // closed: nobody sees them any more
        desk.done(NUMBER, console("902"));
        assertThat(desk.contacts(NUMBER, console("902"))).isInstanceOf(RequestDesk.NotYours.class);
    }

    @Test
    void changesFromTheDeskAreAuditedAsTheConsolesAndCannotFulfilTakesOnlyPresetReasons() {
        reset(true);
        assertThat(desk.cannotFulfil(NUMBER, console("902"), "because")).isInstanceOf(RequestDesk.UnknownReason.class);
        assertThat(desk.cannotFulfil(NUMBER, console("901"), "novol")).isEqualTo(new RequestDesk.HeldByAnother("Petr"));
        assertThat(requests.byNumber(NUMBER).orElseThrow().status()).isEqualTo(RequestStatus.ACCEPTED);
        assertThat(desk.reasons("en"))
                .extracting(RequestDesk.Reason::id)
                .containsExactly("novol", "noreach", "scope", "dup");

        RequestDesk.Outcome closed = desk.cannotFulfil(NUMBER, console("902"), "novol");

        assertThat(closed).isInstanceOf(RequestDesk.Changed.class);
        HelpRequest now = requests.byNumber(NUMBER).orElseThrow();
        assertThat(now.status()).isEqualTo(RequestStatus.CANNOT_FULFIL);
        assertThat(requests.history(NUMBER).getLast().comment()).isEqualTo("no volunteers are available");
        assertThat(audit).extracting(Audit.Entry::action).containsExactly("console.cannot_fulfil");
        assertThat(desk.returnToQueue(NUMBER, console("902"))).isInstanceOf(RequestDesk.NotAllowed.class);
    }

    @Test
    void thePageShowsWhatTheCardShowsAndNotesOnlyToTheHolderAndAdmins() {
        reset(false);
        desk.take(NUMBER, console("902"));
        notes.add(new RequestNote(
                1,
                RequestNote.Kind.FROM_REQUESTER,
                new Actor(Actor.Role.REQUESTER, "telegram:1001", "Anna"),
                "Door code 1234",
                T0.plusSeconds(60)));
        audit.add(new Audit.Entry("902", "Petr", "task.offer", NUMBER, "777", T0.plusSeconds(120)));

        RequestPage holder = desk.page(NUMBER, console("902")).orElseThrow();
        RequestPage other = desk.page(NUMBER, console("901")).orElseThrow();
        RequestPage admin = desk.page(NUMBER, console("900")).orElseThrow();

        assertThat(holder.number()).isEqualTo(NUMBER);
        assertThat(holder.statusText()).isEqualTo("accepted by the HQ");
        assertThat(holder.holderName()).isEqualTo("Petr");
        assertThat(holder.yours()).isTrue();
        assertThat(holder.needs()).containsExactly("Groceries and essentials");
        assertThat(holder.urgency()).isEqualTo("This week");
        assertThat(holder.ageGroup()).isNotBlank();
        assertThat(holder.actions()).contains(RequestDesk.Action.CONTACTS);
        assertThat(holder.timeline())
                .extracting(RequestPage.Entry::kind)
                .containsExactly(RequestPage.Kind.STATUS, RequestPage.Kind.NOTE, RequestPage.Kind.TASK);
        assertThat(holder.timeline().getFirst().who()).isEqualTo("Petr");
        assertThat(holder.timeline().getFirst().what()).contains("accepted by the HQ");
        assertThat(holder.timeline().get(1).who()).isEqualTo("the requester");
        assertThat(holder.timeline().get(1).what()).isEqualTo("a message from the requester");
        assertThat(holder.timeline().get(1).text()).isEqualTo("Door code 1234");
        assertThat(holder.timeline().getLast().what()).isEqualTo("offered the task to a volunteer");
        assertThat(admin.timeline().get(1).text()).isEqualTo("Door code 1234");
        assertThat(other.timeline().get(1).text()).isNull();
        assertThat(other.yours()).isFalse();
        assertThat(other.actions()).isEmpty();
        for (RequestPage page : List.of(holder, other)) {
            String shown = page.toString();
            assertThat(shown).doesNotContain("Maria Ivanovna", "+7916", "Tverskaya", "Needs bread", "Anna");
        }
        assertThat(other.toString()).doesNotContain("Door code");

        assertThat(desk.page(NUMBER, console("903"))).isEmpty();
        assertThat(desk.page(NUMBER, console("905"))).isEmpty();
        assertThat(desk.page("MOW-999999", console("900"))).isEmpty();
    }

    private void reset(boolean held) {
        requests.byNumber.clear();
        requests.history.clear();
        audit.clear();
        HelpRequest fresh = HqFakes.request(NUMBER, "RU-MOW", T0);
        if (held) {
            requests.held(NUMBER, "RU-MOW", PETR);
        } else {
            requests.add(fresh);
        }
    }

    private RequestDesk.Outcome act(String action, Staff staff) {
        Map<String, BiFunction<String, Staff, RequestDesk.Outcome>> actions = Map.of(
                "take", desk::take,
                "prog", desk::inProgress,
                "done", desk::done,
                "back", desk::returnToQueue,
                "why", (n, s) -> desk.cannotFulfil(n, s, "novol"));
        return actions.get(action).apply(NUMBER, staff);
    }

    /** What the chat says for a desk outcome. */
    private static String chatWords(RequestDesk.Outcome outcome) {
        return switch (outcome) {
            case RequestDesk.Changed c ->
                c.request().status() == RequestStatus.ACCEPTED
                        ? HqTexts.TAKEN.in("en").formatted(NUMBER)
                        : HqTexts.CHANGED
                                .in("en")
                                .formatted(c.request().status().label().in("en"));
            case RequestDesk.HeldByAnother h -> HqTexts.HELD_BY.in("en").formatted(h.holderName());
            case RequestDesk.NotAllowed n ->
                HqTexts.NOT_NOW.in("en").formatted(n.now().status().label().in("en"));
            case RequestDesk.NotCoordinator n -> HqTexts.ONLY_COORDINATORS.in("en");
            case RequestDesk.NotFound n -> HqTexts.INACTIVE.in("en");
            case RequestDesk.UnknownReason n -> HqTexts.INACTIVE.in("en");
        };
    }

    private static String data(String action) {
        return "q:" + action + ":" + NUMBER + (action.equals("why") ? ":novol" : "");
    }

    private static Person person(String userId) {
        return new Person("telegram", "-100", userId, name(userId), null);
    }

    private static Staff staff(String userId) {
        return new Staff(userId, name(userId), "en", Staff.Via.CHAT);
    }

    private static Staff console(String userId) {
        return new Staff(userId, name(userId), "en", Staff.Via.CONSOLE);
    }

    private static String name(String userId) {
        return switch (userId) {
            case "901" -> "Olga";
            case "902" -> "Petr";
            default -> "P" + userId;
        };
    }

    private Audit auditLog() {
        return new Audit() {
            @Override
            public void record(Entry entry) {
                audit.add(entry);
            }

            @Override
            public List<Entry> about(String subject, int limit) {
                return audit.stream()
                        .filter(e -> subject.equals(e.subject()))
                        .limit(limit)
                        .toList();
            }

            @Override
            public long pseudonymise(String id, String pseudonym) {
                return 0;
            }
        };
    }

    private RequestNotes notes() {
        return new RequestNotes() {
            @Override
            public Optional<RequestNote> add(
                    String number, RequestNote.Kind kind, Actor author, String text, Instant at) {
                throw new UnsupportedOperationException();
            }

            @Override
            public List<RequestNote> notes(String number) {
                return new ArrayList<>(notes);
            }
        };
    }

    private static Tasks noTasks() {
        return new Tasks() {
            @Override
            public Optional<Task> current(String number) {
                return Optional.empty();
            }

            @Override
            public Picking sendPicker(String number, String userId, String chatKey, String language) {
                return Picking.NOT_ALLOWED;
            }

            @Override
            public Ranking candidates(String number, Staff staff, int limit) {
                return new NotAllowed();
            }

            @Override
            public Offering offer(String number, String volunteerUserId, Staff staff) {
                return new NotAllowed();
            }
        };
    }
}
