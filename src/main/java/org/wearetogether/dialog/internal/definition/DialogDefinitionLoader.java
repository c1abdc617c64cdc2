package org.wearetogether.dialog.internal.definition;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.wearetogether.datafiles.DialogFolder;
import tools.jackson.databind.JsonNode;

/**
 * Loads every dialog file of a {@link DialogFolder} (all {@code *.yaml} but the catalogues): reads it as plain
 * YAML, validates it against the JSON Schema, maps it to a {@link DialogDefinition} and checks its flow and
 * references. The first broken file stops loading with a {@link DialogFileException}.
 */
public final class DialogDefinitionLoader {

    private static final Logger log = LoggerFactory.getLogger(DialogDefinitionLoader.class);

    private final DialogFolder folder;
    private final KnownNames known;
    private final DialogFileReader reader = new DialogFileReader();
    private final DialogSchema schema;

    public DialogDefinitionLoader(DialogFolder folder, KnownNames known) {
        this.folder = folder;
        this.known = known;
        this.schema = DialogSchema.from(folder);
    }

    /** Every dialog, by id. */
    public DialogDefinitions loadAll() {
        Map<String, DialogDefinition> byId = new LinkedHashMap<>();
        Map<String, String> fileOfId = new LinkedHashMap<>();
        for (String file : folder.yamlFiles()) {
            if (DialogFolder.CATALOGUE_FILES.contains(file)) {
                continue;
            }
            DialogDefinition dialog = load(file);
            String other = fileOfId.putIfAbsent(dialog.id(), file);
            if (other != null) {
                throw new DialogFileException(
                        file,
                        List.of(Problem.ofFile("the dialog id '" + dialog.id() + "' is already used by " + other)
                                .describe(file)));
            }
            byId.put(dialog.id(), dialog);
        }
        log.info("Loaded {} dialog(s) from {}: {}", byId.size(), folder.folder().toAbsolutePath(), summary(byId));
        return new DialogDefinitions(byId);
    }

    /** One file by name, e.g. {@code request-help.yaml}. */
    public DialogDefinition load(String file) {
        InputStream in =
                folder.open(file).orElseThrow(() -> new DialogFileException(file, List.of(file + ": not found")));
        DialogFileReader.Result read = reader.read(in);
        if (read.problem().isPresent()) {
            throw broken(file, List.of(read.problem().get()));
        }
        JsonNode tree = read.tree();
        JsonNode format = tree.get("format");
        if (format != null && !(format.isIntegralNumber() && format.intValue() == 1)) {
            throw broken(
                    file,
                    List.of(Problem.ofFile("format " + format + " is not supported; this version reads format 1")));
        }
        List<Problem> problems = schema.check(tree);
        if (!problems.isEmpty()) {
            throw broken(file, problems);
        }
        DialogDefinition dialog = DefinitionMapper.map(tree, folder.describe(file));
        problems = check(dialog, file);
        if (!problems.isEmpty()) {
            throw broken(file, problems);
        }
        return dialog;
    }

    private List<Problem> check(DialogDefinition dialog, String file) {
        List<Problem> problems = new ArrayList<>();
        String expectedFile = dialog.id().replace('_', '-') + ".yaml";
        if (!expectedFile.equals(file)) {
            problems.add(Problem.ofFile("the id '" + dialog.id() + "' does not match the file name; name the file "
                    + expectedFile + " or change the id"));
        }
        if (!known.actions().contains(dialog.onComplete())) {
            problems.add(Problem.ofFile("on_complete names the unknown action '" + dialog.onComplete() + "' (known: "
                    + known.listOfActions() + ")"));
        }
        if (dialog.expireAfter().compareTo(dialog.reminderAfter()) <= 0) {
            problems.add(Problem.ofFile("expire_after must be longer than reminder_after"));
        }
        FlowChecks flow = FlowChecks.of(dialog);
        problems.addAll(flow.problems());
        problems.addAll(StepChecks.of(dialog, flow, known));
        problems.addAll(TextChecks.of(dialog));
        return problems;
    }

    private static DialogFileException broken(String file, List<Problem> problems) {
        return new DialogFileException(
                file, problems.stream().map(p -> p.describe(file)).toList());
    }

    private static String summary(Map<String, DialogDefinition> byId) {
        return byId.values().stream()
                .map(d -> d.id() + " v" + d.version() + " (" + d.sourceName() + ")")
                .reduce((a, b) -> a + ", " + b)
                .orElse("none");
    }
}
