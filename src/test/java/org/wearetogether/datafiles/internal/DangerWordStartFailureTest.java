package org.wearetogether.datafiles.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.BeanCreationException;
import org.wearetogether.dialog.internal.definition.DangerWordsException;

/** A broken danger-word list, thrown while the engine bean is made, stops the start with its own one message. */
class DangerWordStartFailureTest {

    @Test
    void theStartUpMessageIsTheListsProblemNotAStackOfBeanErrors() {
        var broken = new DangerWordsException(
                "Danger-word list dialogs/danger-words.yaml cannot be used: \"words\" has no list for \"en\"");
        var failure = new BeanCreationException("dialogEngine", "Failed to instantiate", broken);

        var analysis = new DataFileFailureAnalyzer().analyze(failure);

        assertThat(analysis.getDescription())
                .isEqualTo(
                        "Danger-word list dialogs/danger-words.yaml cannot be used: \"words\" has no list for \"en\"");
    }
}
