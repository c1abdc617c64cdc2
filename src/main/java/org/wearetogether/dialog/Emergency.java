package org.wearetogether.dialog;

/**
 * Why the engine told a person to call 112 in a conversation. The engine keeps it among the answers under
 * {@link #ANSWER_KEY}, so that it is said once per dialog (also across a restart) and reaches the completion action;
 * the value never holds what the person wrote.
 */
public enum Emergency {
    /** A free-text answer held a word of {@code dialogs/danger-words.yaml}. */
    DANGER_WORDS,
    /** The answers together mean an emergency, e.g. medical help needed today. */
    URGENT_ANSWERS;

    /** The key of the answers that holds {@link #name()} once the person has been told. */
    public static final String ANSWER_KEY = "emergency_warning";

    /** The reason kept in {@code answers}, or null when there is none (or an unknown value). */
    public static Emergency in(java.util.Map<String, ?> answers) {
        Object value = answers == null ? null : answers.get(ANSWER_KEY);
        for (Emergency e : values()) {
            if (e.name().equals(value)) {
                return e;
            }
        }
        return null;
    }
}
