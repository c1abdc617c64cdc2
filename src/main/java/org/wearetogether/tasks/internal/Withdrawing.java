package org.wearetogether.tasks.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.wearetogether.intake.Actor;
import org.wearetogether.intake.HelpRequest;
import org.wearetogether.intake.HelpRequests;
import org.wearetogether.intake.RequestLifecycle;
import org.wearetogether.intake.RequestStatus;
import org.wearetogether.intake.RequestStatusChanged;
import org.wearetogether.tasks.Task;
import org.wearetogether.tasks.TaskState;
import org.wearetogether.volunteers.VolunteerLeft;
import org.wearetogether.volunteers.Volunteers;

/**
 * Tasks that end without the volunteer's answer: offers not answered in time expire, tasks of a request the HQ
 * closed or returned to the queue are withdrawn (the volunteer is told), tasks of a volunteer who left are withdrawn
 * (the coordinator is told). The events act at once; the sweep finds what an event lost to a crash would have done.
 * Each ending is one guarded write of the task's state, so it happens once however many sweeps and events race.
 */
final class Withdrawing {

    private static final Logger log = LoggerFactory.getLogger(Withdrawing.class);
    private static final int BATCH = 200;
    private static final Set<TaskState> LIVE = Set.of(TaskState.OFFERED, TaskState.ACCEPTED);

    private final MongoTasks tasks;
    private final HelpRequests requests;
    private final RequestLifecycle lifecycle;
    /** Gives null while no volunteers module is part of the application. */
    private final Supplier<Volunteers> volunteers;

    private final Messenger messenger;
    private final TaskChanges changes;
    private final Clock clock;

    Withdrawing(
            MongoTasks tasks,
            HelpRequests requests,
            RequestLifecycle lifecycle,
            Supplier<Volunteers> volunteers,
            Messenger messenger,
            TaskChanges changes,
            Clock clock) {
        this.tasks = tasks;
        this.requests = requests;
        this.lifecycle = lifecycle;
        this.volunteers = volunteers;
        this.messenger = messenger;
        this.changes = changes;
        this.clock = clock;
    }

    @EventListener
    void on(RequestStatusChanged event) {
        if (event.change().actor().role() == Actor.Role.VOLUNTEER) {
            return; // the volunteer's own answer: the task has moved already
        }
        try {
            requestChanged(event.request());
        } catch (RuntimeException e) {
            log.warn(
                    "Task of {} not withdrawn yet; the sweep retries",
                    event.request().number(),
                    e);
        }
    }

    /** Before {@link ErasingTasks} replaces the volunteer's ids with a pseudonym. */
    @EventListener
    @org.springframework.core.annotation.Order(0)
    void on(VolunteerLeft event) {
        for (Task task : tasks.liveOf(event.userId())) {
            try {
                volunteerGone(task);
            } catch (RuntimeException e) {
                log.warn("Task {} of a volunteer who left not withdrawn yet; the sweep retries", task.id(), e);
            }
        }
    }

    /**
     * Expires the due offers, withdraws what events missed and moves a request its accepted task's Accept did not
     * move; returns how many tasks ended.
     */
    int sweep() {
        int ended = 0;
        Instant now = clock.instant();
        for (Task task : tasks.dueOffers(now, BATCH)) {
            if (expire(task, now)) {
                ended++;
            }
        }
        Volunteers profiles = volunteers.get();
        for (Task task : tasks.allLive(BATCH * 5)) {
            if (profiles != null && profiles.byUserId(task.volunteerUserId()).isEmpty()) {
                ended += volunteerGone(task) ? 1 : 0;
            } else {
                HelpRequest request = requests.byNumber(task.number()).orElse(null);
                if (request != null && requestChanged(request)) {
                    ended++;
                } else if (request != null) {
                    catchUp(task, request, now);
                }
            }
        }
        return ended;
    }

    /**
     * An accepted task whose request is still merely ACCEPTED: the request's move after the volunteer's Accept was
     * lost (a crash or a store error between the two writes). Nothing else leaves a request ACCEPTED under an
     * accepted task (a "cannot do" ends the task first), so the move is made now.
     */
    private void catchUp(Task task, HelpRequest request, Instant now) {
        if (task.state() != TaskState.ACCEPTED || request.status() != RequestStatus.ACCEPTED) {
            return;
        }
        Actor volunteer = new Actor(Actor.Role.VOLUNTEER, task.volunteerUserId(), task.volunteerFirstName());
        RequestLifecycle.Outcome outcome = lifecycle.change(
                task.number(), volunteer, RequestStatus.VOLUNTEER_ASSIGNED, task.volunteerFirstName(), now);
        log.info("Request {} caught up with accepted task {}: {}", task.number(), task.id(), outcome);
    }

    private boolean expire(Task task, Instant now) {
        if (!tasks.move(task.id(), Set.of(TaskState.OFFERED), TaskState.EXPIRED, null, now)) {
            return false;
        }
        Task after = changes.changed(task.id(), "system", "system", "task.expire", task.volunteerUserId());
        changes.refreshVolunteerMessage(after);
        messenger.tell(
                task.volunteerChatKey(),
                TaskTexts.EXPIRED_TO_VOLUNTEER.in(task.volunteerLanguage()).formatted(task.number()));
        messenger.tell(
                task.holderChatKey(),
                TaskTexts.TOLD_EXPIRED.in(task.holderLanguage()).formatted(task.volunteerFirstName(), task.number()));
        return true;
    }

    /** The request was closed or returned to the queue: its live task is withdrawn and the volunteer told. */
    private boolean requestChanged(HelpRequest request) {
        boolean closed = !request.status().open();
        if (!closed && request.status() != RequestStatus.SUBMITTED) {
            return false;
        }
        Optional<Task> live = tasks.live(request.number());
        if (live.isEmpty()) {
            return false;
        }
        Task task = live.get();
        String reason = (closed ? TaskTexts.CLOSED : TaskTexts.RETURNED).in(task.volunteerLanguage());
        if (!tasks.move(task.id(), LIVE, TaskState.WITHDRAWN, reason, clock.instant())) {
            return false;
        }
        Task after = changes.changed(task.id(), "system", "system", "task.withdraw", reason);
        changes.refreshVolunteerMessage(after);
        messenger.tell(
                task.volunteerChatKey(),
                TaskTexts.WITHDRAWN.in(task.volunteerLanguage()).formatted(task.number(), reason));
        return true;
    }

    /** The volunteer's profile is gone: the task goes back to the coordinator, the request back to ACCEPTED. */
    private boolean volunteerGone(Task task) {
        Instant now = clock.instant();
        String reason = TaskTexts.LEFT.in(task.holderLanguage());
        if (!tasks.move(task.id(), LIVE, TaskState.WITHDRAWN, reason, now)) {
            return false;
        }
        if (task.state() == TaskState.ACCEPTED) {
            RequestLifecycle.Outcome outcome =
                    lifecycle.change(task.number(), Actor.SYSTEM, RequestStatus.ACCEPTED, reason, now);
            log.info(
                    "Request {} after its volunteer left: {}",
                    task.number(),
                    outcome.getClass().getSimpleName());
        }
        changes.changed(task.id(), "system", "system", "task.withdraw", reason);
        messenger.tell(
                task.holderChatKey(),
                TaskTexts.TOLD_LEFT.in(task.holderLanguage()).formatted(task.volunteerFirstName(), task.number()));
        return true;
    }
}
