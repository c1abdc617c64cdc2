package org.wearetogether.intake;

/**
 * Turns a status reason as stored (the words of a preset reason in some language, a code, or text someone typed) into
 * a short code that statistics may keep: the HQ knows its preset reasons and contributes this as a bean. Free text
 * must map to null: it may name people.
 */
@FunctionalInterface
public interface ReasonCodes {

    /** The code of the reason, or null when it is not a preset. */
    String codeOf(String reason);
}
