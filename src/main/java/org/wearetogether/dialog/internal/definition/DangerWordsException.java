package org.wearetogether.dialog.internal.definition;

/** The danger-word list is missing or broken; the message names the file, the entry and the problem. */
public class DangerWordsException extends org.wearetogether.datafiles.DataFileException {

    public DangerWordsException(String message) {
        super(message);
    }
}
