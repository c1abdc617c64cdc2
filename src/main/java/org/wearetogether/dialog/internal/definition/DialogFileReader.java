package org.wearetogether.dialog.internal.definition;

import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;
import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * Reads a dialog file into a plain tree of maps, lists and scalars. Nothing is bound to Java types and YAML tags
 * are never resolved to classes, so a file cannot make the service instantiate or run anything.
 */
final class DialogFileReader {

    private final YAMLMapper yaml = YAMLMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
            .build();

    /** The tree, or the problem that keeps the file from being read. */
    Result read(InputStream in) {
        try (in) {
            JsonNode tree = yaml.readTree(in);
            if (tree == null || tree.isMissingNode() || tree.isNull()) {
                return new Result(null, Optional.of(Problem.ofFile("the file is empty")));
            }
            if (!tree.isObject()) {
                return new Result(null, Optional.of(Problem.ofFile("the file must be a map of keys such as 'id'")));
            }
            return new Result(tree, Optional.empty());
        } catch (JacksonException e) {
            return new Result(null, Optional.of(Problem.ofFile(describe(e))));
        } catch (IOException e) {
            return new Result(null, Optional.of(Problem.ofFile("cannot be read: " + e.getMessage())));
        }
    }

    private static String describe(JacksonException e) {
        String reason = firstLine(e.getOriginalMessage());
        if (reason.startsWith("Duplicate")) {
            reason = reason.replaceFirst("(?i)^duplicate (object property|field)", "the key")
                            .replace('"', '\'') + " appears twice";
        } else {
            reason = "not valid YAML: " + reason;
        }
        TokenStreamLocation at = e.getLocation();
        return at != null && at.getLineNr() > 0 ? "line " + at.getLineNr() + ": " + reason : reason;
    }

    private static String firstLine(String text) {
        if (text == null) {
            return "unknown problem";
        }
        int newline = text.indexOf('\n');
        return (newline < 0 ? text : text.substring(0, newline)).strip();
    }

    /** Either a tree or a problem. */
    record Result(JsonNode tree, Optional<Problem> problem) {}
}
