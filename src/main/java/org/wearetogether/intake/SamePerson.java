package org.wearetogether.intake;

import java.util.Optional;

/**
 * A request filed anyway although its beneficiary's phone had an open request already: its answers keep that
 * request's number under {@link #ANSWER_KEY}, and its HQ card says "possibly the same person as No. X". A request
 * number is not personal data; nothing else of the other request is linked.
 */
public final class SamePerson {

    /** The answers key that holds the number of the open request for the same phone at filing. */
    public static final String ANSWER_KEY = "possibly_same_as";

    private SamePerson() {}

    /** The number of the open request for the same phone when this one was filed, if any. */
    public static Optional<String> earlierOf(HelpRequest request) {
        Object number = request.answers().get(ANSWER_KEY);
        return number instanceof String n && !n.isBlank() ? Optional.of(n) : Optional.empty();
    }
}
