package org.wearetogether.tasks.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.wearetogether.dialog.Person;
import org.wearetogether.dialog.Reply;
import org.wearetogether.dialog.Texts;
import org.wearetogether.intake.Actor;
import org.wearetogether.intake.HelpRequest;
import org.wearetogether.intake.HelpRequests;
import org.wearetogether.intake.RequestLifecycle;
import org.wearetogether.intake.RequestStatus;
import org.wearetogether.tasks.Task;
import org.wearetogether.tasks.TaskState;

/**
 * The volunteer's side: Accept, Decline, Done, Cannot do. Only the volunteer the task was offered to acts, and only
 * on the live task: each answer is first one guarded write of the task's state (so a double press or a replay
 * changes nothing), then the request follows through its lifecycle as a {@link Actor.Role#VOLUNTEER}, and the
 * coordinator who offered it is told privately of a decline or a "cannot do".
 */
final class Answering {

    private static final Logger log = LoggerFactory.getLogger(Answering.class);

    private final MongoTasks tasks;
    private final MongoTaskWaits waits;
    private final HelpRequests requests;
    private final RequestLifecycle lifecycle;
    private final TaskMessages messages;
    private final Messenger messenger;
    private final TaskChanges changes;
    private final CodeWordIssuing codeWords;
    private final Clock clock;
    /** Notes the volunteer's activity (the console's "last activity"); cheap, written at most hourly. */
    private final Consumer<String> active;

    Answering(
            MongoTasks tasks,
            MongoTaskWaits waits,
            HelpRequests requests,
            RequestLifecycle lifecycle,
            TaskMessages messages,
            Messenger messenger,
            TaskChanges changes,
            CodeWordIssuing codeWords,
            Clock clock) {
        this(tasks, waits, requests, lifecycle, messages, messenger, changes, codeWords, clock, userId -> {});
    }

    Answering(
            MongoTasks tasks,
            MongoTaskWaits waits,
            HelpRequests requests,
            RequestLifecycle lifecycle,
            TaskMessages messages,
            Messenger messenger,
            TaskChanges changes,
            CodeWordIssuing codeWords,
            Clock clock,
            Consumer<String> active) {
        this.active = active;
        this.tasks = tasks;
        this.waits = waits;
        this.requests = requests;
        this.lifecycle = lifecycle;
        this.messages = messages;
        this.messenger = messenger;
        this.changes = changes;
        this.codeWords = codeWords;
        this.clock = clock;
    }

    List<Reply> accept(Person person, String taskId, String language) {
        Task task = mine(person, taskId);
        if (task == null) {
            return refusal(person, taskId, language);
        }
        Instant now = clock.instant();
        if (!tasks.move(taskId, Set.of(TaskState.OFFERED), TaskState.ACCEPTED, null, now)) {
            return stale(taskId, language);
        }
        follow(task, RequestStatus.VOLUNTEER_ASSIGNED, task.volunteerFirstName(), now);
        // Bound when the offer went out; again here in case that failed. Only now may the volunteer see it.
        codeWords.issue(task);
        Task now2 = changes.changed(taskId, person.userId(), task.volunteerFirstName(), "task.accept", null);
        messenger.tell(
                task.holderChatKey(),
                TaskTexts.TOLD_ACCEPTED.in(task.holderLanguage()).formatted(task.volunteerFirstName(), task.number()));
        return answered(now2, TaskTexts.THANKS_ACCEPTED, language);
    }

    List<Reply> done(Person person, String taskId, String language) {
        Task task = mine(person, taskId);
        if (task == null) {
            return refusal(person, taskId, language);
        }
        Instant now = clock.instant();
        if (!tasks.move(taskId, Set.of(TaskState.ACCEPTED), TaskState.DONE, null, now)) {
            return stale(taskId, language);
        }
        follow(task, RequestStatus.DONE, null, now);
        Task after = changes.changed(taskId, person.userId(), task.volunteerFirstName(), "task.done", null);
        messenger.tell(
                task.holderChatKey(),
                TaskTexts.TOLD_DONE.in(task.holderLanguage()).formatted(task.volunteerFirstName(), task.number()));
        return answered(after, TaskTexts.THANKS_DONE, language);
    }

    /** Decline or "cannot do" pressed: the reasons to choose from, and a typed reason is waited for. */
    List<Reply> askReason(Person person, String taskId, boolean decline, String language) {
        Task task = mine(person, taskId);
        if (task == null) {
            return refusal(person, taskId, language);
        }
        TaskState expected = decline ? TaskState.OFFERED : TaskState.ACCEPTED;
        if (task.state() != expected) {
            return stale(taskId, language);
        }
        MongoTaskWaits.Kind kind = decline ? MongoTaskWaits.Kind.DECLINE : MongoTaskWaits.Kind.CANNOT;
        waits.await(person.chatKey(), kind, taskId, clock.instant());
        return List.of(messages.reasons(task, decline, language));
    }

    /** Back from the reasons to the task as it is. */
    List<Reply> show(Person person, String taskId, String language) {
        Task task = mine(person, taskId);
        if (task == null) {
            return refusal(person, taskId, language);
        }
        waits.clear(person.chatKey());
        Reply.Message shown =
                messages.task(task, requests.byNumber(task.number()).orElse(null), language);
        return List.of(new Reply.EditPressed(shown.text(), shown.keyboard()));
    }

    List<Reply> decline(Person person, String taskId, String reason, String language, boolean pressed) {
        Task task = mine(person, taskId);
        if (task == null) {
            return refusal(person, taskId, language);
        }
        Instant now = clock.instant();
        if (!tasks.move(taskId, Set.of(TaskState.OFFERED), TaskState.DECLINED, reason, now)) {
            return pressed ? stale(taskId, language) : List.of(Reply.Message.plain(TaskTexts.INACTIVE.in(language)));
        }
        waits.clear(person.chatKey());
        Task after = changes.changed(taskId, person.userId(), task.volunteerFirstName(), "task.decline", reason);
        messenger.tell(
                task.holderChatKey(),
                TaskTexts.TOLD_DECLINED
                        .in(task.holderLanguage())
                        .formatted(task.volunteerFirstName(), task.number(), reason));
        return finished(after, TaskTexts.DECLINED_OK, language, pressed);
    }

    List<Reply> cannot(Person person, String taskId, String reason, String language, boolean pressed) {
        Task task = mine(person, taskId);
        if (task == null) {
            return refusal(person, taskId, language);
        }
        Instant now = clock.instant();
        if (!tasks.move(taskId, Set.of(TaskState.ACCEPTED), TaskState.DROPPED, reason, now)) {
            return pressed ? stale(taskId, language) : List.of(Reply.Message.plain(TaskTexts.INACTIVE.in(language)));
        }
        waits.clear(person.chatKey());
        follow(task, RequestStatus.ACCEPTED, reason, now);
        Task after = changes.changed(taskId, person.userId(), task.volunteerFirstName(), "task.cannot", reason);
        messenger.tell(
                task.holderChatKey(),
                TaskTexts.TOLD_CANNOT
                        .in(task.holderLanguage())
                        .formatted(task.volunteerFirstName(), task.number(), reason));
        return finished(after, TaskTexts.CANNOT_OK, language, pressed);
    }

    /** The request follows the task; a request the HQ changed meanwhile stays as the HQ left it. */
    private void follow(Task task, RequestStatus to, String comment, Instant now) {
        Actor volunteer = new Actor(Actor.Role.VOLUNTEER, task.volunteerUserId(), task.volunteerFirstName());
        RequestLifecycle.Outcome outcome = lifecycle.change(task.number(), volunteer, to, comment, now);
        if (!(outcome instanceof RequestLifecycle.Changed)) {
            log.info("Request {} not moved to {} after task {}: {}", task.number(), to, task.id(), outcome);
        }
    }

    private Task mine(Person person, String taskId) {
        Task task = tasks.byId(taskId).orElse(null);
        if (task == null || !task.volunteerUserId().equals(person.userId())) {
            return null;
        }
        active.accept(person.userId());
        return task;
    }

    private List<Reply> refusal(Person person, String taskId, String language) {
        boolean exists = tasks.byId(taskId).isPresent();
        log.warn("Refused task press on {} by {} ({})", taskId, person.userId(), exists ? "not theirs" : "unknown");
        return List.of(new Reply.Notice((exists ? TaskTexts.NOT_YOURS : TaskTexts.INACTIVE).in(language)));
    }

    private List<Reply> stale(String taskId, String language) {
        Task task = tasks.byId(taskId).orElseThrow();
        HelpRequest request = requests.byNumber(task.number()).orElse(null);
        Reply.Message shown = messages.task(task, request, language);
        return List.of(
                new Reply.Notice(TaskTexts.INACTIVE.in(language)),
                new Reply.EditPressed(shown.text(), shown.keyboard()));
    }

    private List<Reply> answered(Task task, Texts thanks, String language) {
        Reply.Message shown =
                messages.task(task, requests.byNumber(task.number()).orElse(null), language);
        return List.of(new Reply.Notice(thanks.in(language)), new Reply.EditPressed(shown.text(), shown.keyboard()));
    }

    private List<Reply> finished(Task task, Texts answer, String language, boolean pressed) {
        if (pressed) {
            return answered(task, answer, language);
        }
        changes.refreshVolunteerMessage(task);
        return List.of(Reply.Message.plain(answer.in(language)));
    }
}
