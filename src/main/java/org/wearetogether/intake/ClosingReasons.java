package org.wearetogether.intake;

import org.wearetogether.dialog.Texts;

/**
 * Status reasons the service itself writes: codes, not free text, so that no personal data can hide in them and
 * every reader (the requester, an HQ card, a CRM) can say them in its own words.
 */
public final class ClosingReasons {

    /** Closed by retention: the request had no change for {@code together.retention.stale-requests}. */
    public static final String STALE = "stale";

    private static final Texts STALE_WORDS = Texts.of("давно не было новостей", "no news for a long time");

    private ClosingReasons() {}

    /** How a person reads a status reason: the words of a code, or the reason as written by a person. */
    public static String words(String reason, String language) {
        return STALE.equals(reason) ? STALE_WORDS.in(language) : reason;
    }
}
