package org.wearetogether.console.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The console speaks Russian and English alike: the same keys, none blank, every key a template names exists. */
class ConsoleTextsTest {

    private static final Path TEXTS = Path.of("src/main/resources/console");
    private static final Path TEMPLATES = Path.of("src/main/resources/templates/console");

    @Test
    void russianAndEnglishHaveTheSameKeysAndNoBlankText() throws IOException {
        Properties ru = load("messages_ru.properties");
        Properties en = load("messages_en.properties");
        assertThat(ru.stringPropertyNames()).isEqualTo(en.stringPropertyNames());
        ru.forEach((k, v) -> assertThat(v.toString()).as("ru " + k).isNotBlank());
        en.forEach((k, v) -> assertThat(v.toString()).as("en " + k).isNotBlank());
    }

    @Test
    void everyKeyATemplateNamesExists() throws IOException {
        Set<String> keys = load("messages_en.properties").stringPropertyNames();
        Set<String> named = new TreeSet<>();
        Pattern literal = Pattern.compile("#\\{([a-zA-Z][a-zA-Z0-9_.]*)[}(]");
        try (Stream<Path> files = Files.list(TEMPLATES)) {
            for (Path file : files.toList()) {
                Matcher m = literal.matcher(Files.readString(file));
                while (m.find()) {
                    named.add(m.group(1));
                }
            }
        }
        assertThat(named).isNotEmpty();
        assertThat(keys).containsAll(named);
    }

    @Test
    void everyOptionOfTheDialogHasANameOnTheBoard() throws IOException {
        Set<String> keys = load("messages_en.properties").stringPropertyNames();
        String dialog = Files.readString(Path.of("dialogs/request-help.yaml"));
        for (String step : Set.of("needs", "urgency", "age")) {
            assertThat(keys.stream().filter(k -> k.startsWith(step.equals("needs") ? "need." : step + ".")))
                    .isNotEmpty();
        }
        Matcher ids = Pattern.compile("\\{ id: ([a-z_0-9]+)").matcher(dialog);
        Set<String> options = new TreeSet<>();
        while (ids.find()) {
            options.add(ids.group(1));
        }
        for (String need : Set.of(
                "groceries",
                "medicines",
                "medical_help",
                "transport",
                "household",
                "pet_care",
                "psychological",
                "other")) {
            assertThat(options).contains(need);
            assertThat(keys).contains("need." + need);
        }
        for (String urgency : Set.of("today", "within_2_days", "this_week")) {
            assertThat(options).contains(urgency);
            assertThat(keys).contains("urgency." + urgency);
        }
        for (String age : Set.of("under_65", "age_65_plus", "reduced_mobility")) {
            assertThat(options).contains(age);
            assertThat(keys).contains("age." + age);
        }
    }

    private static Properties load(String name) throws IOException {
        Properties p = new Properties();
        try (Reader reader = Files.newBufferedReader(TEXTS.resolve(name), StandardCharsets.UTF_8)) {
            p.load(reader);
        }
        return p;
    }
}
