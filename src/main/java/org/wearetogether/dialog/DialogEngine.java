package org.wearetogether.dialog;

import java.time.Instant;
import java.util.Map;
import java.util.Set;

/** Runs conversations of the loaded dialogs, one input at a time. Pure: stores nothing itself. */
public interface DialogEngine {

    Set<String> dialogIds();

    /** The dialog's title in a language, e.g. for "Drop your unfinished request?". */
    String title(String dialogId, String language);

    /**
     * Starts a conversation and asks the first step. {@code presetAnswers} skip the steps they answer (e.g. the
     * menu's "For a relative" answers {@code for_whom}).
     */
    Turn start(String dialogId, Person person, String language, Map<String, Object> presetAnswers, Instant now);

    /** Applies one input to a running conversation. */
    Turn handle(Conversation conversation, Person person, DialogInput input, Instant now);

    /** Repeats the current question, e.g. after a language switch or when the person comes back. */
    Turn repeat(Conversation conversation, Instant now);

    /**
     * Called when {@link Conversation#remindAt()} or {@link Conversation#expireAt()} has passed: a reminder (the
     * conversation goes on, not reminded again) or the expiry (the conversation ends).
     */
    Turn timeUp(Conversation conversation, Instant now);

    /** Whether callback data belongs to the dialog engine (so a channel can route it here). */
    boolean ownsButtonData(String data);
}
