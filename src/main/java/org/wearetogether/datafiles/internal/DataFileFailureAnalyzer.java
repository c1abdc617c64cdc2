package org.wearetogether.datafiles.internal;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.wearetogether.datafiles.DataFileException;

/** Turns a broken data file into one readable start-up message instead of a stack of bean-creation errors. */
class DataFileFailureAnalyzer extends AbstractFailureAnalyzer<DataFileException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, DataFileException cause) {
        return new FailureAnalysis(
                cause.getMessage(),
                "Fix the file (its JSON Schema is dialogs/schema/dialog.schema.json; the README explains the format)"
                        + " and start again.",
                cause);
    }
}
