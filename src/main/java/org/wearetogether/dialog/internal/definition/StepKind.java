package org.wearetogether.dialog.internal.definition;

import java.util.List;
import org.wearetogether.dialog.Texts;

/** What answer a step takes; one record per kind, so every {@code switch} over kinds covers them all. */
public sealed interface StepKind {

    /** Free text; {@code validators} name {@code AnswerValidator}s contributed by features. */
    record FreeText(int min, int max, String pattern, List<String> validators) implements StepKind {}

    /** A whole or decimal number within bounds (age, hours a week). */
    record Number(double min, double max, boolean integer) implements StepKind {}

    /** A calendar date, typed as {@code 25.11.2026} or {@code 2026-11-25}, within days relative to today. */
    record Date(int minDaysFromToday, int maxDaysFromToday) implements StepKind {}

    /** One option, offered as inline buttons. */
    record SingleChoice(List<Option> options) implements StepKind {}

    /** Several options, toggled with inline buttons and confirmed with a "Done" button. */
    record MultipleChoice(List<Option> options, int min, int max) implements StepKind {}

    /**
     * A phone number, typed or shared with Telegram's contact button; stored in E.164.
     *
     * @param defaultRegion the ISO country used for numbers typed without a country code ({@code RU})
     * @param offerOwnContact when the share-my-contact button is offered (null: never; an empty condition: always)
     * @param onlyOwnContact a shared contact card must be the sender's own (a forwarded one is refused)
     */
    record Phone(String defaultRegion, Condition offerOwnContact, boolean onlyOwnContact) implements StepKind {

        public Phone(String defaultRegion, Condition offerOwnContact) {
            this(defaultRegion, offerOwnContact, false);
        }
    }

    /** An address typed as text, or a location shared from Telegram (stored as a {@code geo:} URI). */
    record Address(int min, int max, boolean allowLocation) implements StepKind {}

    /** A region of the catalogue: buttons for the {@code suggested} codes, typed names matched fuzzily. */
    record Region(List<String> suggested) implements StepKind {}

    /**
     * Consent to processing personal data. Declining ends the dialog and keeps nothing personal.
     *
     * @param version the version of the consent text, stored with the answer
     * @param declined what to say when the person declines
     */
    record Consent(String version, Texts accept, Texts decline, Texts declined) implements StepKind {}

    /** The summary of all answers, with a button to edit each one and a button to submit. */
    record Summary(Texts submit) implements StepKind {}

    /** One option of a choice; {@code id} is what is stored and what conditions compare. */
    record Option(String id, Texts text) {}
}
