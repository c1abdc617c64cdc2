package org.wearetogether.dialog.internal.runtime;

import java.time.Clock;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.wearetogether.dialog.AnswerValidator;
import org.wearetogether.dialog.DialogAction;
import org.wearetogether.dialog.DialogEngine;
import org.wearetogether.dialog.DialogSettings;
import org.wearetogether.dialog.internal.definition.DangerWordFile;
import org.wearetogether.dialog.internal.definition.DangerWords;
import org.wearetogether.dialog.internal.definition.DangerWordsException;
import org.wearetogether.dialog.internal.definition.DialogDefinition;
import org.wearetogether.dialog.internal.definition.DialogDefinitions;
import org.wearetogether.dialog.internal.definition.StepDefinition;
import org.wearetogether.dialog.internal.definition.StepKind;
import org.wearetogether.regions.RegionCatalogue;

/** Builds the engine from the loaded definitions and the contributed beans, checking what they refer to. */
final class EngineAssembly {

    /** Machines kept per dialog; more are built under load and dropped when the pool is full. */
    static final int POOL_SIZE = Math.max(2, Runtime.getRuntime().availableProcessors() * 2);

    private EngineAssembly() {}

    static DialogEngine assemble(
            DialogDefinitions definitions,
            RegionCatalogue regions,
            DialogSettings settings,
            Collection<DialogAction> actions,
            Collection<AnswerValidator> validators,
            DangerWords dangerWords,
            Clock clock) {
        return assemble(definitions, regions, settings, actions, validators, dangerWords, List.of(), clock);
    }

    static DialogEngine assemble(
            DialogDefinitions definitions,
            RegionCatalogue regions,
            DialogSettings settings,
            Collection<DialogAction> actions,
            Collection<AnswerValidator> validators,
            DangerWords dangerWords,
            List<org.wearetogether.dialog.HelpOfferButton> wayOut,
            Clock clock) {
        checkDangerWords(definitions, dangerWords);
        Map<String, DialogAction> actionsByName = byName(actions, DialogAction::name);
        Map<String, CompiledDialog> compiled = new LinkedHashMap<>();
        for (DialogDefinition definition : definitions.byId().values()) {
            checkRegionSuggestions(definition, regions);
            DialogAction action = actionsByName.get(definition.onComplete());
            if (action == null) {
                throw new IllegalStateException(definition.sourceName() + ": on_complete names the action '"
                        + definition.onComplete() + "', which no module provides; known: " + actionsByName.keySet());
            }
            compiled.put(
                    definition.id(), new CompiledDialog(definition, new DialogMachine(definition, POOL_SIZE), action));
        }
        AnswerDisplay display = new AnswerDisplay(regions);
        Questions questions = new Questions(display, regions, settings.hotline(), wayOut);
        StepReading reading = new StepReading(new TypedAnswers(byName(validators, AnswerValidator::name)), regions);
        return new MachineDialogEngine(
                compiled,
                reading,
                questions,
                new Moves(questions, settings.maxInvalidAnswers(), new EmergencyCheck(dangerWords)),
                new SharingKeyboard(display),
                clock);
    }

    /** Suggested region buttons must name regions of the catalogue, or they would silently not appear. */
    static void checkRegionSuggestions(DialogDefinition definition, RegionCatalogue regions) {
        for (StepDefinition step : definition.steps().values()) {
            if (step.kind() instanceof StepKind.Region region) {
                for (String code : region.suggested()) {
                    if (regions.byCode(code).isEmpty()) {
                        throw new IllegalStateException(definition.sourceName() + ", step " + step.id()
                                + ": the suggested region " + code + " is not in the region catalogue (regions.yaml)");
                    }
                }
            }
        }
    }

    /**
     * The danger-word list must name loaded dialogs, and its urgent answers steps of them: a misspelt id would
     * silently never warn.
     */
    static void checkDangerWords(DialogDefinitions definitions, DangerWords words) {
        String file = DangerWordFile.NAME;
        for (String id : words.dialogs()) {
            if (!definitions.byId().containsKey(id)) {
                throw new DangerWordsException(file + ": \"dialogs\" names '" + id + "', which is not a loaded dialog;"
                        + " known: " + definitions.byId().keySet());
            }
        }
        for (Map<String, String> combination : words.urgentAnswers()) {
            for (var entry : combination.entrySet()) {
                boolean known = words.dialogs().stream()
                        .map(id -> definitions.byId().get(id).steps().get(entry.getKey()))
                        .anyMatch(step -> step != null && offers(step, entry.getValue()));
                if (!known) {
                    throw new DangerWordsException(file + ": urgent_answers names step '" + entry.getKey()
                            + "' with option '" + entry.getValue() + "', which no checked dialog has");
                }
            }
        }
    }

    private static boolean offers(StepDefinition step, String option) {
        var options = switch (step.kind()) {
            case StepKind.SingleChoice one -> one.options();
            case StepKind.MultipleChoice many -> many.options();
            default -> java.util.List.<StepKind.Option>of();
        };
        return options.stream().anyMatch(o -> o.id().equals(option));
    }

    private static <T> Map<String, T> byName(Collection<T> beans, Function<T, String> name) {
        return beans.stream().collect(Collectors.toMap(name, Function.identity(), (a, b) -> {
            throw new IllegalStateException("Two beans share the name " + name.apply(a));
        }));
    }
}
