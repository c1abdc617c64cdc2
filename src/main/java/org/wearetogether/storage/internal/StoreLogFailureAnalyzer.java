package org.wearetogether.storage.internal;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * Turns a damaged write-ahead log into one start-up message that names the file and the byte, and says the two ways
 * out, instead of a stack of bean-creation errors.
 */
class StoreLogFailureAnalyzer extends AbstractFailureAnalyzer<CorruptLogException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, CorruptLogException cause) {
        return new FailureAnalysis(
                cause.getMessage(),
                "Either restore the data folder (" + EmbeddedMongo.FILE_NAME + " and " + EmbeddedMongo.LOG_FILE_NAME
                        + " together) from a backup, or, to accept losing the writes logged after that point, start"
                        + " once with " + CommandLog.TRUNCATE_SETTING + "=" + cause.offset()
                        + " (the cut bytes are kept beside the log), then remove the setting. The README's section"
                        + " \"The embedded store's write-ahead log\" explains both.",
                cause);
    }
}
