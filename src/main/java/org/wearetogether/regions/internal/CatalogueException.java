package org.wearetogether.regions.internal;

/** The region catalogue file is missing or broken; the message names the file, the entry and the problem. */
public class CatalogueException extends org.wearetogether.datafiles.DataFileException {

    public CatalogueException(String message) {
        super(message);
    }

    public CatalogueException(String message, Throwable cause) {
        super(message, cause);
    }
}
