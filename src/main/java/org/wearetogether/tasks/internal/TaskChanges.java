package org.wearetogether.tasks.internal;

import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.wearetogether.access.Audit;
import org.wearetogether.intake.HelpRequests;
import org.wearetogether.tasks.Task;
import org.wearetogether.tasks.TaskChanged;

/**
 * What follows every stored change of a task: the audit entry, the {@link TaskChanged} event (the HQ cards follow)
 * and the volunteer's task message edited to its new state. None of these may undo or fail the change itself.
 */
final class TaskChanges {

    private static final Logger log = LoggerFactory.getLogger(TaskChanges.class);

    private final MongoTasks tasks;
    private final HelpRequests requests;
    private final TaskMessages messages;
    private final Messenger messenger;
    private final Audit audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    TaskChanges(
            MongoTasks tasks,
            HelpRequests requests,
            TaskMessages messages,
            Messenger messenger,
            Audit audit,
            ApplicationEventPublisher events,
            Clock clock) {
        this.tasks = tasks;
        this.requests = requests;
        this.messages = messages;
        this.messenger = messenger;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    /** Records and announces a change; returns the task as stored now. */
    Task changed(String taskId, String actorId, String actorName, String action, String details) {
        Task task = tasks.byId(taskId).orElseThrow();
        try {
            audit.record(new Audit.Entry(actorId, actorName, action, task.number(), details, clock.instant()));
        } catch (RuntimeException e) {
            log.warn("Audit of {} on {} not recorded", action, task.number(), e);
        }
        try {
            events.publishEvent(new TaskChanged(task));
        } catch (RuntimeException e) {
            log.warn("A listener of the change of task {} failed", task.id(), e);
        }
        return task;
    }

    /** Edits the volunteer's own task message (when the change did not come from a press on it). */
    void refreshVolunteerMessage(Task task) {
        tasks.messageId(task.id())
                .ifPresent(id -> messenger.edit(
                        task.volunteerChatKey(),
                        id,
                        messages.task(task, requests.byNumber(task.number()).orElse(null), task.volunteerLanguage())));
    }
}
