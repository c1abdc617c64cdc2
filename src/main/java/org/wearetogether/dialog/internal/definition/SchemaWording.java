package org.wearetogether.dialog.internal.definition;

import com.networknt.schema.Error;
import com.networknt.schema.path.NodePath;
import java.util.ArrayList;
import java.util.List;

/** Turns a schema error into a short sentence for the person editing the file, naming the step and key. */
final class SchemaWording {

    static final List<String> KINDS = List.of(
            "text", "number", "date", "choice", "multi_choice", "phone", "address", "region", "consent", "summary");

    private SchemaWording() {}

    static Problem problem(Error error) {
        List<Object> path = elements(error.getInstanceLocation());
        if (path.size() == 1 && "steps".equals(path.get(0)) && "propertyNames".equals(error.getKeyword())) {
            return Problem.ofStep(error.getProperty(), "a step id " + snakeCase());
        }
        String where = "";
        String step = null;
        if (path.size() >= 2 && "steps".equals(path.get(0))) {
            step = path.get(1).toString();
            path = path.subList(2, path.size());
        }
        if (!path.isEmpty() && !"false".equals(error.getKeyword())) {
            where = dotted(path) + ": ";
        }
        return new Problem(step, where + reason(error, step != null && path.isEmpty()));
    }

    private static String reason(Error error, boolean atStep) {
        String schemaAt = error.getSchemaLocation().toString();
        return switch (error.getKeyword()) {
            case "required" -> "'" + error.getProperty() + "' is missing";
            case "additionalProperties" -> "'" + error.getProperty() + "' is not a known key here";
            case "oneOf" -> atStep ? kinds(error.getArguments()) : "must be one of: " + alternatives(schemaAt);
            case "not" -> "has both 'when' and 'unless'; keep one of them";
            case "false" -> "'" + error.getArguments()[0] + "' is not allowed on a summary step";
            case "pattern" -> patternReason(schemaAt, error);
            default -> error.getMessage();
        };
    }

    private static String patternReason(String schemaAt, Error error) {
        if (schemaAt.contains("$defs/duration")) {
            return "'" + error.getInstanceNode().asString() + "' is not a duration like 30m, 24h or 2d";
        }
        if (schemaAt.contains("$defs/id") || schemaAt.contains("$defs/optionId")) {
            return "'" + error.getInstanceNode().asString() + "' " + snakeCase();
        }
        return "'" + error.getInstanceNode().asString() + "' " + error.getMessage();
    }

    private static String kinds(Object[] arguments) {
        List<String> found = new ArrayList<>();
        if (arguments.length > 1) {
            for (String index : arguments[1].toString().split(",\\s*")) {
                if (index.strip().matches("\\d+") && Integer.parseInt(index.strip()) < KINDS.size()) {
                    found.add(KINDS.get(Integer.parseInt(index.strip())));
                }
            }
        }
        return found.size() < 2
                ? "needs one kind of answer: " + String.join(", ", KINDS)
                : "has more than one kind of answer (" + String.join(", ", found) + "); keep one";
    }

    private static String alternatives(String schemaAt) {
        return schemaAt.contains("own_contact_button")
                ? "true, false or a condition like { for_whom: [me] }"
                : "the allowed forms";
    }

    private static String snakeCase() {
        return "must be snake_case: lower-case letters, digits and '_', starting with a letter";
    }

    private static List<Object> elements(NodePath path) {
        List<Object> elements = new ArrayList<>();
        for (int i = 0; i < path.getNameCount(); i++) {
            elements.add(path.getElement(i));
        }
        return elements;
    }

    private static String dotted(List<Object> path) {
        StringBuilder text = new StringBuilder();
        for (Object element : path) {
            if (element instanceof Integer index) {
                text.append('[').append(index + 1).append(']');
            } else {
                text.append(text.isEmpty() ? "" : ".").append(element);
            }
        }
        return text.toString();
    }
}
