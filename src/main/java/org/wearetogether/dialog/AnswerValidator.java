package org.wearetogether.dialog;

import java.util.Optional;

/**
 * A named check of a free-text answer ({@code validators: [person_name]} in a dialog file). Features contribute
 * validators as beans; the engine refuses files that name an unknown one.
 */
public interface AnswerValidator {

    String name();

    /** Empty when the text is acceptable, else what to tell the person. */
    Optional<Texts> problemWith(String text);
}
