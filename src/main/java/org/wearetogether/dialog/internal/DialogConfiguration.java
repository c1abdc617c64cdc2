package org.wearetogether.dialog.internal;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.wearetogether.datafiles.DialogFolder;
import org.wearetogether.dialog.AnswerValidator;
import org.wearetogether.dialog.DialogAction;
import org.wearetogether.dialog.DialogSettings;
import org.wearetogether.dialog.internal.definition.DialogDefinitionLoader;
import org.wearetogether.dialog.internal.definition.DialogDefinitions;
import org.wearetogether.dialog.internal.definition.KnownNames;

/**
 * Loads and validates the dialog files at start-up: a broken file stops the service with one message naming the
 * file, the step and the problem. Actions and validators are whatever beans the features contribute (maybe none).
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(DialogSettings.class)
class DialogConfiguration {

    @Bean
    DialogFolder dialogFolder(DialogSettings settings) {
        return new DialogFolder(settings.folder());
    }

    @Bean
    DialogDefinitions dialogDefinitions(
            DialogFolder folder, ObjectProvider<DialogAction> actions, ObjectProvider<AnswerValidator> validators) {
        KnownNames known = new KnownNames(
                uniqueNames("action", actions.orderedStream().toList(), DialogAction::name),
                uniqueNames("validator", validators.orderedStream().toList(), AnswerValidator::name));
        return new DialogDefinitionLoader(folder, known).loadAll();
    }

    // Two beans with one name would make a file's reference ambiguous; refuse rather than pick one.
    private static <T> Set<String> uniqueNames(String what, List<T> beans, Function<T, String> name) {
        Set<String> names = new HashSet<>();
        for (T bean : beans) {
            if (!names.add(name.apply(bean))) {
                throw new IllegalStateException("Two dialog " + what + "s are named '" + name.apply(bean) + "'");
            }
        }
        return names;
    }
}
