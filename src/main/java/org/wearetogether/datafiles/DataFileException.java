package org.wearetogether.datafiles;

/**
 * A data file in the dialogs folder (a dialog, the region catalogue) cannot be used. Start-up stops with the message,
 * which names the file, the entry or step, and the problem.
 */
public class DataFileException extends RuntimeException {

    public DataFileException(String message) {
        super(message);
    }

    public DataFileException(String message, Throwable cause) {
        super(message, cause);
    }
}
