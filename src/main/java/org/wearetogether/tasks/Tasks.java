package org.wearetogether.tasks;

import java.util.Optional;

/** The volunteers' tasks of help requests, for the HQ cards. */
public interface Tasks {

    /** The request's latest task (live or ended), to show on its card; empty when never offered. */
    Optional<Task> current(String number);

    /**
     * Sends the coordinator, privately, the list of the region's available volunteers to offer the request to. Only
     * the request's holder (or an admin) of a taken request gets it.
     *
     * @param userId who pressed "Assign volunteer"
     * @param chatKey their private chat, e.g. {@code telegram:901}
     * @param language the language of the list
     */
    Picking sendPicker(String number, String userId, String chatKey, String language);

    /** What came of {@link #sendPicker}. */
    enum Picking {
        /** The list is in the coordinator's private chat. */
        SENT,
        /** Only the holder of a taken request (or an admin) may assign a volunteer. */
        NOT_ALLOWED,
        /** The private chat could not be reached (the coordinator never started the bot). */
        NOT_DELIVERED
    }
}
