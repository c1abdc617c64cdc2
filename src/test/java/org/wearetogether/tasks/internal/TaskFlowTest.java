package org.wearetogether.tasks.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.wearetogether.tasks.internal.TaskBed.ADMIN_PERSON;
import static org.wearetogether.tasks.internal.TaskBed.IVAN;
import static org.wearetogether.tasks.internal.TaskBed.MARIA;
import static org.wearetogether.tasks.internal.TaskBed.NUMBER;
import static org.wearetogether.tasks.internal.TaskBed.OLGA_PERSON;
import static org.wearetogether.tasks.internal.TaskBed.PETR_PERSON;
import static org.wearetogether.tasks.internal.TaskBed.text;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.wearetogether.access.Audit;
import org.wearetogether.dialog.Person;
import org.wearetogether.dialog.Reply;
import org.wearetogether.dialog.VoiceNote;
import org.wearetogether.intake.Actor;
import org.wearetogether.intake.HelpRequest;
import org.wearetogether.intake.RequestStatus;
import org.wearetogether.intake.RequestStatusChanged;
import org.wearetogether.intake.StatusChange;
import org.wearetogether.tasks.TaskState;
import org.wearetogether.tasks.Tasks;
import org.wearetogether.volunteers.VolunteerLeft;

class TaskFlowTest {

    private final TaskBed bed = new TaskBed();

    @AfterEach
    void close() {
        bed.close();
    }

    @Test
    void theHolderGetsTheRegionsAvailableVolunteersPrivatelyWithSkillsAndLoad() {
        assertThat(bed.assigning.sendPicker(NUMBER, "901", "telegram:901", "en"))
                .isEqualTo(Tasks.Picking.SENT);
        Reply.Message list = bed.chats.posted.get("901").get(0);
        assertThat(list.text())
                .contains("request No. " + NUMBER)
                .contains("Moscow")
                .contains("type it");
        assertThat(data(list)).containsExactly("t:offer:" + NUMBER + ":777", "t:offer:" + NUMBER + ":778");
        assertThat(labels(list).get(0))
                .startsWith("Ivan P. ·")
                .doesNotContain("Petrov")
                .contains("own car")
                .contains("tasks: 0");
    }

    @Test
    void onlyTheHolderOrAnAdminGetsTheListOrOffers() {
        assertThat(bed.assigning.sendPicker(NUMBER, "902", "telegram:902", "en"))
                .isEqualTo(Tasks.Picking.NOT_ALLOWED);
        assertThat(text(bed.press(PETR_PERSON, "t:offer:" + NUMBER + ":777"))).contains("only the coordinator");
        assertThat(text(bed.press(IVAN, "t:offer:" + NUMBER + ":777"))).contains("only the coordinator");
        assertThat(bed.tasks.live(NUMBER)).isEmpty();
        assertThat(bed.assigning.sendPicker(NUMBER, "900", "telegram:900", "en"))
                .isEqualTo(Tasks.Picking.SENT);
        bed.press(ADMIN_PERSON, "t:offer:" + NUMBER + ":777");
        assertThat(bed.tasks.live(NUMBER)).isPresent();
    }

    @Test
    void theOfferedVolunteerGetsTheContactsAndTheFullAddressAndNobodyElseDoes() {
        bed.offerTo("777");
        String task = bed.chats.of("777").get(0);
        assertThat(task)
                .contains("request No. " + NUMBER)
                .contains("Maria Ivanovna, phone +79160000001")
                .contains("Anna, phone +79161234567")
                .contains("Moscow, Tverskaya 1, flat 5")
                .contains("Needs bread")
                .contains("Please answer by 25.11 14:00 (local time)");
        assertThat(data(bed.chats.posted.get("777").get(0)))
                .allMatch(d -> d.startsWith("t:acc:") || d.startsWith("t:dec:"));
        assertThat(bed.chats.of("778")).isEmpty();
        assertThat(bed.audit).extracting(Audit.Entry::action).containsExactly("task.offer");
        assertThat(bed.taskEvents()).isEqualTo(1);
    }

    @Test
    void aVoiceInTheDetailsStaysWithTheCoordinatorTheVolunteerIsToldOfItButNeverGetsIt() {
        String file = "AwACAgIAAxkBAAIvoiceOfAnna";
        HelpRequest r = bed.requests.byNumber.get(NUMBER);
        bed.requests.byNumber.put(
                NUMBER,
                new HelpRequest(
                        r.number(),
                        r.status(),
                        r.statusReason(),
                        r.holder(),
                        r.regionCode(),
                        r.forWhom(),
                        r.requester(),
                        r.beneficiary(),
                        r.address(),
                        r.needs(),
                        r.urgency(),
                        new VoiceNote(file, 42).answer(),
                        r.consent(),
                        r.answers(),
                        r.source(),
                        r.createdAt(),
                        r.updatedAt(),
                        r.version()));

        String id = bed.offerTo("777");
        bed.press(IVAN, "t:acc:" + id);

        assertThat(bed.chats.of("777").get(0))
                .contains("Details: 🎤 a voice message; the coordinator listens to it and will tell you what matters")
                .contains("Maria Ivanovna, phone +79160000001");
        assertThat(bed.chats.posted.getOrDefault("777", List.of()))
                .as("only text messages, never the voice itself")
                .allMatch(m -> !m.text().contains(file));
        assertThat(String.join("\n", bed.chats.of("777"))).doesNotContain(file);
    }

    @Test
    void aPausedOrUnknownVolunteerIsNotOfferedAnything() {
        assertThat(text(bed.press(OLGA_PERSON, "t:offer:" + NUMBER + ":779"))).contains("cannot take tasks now");
        assertThat(text(bed.press(OLGA_PERSON, "t:offer:" + NUMBER + ":12345"))).contains("cannot take tasks now");
        assertThat(bed.tasks.live(NUMBER)).isEmpty();
    }

    @Test
    void aRequestHasOneLiveOfferAtATime() {
        bed.offerTo("777");
        assertThat(text(bed.press(OLGA_PERSON, "t:offer:" + NUMBER + ":778")))
                .contains("already has a volunteer: Ivan");
        assertThat(bed.chats.of("778")).isEmpty();
    }

    @Test
    void theHolderAndAnAdminOfferingAtOnceMakeOneLiveTask() throws Exception {
        for (int round = 0; round < 10; round++) {
            String number = "MOW-00010" + round;
            bed.requests.add(number, RequestStatus.ACCEPTED, TaskBed.OLGA);
            java.util.concurrent.atomic.AtomicInteger turn = new java.util.concurrent.atomic.AtomicInteger();
            concurrently(
                    4,
                    () -> turn.getAndIncrement() % 2 == 0
                            ? bed.press(OLGA_PERSON, "t:offer:" + number + ":777")
                            : bed.press(ADMIN_PERSON, "t:offer:" + number + ":778"));
            assertThat(bed.tasks.live(number)).isPresent();
        }
        long offers = bed.chats.of("777").size() + bed.chats.of("778").size();
        assertThat(offers).isEqualTo(10);
        assertThat(bed.audit).filteredOn(e -> e.action().equals("task.offer")).hasSize(10);
    }

    @Test
    void anUnreachableVolunteerFreesTheRequestAtOnce() {
        bed.chats.unreachable.add("777");
        assertThat(text(bed.press(OLGA_PERSON, "t:offer:" + NUMBER + ":777"))).contains("could not write to Ivan");
        assertThat(bed.tasks.live(NUMBER)).isEmpty();
        bed.offerTo("778");
    }

    @Test
    void twoAcceptsAtOnceMoveTheRequestOnceWithTheFirstNameOnly() throws Exception {
        String id = bed.offerTo("777");
        List<List<Reply>> answers = concurrently(8, () -> bed.press(IVAN, "t:acc:" + id));

        List<StatusChange> changes = bed.requests.changes();
        assertThat(changes).hasSize(1);
        assertThat(changes.get(0).to()).isEqualTo(RequestStatus.VOLUNTEER_ASSIGNED);
        assertThat(changes.get(0).comment()).isEqualTo("Ivan");
        assertThat(changes.get(0).actor().role()).isEqualTo(Actor.Role.VOLUNTEER);
        assertThat(answers).filteredOn(a -> text(a).contains("Thank you!")).hasSize(1);
        assertThat(bed.audit).extracting(Audit.Entry::action).containsOnlyOnce("task.accept");
        assertThat(bed.chats.of("901"))
                .filteredOn(t -> t.contains("Ivan accepted"))
                .hasSize(1);
        assertThat(bed.tasks.byId(id).orElseThrow().state()).isEqualTo(TaskState.ACCEPTED);
    }

    @Test
    void onlyTheOfferedVolunteerAnswersAndForgedDataChangesNothing() {
        String id = bed.offerTo("777");
        assertThat(text(bed.press(MARIA, "t:acc:" + id))).contains("not your task");
        assertThat(text(bed.press(OLGA_PERSON, "t:done:" + id))).contains("not your task");
        assertThat(text(bed.press(IVAN, "t:acc:zzzzzzzzzzzz"))).contains("no longer active");
        assertThat(text(bed.press(IVAN, "t:acc:" + id + "x"))).contains("no longer active");
        assertThat(text(bed.press(IVAN, "t:decw:" + id + ":nonsense"))).contains("no longer active");
        assertThat(text(bed.press(IVAN, "t:page:" + NUMBER + ":99999"))).contains("no longer active");
        assertThat(text(bed.press(IVAN, "t:done:" + id))).contains("no longer active"); // not accepted yet
        assertThat(bed.tasks.byId(id).orElseThrow().state()).isEqualTo(TaskState.OFFERED);
        assertThat(bed.requests.changes()).isEmpty();
    }

    @Test
    void aDeclineWithAPresetReasonGoesBackToTheHolderWhoMayOfferAgain() {
        String id = bed.offerTo("777");
        assertThat(text(bed.press(IVAN, "t:dec:" + id))).contains("Why can you not take");
        assertThat(text(bed.press(IVAN, "t:decw:" + id + ":busy")))
                .contains("thank you for answering")
                .doesNotContain("+7916")
                .doesNotContain("Tverskaya");
        assertThat(bed.chats.of("901"))
                .anyMatch(t -> t.equals("Ivan declined No. " + NUMBER
                        + ": busy at that time. Please choose another volunteer on the card."));
        assertThat(bed.tasks.byId(id).orElseThrow().state()).isEqualTo(TaskState.DECLINED);
        assertThat(text(bed.press(IVAN, "t:decw:" + id + ":far"))).contains("no longer active");
        assertThat(bed.chats.of("901")).filteredOn(t -> t.contains("declined")).hasSize(1);
        assertThat(bed.requests.changes()).isEmpty();
        bed.offerTo("778");
    }

    @Test
    void aTypedReasonForCannotDoReturnsTheRequestToTheHolder() {
        String id = bed.offerTo("777");
        bed.press(IVAN, "t:acc:" + id);
        assertThat(text(bed.press(IVAN, "t:cant:" + id))).contains("What stops you");
        List<Reply> heard = bed.buttons.heard(IVAN, "en", "My car broke down").orElseThrow();
        assertThat(text(heard)).contains("coordinator will find someone else");
        StatusChange last = bed.requests.changes().get(1);
        assertThat(last.to()).isEqualTo(RequestStatus.ACCEPTED);
        assertThat(last.comment()).isEqualTo("My car broke down");
        assertThat(bed.chats.of("901"))
                .anyMatch(t -> t.startsWith("Ivan cannot do No. " + NUMBER + ": My car broke down"));
        assertThat(bed.buttons.heard(IVAN, "en", "again")).isEmpty();
        assertThat(bed.tasks.live(NUMBER)).isEmpty();
    }

    @Test
    void doneClosesTheRequestAsTheVolunteer() {
        String id = bed.offerTo("777");
        bed.press(IVAN, "t:acc:" + id);
        assertThat(text(bed.press(IVAN, "t:done:" + id))).contains("Thank you for your help");
        assertThat(text(bed.press(IVAN, "t:done:" + id))).contains("no longer active");
        assertThat(bed.requests.byNumber(NUMBER).orElseThrow().status()).isEqualTo(RequestStatus.DONE);
        assertThat(bed.requests.changes()).hasSize(2);
        assertThat(bed.audit).extracting(Audit.Entry::action).containsExactly("task.offer", "task.accept", "task.done");
    }

    @Test
    void anUnansweredOfferExpiresOnceThoughTwoInstancesSweep() throws Exception {
        String id = bed.offerTo("777");
        Withdrawing one = bed.withdrawing();
        Withdrawing two = bed.withdrawing();
        assertThat(one.sweep()).isZero();
        bed.clock.advance(Duration.ofMinutes(61));
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        Future<Integer> a = pool.submit(() -> {
            start.await();
            return one.sweep();
        });
        Future<Integer> b = pool.submit(() -> {
            start.await();
            return two.sweep();
        });
        start.countDown();
        assertThat(a.get() + b.get()).isEqualTo(1);
        pool.shutdown();
        assertThat(one.sweep() + two.sweep()).isZero();
        assertThat(bed.chats.of("901"))
                .filteredOn(t -> t.contains("did not answer"))
                .hasSize(1);
        assertThat(text(bed.press(IVAN, "t:acc:" + id))).contains("no longer active");
        assertThat(bed.requests.changes()).isEmpty();
        assertThat(bed.chats.of("777"))
                .filteredOn(t -> t.startsWith("(edited)"))
                .isNotEmpty()
                .allMatch(t -> !t.contains("+7916") && !t.contains("Tverskaya"));
    }

    @Test
    void aVolunteerWhoLeftHasTheirTasksWithdrawnAndTheHolderIsTold() {
        String id = bed.offerTo("777");
        bed.press(IVAN, "t:acc:" + id);
        bed.volunteers.remove("777");
        bed.withdrawing().on(new VolunteerLeft("777", "Ivan"));
        assertThat(bed.tasks.byId(id).orElseThrow().state()).isEqualTo(TaskState.WITHDRAWN);
        assertThat(bed.chats.of("901")).anyMatch(t -> t.startsWith("Ivan is no longer a volunteer"));
        assertThat(bed.requests.byNumber(NUMBER).orElseThrow().status()).isEqualTo(RequestStatus.ACCEPTED);
    }

    @Test
    void theSweepWithdrawsTasksOfVolunteersWhoVanishedWithoutAnEvent() {
        String id = bed.offerTo("777");
        bed.volunteers.remove("777");
        assertThat(bed.withdrawing().sweep()).isEqualTo(1);
        assertThat(bed.tasks.byId(id).orElseThrow().state()).isEqualTo(TaskState.WITHDRAWN);
        assertThat(bed.chats.of("901")).anyMatch(t -> t.startsWith("Ivan is no longer a volunteer"));
    }

    @Test
    void aRequestTheHqClosesTakesItsTaskBackAndTellsTheVolunteer() {
        String id = bed.offerTo("777");
        bed.press(IVAN, "t:acc:" + id);
        var closed = bed.requests.change(NUMBER, TaskBed.OLGA, RequestStatus.CANCELLED, null, bed.clock.instant());
        var changed = (org.wearetogether.intake.RequestLifecycle.Changed) closed;
        bed.withdrawing().on(new RequestStatusChanged(changed.request(), changed.change()));
        assertThat(bed.tasks.byId(id).orElseThrow().state()).isEqualTo(TaskState.WITHDRAWN);
        assertThat(bed.chats.of("777"))
                .anyMatch(t ->
                        t.equals("Request No. " + NUMBER + " no longer needs your help: the HQ closed it. Thank you!"));
        assertThat(text(bed.press(IVAN, "t:done:" + id))).contains("no longer active");
    }

    @Test
    void aRequestReturnedToTheQueueWithdrawsTheOfferOnceAndTheSweepFindsAMissedEvent() {
        String id = bed.offerTo("777");
        var back = bed.requests.change(NUMBER, TaskBed.OLGA, RequestStatus.SUBMITTED, null, bed.clock.instant());
        var changed = (org.wearetogether.intake.RequestLifecycle.Changed) back;
        // the event was lost (a crash): the sweep finds the live task of a request in the queue
        assertThat(bed.withdrawing().sweep()).isEqualTo(1);
        bed.withdrawing().on(new RequestStatusChanged(changed.request(), changed.change()));
        assertThat(bed.withdrawing().sweep()).isZero();
        assertThat(bed.tasks.byId(id).orElseThrow().state()).isEqualTo(TaskState.WITHDRAWN);
        assertThat(bed.chats.of("777"))
                .filteredOn(t -> t.equals("Request No. " + NUMBER
                        + " no longer needs your help: the HQ returned it to the queue. Thank you!"))
                .hasSize(1);
        assertThat(text(bed.press(IVAN, "t:acc:" + id))).contains("no longer active");
        assertThat(bed.audit).extracting(Audit.Entry::action).containsExactly("task.offer", "task.withdraw");
    }

    @Test
    void anAcceptWhoseRequestMoveWasLostIsCaughtUpOnceByTheSweep() {
        String id = bed.offerTo("777");
        // the task's write happened, the request's did not (a crash between the two)
        bed.tasks.move(id, java.util.Set.of(TaskState.OFFERED), TaskState.ACCEPTED, null, bed.clock.instant());
        bed.withdrawing().sweep();
        bed.withdrawing().sweep();
        List<StatusChange> changes = bed.requests.changes();
        assertThat(changes).hasSize(1);
        assertThat(changes.get(0).to()).isEqualTo(RequestStatus.VOLUNTEER_ASSIGNED);
        assertThat(changes.get(0).comment()).isEqualTo("Ivan");
        assertThat(bed.tasks.byId(id).orElseThrow().state()).isEqualTo(TaskState.ACCEPTED);
    }

    @Test
    void theListTurnsPagesAndFindsByATypedNameWithDataWithin64Bytes() {
        for (int i = 0; i < 9; i++) {
            bed.volunteers.add(FixedVolunteers.volunteer(
                    "12345678901" + i,
                    "Zoya Number" + i,
                    "RU-MOW",
                    org.wearetogether.volunteers.VolunteerStatus.APPROVED));
        }
        bed.assigning.sendPicker(NUMBER, "901", "telegram:901", "en");
        Reply.Message first = bed.chats.posted.get("901").get(0);
        assertThat(data(first)).hasSize(9).last().isEqualTo("t:page:" + NUMBER + ":1");
        Reply.EditPressed second = (Reply.EditPressed)
                bed.press(OLGA_PERSON, "t:page:" + NUMBER + ":1").get(0);
        assertThat(second.text()).contains("page 2");
        List<String> secondData = data(new Reply.Message(second.text(), second.keyboard()));
        assertThat(secondData).hasSize(4).contains("t:page:" + NUMBER + ":0");
        assertThat(secondData).allMatch(d -> d.getBytes(StandardCharsets.UTF_8).length <= 64);

        Reply.Message found = (Reply.Message)
                bed.buttons.heard(OLGA_PERSON, "en", "ivan").orElseThrow().get(0);
        assertThat(data(found)).containsExactly("t:offer:" + NUMBER + ":777");
        assertThat(found.text()).contains("Search: \"ivan\"");
        bed.press(OLGA_PERSON, "t:offer:" + NUMBER + ":777");
        assertThat(bed.buttons.heard(OLGA_PERSON, "en", "maria")).isEmpty(); // the search ended with the offer
    }

    @Test
    void tasksListsTheOpenTasksPrivatelyAndNeverInAGroup() {
        TasksCommand command = new TasksCommand(bed.tasks, bed.requests, bed.messages, bed.codeWords);
        assertThat(text(command.run(IVAN, "en", ""))).contains("You have no open tasks");
        String id = bed.offerTo("777");
        bed.press(IVAN, "t:acc:" + id);
        List<Reply> mine = command.run(IVAN, "en", "");
        assertThat(text(mine)).contains("Your open tasks: 1").contains("+79160000001");
        assertThat(data((Reply.Message) mine.get(1))).containsExactly("t:done:" + id, "t:cant:" + id);
        Person inGroup = new Person("telegram", "-100", "777", "Ivan", null);
        assertThat(text(command.run(inGroup, "en", "")))
                .contains("only in a private chat")
                .doesNotContain("+7916");
        assertThat(text(command.run(MARIA, "en", ""))).contains("You have no open tasks");
    }

    private static List<String> data(Reply.Message message) {
        return ((Reply.Keyboard.Inline) message.keyboard())
                .rows().stream().flatMap(List::stream).map(Reply.Button::data).toList();
    }

    private static List<String> labels(Reply.Message message) {
        return ((Reply.Keyboard.Inline) message.keyboard())
                .rows().stream().flatMap(List::stream).map(Reply.Button::label).toList();
    }

    private static <T> List<T> concurrently(int threads, Callable<T> work) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<T>> futures = new ArrayList<>();
        for (int i = 0; i < threads; i++) {
            futures.add(pool.submit(() -> {
                start.await();
                return work.call();
            }));
        }
        start.countDown();
        List<T> results = new ArrayList<>();
        for (Future<T> f : futures) {
            results.add(f.get());
        }
        pool.shutdown();
        return results;
    }
}
