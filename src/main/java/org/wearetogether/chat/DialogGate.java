package org.wearetogether.chat;

import java.util.List;
import java.util.Optional;
import org.wearetogether.dialog.Person;
import org.wearetogether.dialog.Reply;

/**
 * A feature that may turn away the start of a dialog (e.g. intake, when the person already has as many open requests
 * as allowed), so that nobody answers every question for nothing. Beans; asked in turn before a dialog starts.
 */
public interface DialogGate {

    /** The replies that turn the start away; empty to let the dialog start. */
    Optional<List<Reply>> refuse(Person person, String dialogId, String language);

    /**
     * Answers the dialog starts with, so that it does not ask what is known (e.g. the region of the dialog the person
     * leaves for this one); empty by default.
     *
     * @param inProgress the answers of the dialog in progress that the new one replaces; empty when there is none
     */
    default java.util.Map<String, Object> presetAnswers(
            Person person, String dialogId, java.util.Map<String, Object> inProgress) {
        return java.util.Map.of();
    }
}
