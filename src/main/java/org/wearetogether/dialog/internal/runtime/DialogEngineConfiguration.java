package org.wearetogether.dialog.internal.runtime;

import java.time.Clock;
import java.util.List;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.wearetogether.datafiles.DialogFolder;
import org.wearetogether.dialog.AnswerValidator;
import org.wearetogether.dialog.DialogAction;
import org.wearetogether.dialog.DialogEngine;
import org.wearetogether.dialog.DialogSettings;
import org.wearetogether.dialog.internal.definition.DangerWordFile;
import org.wearetogether.dialog.internal.definition.DangerWords;
import org.wearetogether.dialog.internal.definition.DialogDefinitions;
import org.wearetogether.regions.RegionCatalogue;

/** The dialog engine bean: every loaded dialog compiled, with the actions and validators modules contribute. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(DialogSettings.class)
class DialogEngineConfiguration {

    @Bean
    DialogEngine dialogEngine(
            DialogDefinitions definitions,
            RegionCatalogue regions,
            DialogSettings settings,
            List<DialogAction> actions,
            List<AnswerValidator> validators,
            DialogFolder folder,
            org.springframework.beans.factory.ObjectProvider<org.wearetogether.dialog.HelpOfferButton> wayOut,
            Clock clock) {
        // Read at start with the dialogs: a broken danger-word list stops the service with one clear message.
        DangerWords dangerWords = DangerWordFile.load(folder);
        return EngineAssembly.assemble(
                definitions,
                regions,
                settings,
                actions,
                validators,
                dangerWords,
                wayOut.orderedStream().toList(),
                clock);
    }
}
