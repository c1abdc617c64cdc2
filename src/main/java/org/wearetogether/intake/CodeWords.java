package org.wearetogether.intake;

import java.util.Optional;

/**
 * The code word of a help request ("the door is safe"): the person helped opens the door only to someone who says
 * it. It is picked when the request is filed and told to the requester; the volunteer learns it only once they have
 * accepted the task. Each task after the request's first gets a new word, so a volunteer who saw an earlier word (or
 * anyone they told) cannot use it. The word is kept out of {@link HelpRequest} on purpose: the HQ cards, the holder's
 * contacts and the CRM API are built from that record and so can never show it. It is personal data: erasure and
 * retention remove it with the rest.
 */
public interface CodeWords {

    /** The word the requester knows now; empty for an unknown request or once its personal data is erased. */
    Optional<String> current(String number);

    /** The word bound to this task (what its volunteer may see); empty while it is bound to no task or another. */
    Optional<String> ofTask(String number, String taskId);

    /**
     * Binds the request's word to a task, idempotently: a task already bound gets its word back unchanged. The first
     * task of a request keeps the word given at filing; any other task gets a new word (the caller must tell the
     * requester: {@link Issued#renewed()}).
     *
     * @param firstTask whether this is the request's first task ever
     * @return empty for an unknown request or once its personal data is erased
     */
    Optional<Issued> issueFor(String number, String taskId, boolean firstTask);

    /**
     * Records that the requester was told this word (or cannot be told: a blocked chat); a word since replaced
     * stays untold. Until then {@link #untold} lists the request.
     */
    void told(String number, String word);

    /** Requests whose renewed word the requester has not yet been told, at most {@code limit}. */
    java.util.List<String> untold(int limit);

    /**
     * A word bound to a task.
     *
     * @param word the word
     * @param renewed true when this call replaced the word the requester knew: they must be told the new one
     */
    record Issued(String word, boolean renewed) {}
}
