package org.wearetogether.dialog.internal.definition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.wearetogether.datafiles.DialogFolder;

/**
 * One broken file per validation rule in {@code src/test/resources/broken-dialogs/}; each file's leading
 * {@code # expect:} lines are the exact problems it must produce, in order. Run with {@code -Dgolden.update=true}
 * to rewrite those lines from what the LOADER says now, then review the diff.
 */
class BrokenDialogFilesTest {

    static final Path FOLDER = Path.of("src/test/resources/broken-dialogs");
    private static final String EXPECT = "# expect: ";

    private static final DialogDefinitionLoader LOADER = new DialogDefinitionLoader(
            new DialogFolder(FOLDER), new KnownNames(Set.of("submit_help_request"), Set.of("person_name")));

    static Stream<String> brokenFiles() throws IOException {
        try (Stream<Path> files = Files.list(FOLDER)) {
            return files
                    .map(f -> f.getFileName().toString())
                    .filter(n -> n.endsWith(".yaml"))
                    .sorted()
                    .toList()
                    .stream();
        }
    }

    @ParameterizedTest
    @MethodSource("brokenFiles")
    void refusesBrokenFileWithItsExpectedProblems(String file) throws IOException {
        DialogFileException refused = catchThrowableOfType(DialogFileException.class, () -> LOADER.load(file));

        assertThat(refused).as("%s must be refused", file).isNotNull();
        if (Boolean.getBoolean("golden.update")) {
            rewriteExpectations(file, refused.problems());
        }
        assertThat(refused.problems()).isEqualTo(expectations(file));
    }

    @ParameterizedTest
    @MethodSource("brokenFiles")
    void startsTheMessageWithTheFirstProblemNamingTheFile(String file) {
        DialogFileException refused = catchThrowableOfType(DialogFileException.class, () -> LOADER.load(file));

        String firstLine = refused.getMessage().lines().findFirst().orElseThrow();
        assertThat(firstLine).isEqualTo(refused.problems().get(0)).startsWith(file);
        assertThat(refused.fileName()).isEqualTo(file);
    }

    private static List<String> expectations(String file) throws IOException {
        return Files.readAllLines(FOLDER.resolve(file), StandardCharsets.UTF_8).stream()
                .takeWhile(line -> line.startsWith(EXPECT))
                .map(line -> line.substring(EXPECT.length()))
                .toList();
    }

    private static void rewriteExpectations(String file, List<String> problems) throws IOException {
        List<String> lines = Files.readAllLines(FOLDER.resolve(file), StandardCharsets.UTF_8);
        List<String> rewritten = new ArrayList<>();
        problems.forEach(p -> rewritten.add(EXPECT + p));
        lines.stream().dropWhile(line -> line.startsWith(EXPECT)).forEach(rewritten::add);
        Files.write(FOLDER.resolve(file), rewritten, StandardCharsets.UTF_8);
    }
}
