package org.wearetogether.dialog.internal.runtime;

import java.util.List;
import org.wearetogether.regions.Region;

/** What an input means for the current step. */
sealed interface Reading {

    /** A valid answer; {@code value} is null when an optional step was skipped. */
    record Accepted(Object value) implements Reading {}

    /** Not a valid answer; {@code hint} says what is expected, already in the person's language. */
    record Invalid(String hint) implements Reading {}

    /** A typed region name matched several regions: ask which one. */
    record Candidates(List<Region> regions) implements Reading {}

    /** One option of a multiple choice was ticked or unticked. */
    record Toggled(List<String> selection) implements Reading {}

    /** More options ticked than allowed: a short notice, nothing else changes. */
    record TooMany(int max) implements Reading {}

    /** Consent was declined. */
    record Declined() implements Reading {}

    /** The summary was submitted. */
    record Submitted() implements Reading {}

    /** One answer is to be changed from the summary. */
    record Edit(String stepId) implements Reading {}

    /** Button data this step does not know: treated like a stale button. */
    record Unknown() implements Reading {}
}
