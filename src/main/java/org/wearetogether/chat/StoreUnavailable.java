package org.wearetogether.chat;

/**
 * Thrown by {@link FrontDesk#handle} when the input could not be applied because the store is unreachable: nothing was
 * applied, and the channel must hand the same input in again later instead of confirming it to the messenger.
 */
public class StoreUnavailable extends RuntimeException {

    public StoreUnavailable(String message, Throwable cause) {
        super(message, cause);
    }
}
