package org.wearetogether.tasks;

import org.wearetogether.dialog.Texts;

/** Where one offer of a request to a volunteer stands, with the words the HQ card shows. */
public enum TaskState {
    /** Sent to the volunteer, waiting for Accept or Decline. */
    OFFERED(Texts.of("предложено, ждём ответа", "offered, waiting for an answer")),
    /** The volunteer took it on. */
    ACCEPTED(Texts.of("принял(а)", "accepted")),
    /** The volunteer said no; the holder chooses someone else. */
    DECLINED(Texts.of("отказался(-ась)", "declined")),
    /** Not answered in time; the holder chooses someone else. */
    EXPIRED(Texts.of("не ответил(а) вовремя", "did not answer in time")),
    /** The volunteer reported it done. */
    DONE(Texts.of("выполнил(а)", "done")),
    /** Accepted, then the volunteer could not do it. */
    DROPPED(Texts.of("не смог(ла) выполнить", "could not do it")),
    /** Taken back: the request was closed or returned to the queue, or the volunteer left. */
    WITHDRAWN(Texts.of("снято", "withdrawn"));

    private final Texts label;

    TaskState(Texts label) {
        this.label = label;
    }

    public Texts label() {
        return label;
    }

    /** Whether the offer still binds the request: at most one live task per request. */
    public boolean live() {
        return this == OFFERED || this == ACCEPTED;
    }
}
