package org.wearetogether.dialog.internal.definition;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import org.wearetogether.dialog.Texts;

/**
 * One dialog as read from its file in {@code dialogs/}, already validated.
 *
 * @param id snake_case id, equal to the file name with '-' for '_' ({@code request_help} in {@code request-help.yaml})
 * @param version the definition's own version; a running conversation keeps the version it started with
 * @param title a short name of the dialog, shown e.g. when asking whether to drop it for another one
 * @param start the first step
 * @param reminderAfter inactivity after which the person is reminded once (default 30 minutes)
 * @param expireAfter inactivity after which the conversation is dropped (default 24 hours)
 * @param onComplete the named action that receives the answers when the person submits the summary
 * @param completed what to say after the action succeeded, before the action's own reply (may be null)
 * @param steps the steps in file order
 * @param sourceName the file the definition came from, for error messages
 */
public record DialogDefinition(
        String id,
        int version,
        Texts title,
        String start,
        Duration reminderAfter,
        Duration expireAfter,
        String onComplete,
        Texts completed,
        Map<String, StepDefinition> steps,
        String sourceName) {

    public static final Duration DEFAULT_REMINDER_AFTER = Duration.ofMinutes(30);
    public static final Duration DEFAULT_EXPIRE_AFTER = Duration.ofHours(24);

    public DialogDefinition {
        steps = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(steps));
    }

    public StepDefinition step(String stepId) {
        StepDefinition step = steps.get(stepId);
        if (step == null) {
            throw new IllegalArgumentException("Dialog " + id + " has no step " + stepId);
        }
        return step;
    }
}
