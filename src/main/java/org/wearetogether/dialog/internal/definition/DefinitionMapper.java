package org.wearetogether.dialog.internal.definition;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.wearetogether.dialog.Texts;
import tools.jackson.databind.JsonNode;

/** Maps a tree that passed the schema onto the definition records, filling in the documented defaults. */
final class DefinitionMapper {

    private DefinitionMapper() {}

    static DialogDefinition map(JsonNode root, String sourceName) {
        Map<String, StepDefinition> steps = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> step : root.get("steps").properties()) {
            steps.put(step.getKey(), step(step.getKey(), step.getValue()));
        }
        return new DialogDefinition(
                root.get("id").asString(),
                root.get("version").intValue(),
                texts(root.get("title")),
                root.get("start").asString(),
                duration(root.get("reminder_after"), DialogDefinition.DEFAULT_REMINDER_AFTER),
                duration(root.get("expire_after"), DialogDefinition.DEFAULT_EXPIRE_AFTER),
                root.get("on_complete").asString(),
                texts(root.get("completed")),
                steps,
                sourceName);
    }

    /** {@code 30m}, {@code 24h}, {@code 2d}, {@code 45s}; the schema has checked the form. */
    static Duration duration(JsonNode node, Duration fallback) {
        if (node == null) {
            return fallback;
        }
        String text = node.asString();
        long amount = Long.parseLong(text.substring(0, text.length() - 1));
        return switch (text.charAt(text.length() - 1)) {
            case 's' -> Duration.ofSeconds(amount);
            case 'm' -> Duration.ofMinutes(amount);
            case 'h' -> Duration.ofHours(amount);
            case 'd' -> Duration.ofDays(amount);
            default -> throw new IllegalArgumentException("Not a duration: " + text);
        };
    }

    private static StepDefinition step(String id, JsonNode node) {
        Condition when = node.has("when")
                ? condition(node.get("when"), false)
                : node.has("unless") ? condition(node.get("unless"), true) : null;
        return new StepDefinition(
                id,
                texts(node.get("ask")),
                texts(node.get("label")),
                texts(node.get("hint")),
                when,
                kind(node),
                node.has("next") ? node.get("next").asString() : null,
                node.path("optional").asBoolean(false),
                node.path("voice").asBoolean(false));
    }

    private static StepKind kind(JsonNode step) {
        String name = SchemaWording.KINDS.stream().filter(step::has).findFirst().orElseThrow();
        JsonNode k = step.get(name);
        return switch (name) {
            case "text" ->
                new StepKind.FreeText(
                        k.path("min").asInt(1),
                        k.path("max").asInt(4096),
                        string(k.get("pattern")),
                        strings(k.get("validators")));
            case "number" ->
                new StepKind.Number(
                        k.path("min").asDouble(0),
                        k.path("max").asDouble(1_000_000),
                        k.path("integer").asBoolean(false));
            case "date" ->
                new StepKind.Date(
                        k.path("min_days").asInt(0), k.path("max_days").asInt(365));
            case "choice" -> new StepKind.SingleChoice(options(k));
            case "multi_choice" ->
                new StepKind.MultipleChoice(
                        options(k.get("options")),
                        k.path("min").asInt(1),
                        k.path("max").asInt(k.get("options").size()));
            case "phone" ->
                new StepKind.Phone(
                        k.path("default_region").asString("RU"),
                        ownContact(k.get("own_contact_button")),
                        k.path("own_contact_only").asBoolean(false));
            case "address" ->
                new StepKind.Address(
                        k.path("min").asInt(1),
                        k.path("max").asInt(300),
                        k.path("location").asBoolean(false));
            case "region" -> new StepKind.Region(strings(k.get("suggest")));
            case "consent" ->
                new StepKind.Consent(
                        k.get("version").asString(),
                        texts(k.get("accept")),
                        texts(k.get("decline")),
                        texts(k.get("declined")));
            case "summary" -> new StepKind.Summary(texts(k.get("submit")));
            default -> throw new IllegalStateException("Unmapped step kind " + name);
        };
    }

    // true: always offered (a condition on nothing holds); false or absent: never.
    private static Condition ownContact(JsonNode node) {
        if (node == null || node.isBoolean()) {
            return node != null && node.booleanValue() ? new Condition(Map.of(), false) : null;
        }
        return condition(node, false);
    }

    private static Condition condition(JsonNode node, boolean negate) {
        Map<String, List<String>> anyOf = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> entry : node.properties()) {
            anyOf.put(entry.getKey(), strings(entry.getValue()));
        }
        return new Condition(anyOf, negate);
    }

    private static List<StepKind.Option> options(JsonNode array) {
        List<StepKind.Option> options = new ArrayList<>();
        for (JsonNode option : array) {
            Map<String, String> byLanguage = new LinkedHashMap<>();
            option.properties().stream()
                    .filter(e -> !e.getKey().equals("id"))
                    .forEach(e -> byLanguage.put(e.getKey(), e.getValue().asString()));
            options.add(new StepKind.Option(option.get("id").asString(), new Texts(byLanguage)));
        }
        return List.copyOf(options);
    }

    static Texts texts(JsonNode node) {
        if (node == null) {
            return null;
        }
        Map<String, String> byLanguage = new LinkedHashMap<>();
        node.properties().forEach(e -> byLanguage.put(e.getKey(), e.getValue().asString()));
        return new Texts(byLanguage);
    }

    private static String string(JsonNode node) {
        return node == null ? null : node.asString();
    }

    private static List<String> strings(JsonNode array) {
        List<String> values = new ArrayList<>();
        if (array != null) {
            array.forEach(v -> values.add(v.asString()));
        }
        return List.copyOf(values);
    }
}
