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
}
