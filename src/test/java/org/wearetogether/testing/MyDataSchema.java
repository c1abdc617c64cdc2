package org.wearetogether.testing;

import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The documented shape of the {@code /mydata} JSON file ({@code docs/mydata.schema.json}), for tests. */
public final class MyDataSchema {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Schema SCHEMA = load();

    private MyDataSchema() {}

    /** What is wrong with a whole file; empty when it has the documented shape. */
    public static List<String> problems(byte[] file) {
        return problems(JSON.readTree(file));
    }

    /** What is wrong with one section's data, checked inside a minimal file; empty when it fits. */
    public static List<String> sectionProblems(String key, Object data) {
        Map<String, Object> file = new LinkedHashMap<>();
        file.put("format", 1);
        file.put("madeAt", "2026-12-07T10:00:00Z");
        file.put("language", "en");
        file.put("person", Map.of("channel", "telegram", "userId", "1", "chatId", "1"));
        file.put("sections", Map.of(key, data));
        return problems(JSON.valueToTree(file));
    }

    private static List<String> problems(JsonNode tree) {
        return SCHEMA.validate(tree).stream().map(Object::toString).toList();
    }

    private static Schema load() {
        try {
            JsonNode node = JSON.readTree(Files.readString(Path.of("docs/mydata.schema.json")));
            return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
                    .getSchema(node);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
