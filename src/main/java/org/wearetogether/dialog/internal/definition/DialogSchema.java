package org.wearetogether.dialog.internal.definition;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.wearetogether.datafiles.DialogFolder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The checked-in JSON Schema of dialog files ({@code dialogs/schema/dialog.schema.json}), worded for people. */
final class DialogSchema {

    static final String FILE = "schema/dialog.schema.json";

    private final Schema schema;

    private DialogSchema(Schema schema) {
        this.schema = schema;
    }

    /** The schema from the folder, or the copy shipped in the jar when the folder has none. */
    static DialogSchema from(DialogFolder folder) {
        InputStream in = folder.open(FILE)
                .orElseThrow(() -> new IllegalStateException("The dialog schema " + FILE + " is missing"));
        try (in) {
            JsonNode node = JsonMapper.builder().build().readTree(in);
            return new DialogSchema(SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
                    .getSchema(node));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the dialog schema " + folder.describe(FILE), e);
        }
    }

    List<Problem> check(JsonNode tree) {
        List<Problem> problems = new ArrayList<>();
        for (Error error : schema.validate(tree)) {
            if (!isInsideAlternative(error)) {
                problems.add(SchemaWording.problem(error));
            }
        }
        return problems.stream().distinct().toList();
    }

    // The failures of each alternative of a oneOf repeat what the oneOf itself says, only less clearly.
    private static boolean isInsideAlternative(Error error) {
        return error.getEvaluationPath().toString().matches(".*/oneOf/\\d+/.*");
    }
}
