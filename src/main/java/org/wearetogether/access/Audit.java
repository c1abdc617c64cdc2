package org.wearetogether.access;

import java.time.Instant;
import java.util.List;

/** The record of what admins, coordinators and operators did: who, when, what. Request status changes are also in each request's history. */
public interface Audit {

    /** Records one action; never throws for a store hiccup of its own (the action itself already happened). */
    void record(Entry entry);

    /** The actions about a subject (a request number, a region code, a user id), oldest first. */
    List<Entry> about(String subject, int limit);

    /**
     * A person was forgotten: their id (user id or chat key) is replaced with their pseudonym wherever it is the actor
     * (and so is the name shown beside it), the subject or the details, and the details of entries about them (free
     * text such as a decline reason) are removed. Returns how many entries changed.
     */
    long pseudonymise(String id, String pseudonym);

    /**
     * One action.
     *
     * @param actorId the messenger user id of who acted
     * @param actorName how to show them
     * @param action e.g. {@code coordinator.add}, {@code hq.bind}, {@code card.take}
     * @param subject what it was about: a user id, a region code, a request number
     * @param details anything else worth keeping (may be null)
     * @param at when
     */
    record Entry(String actorId, String actorName, String action, String subject, String details, Instant at) {}
}
