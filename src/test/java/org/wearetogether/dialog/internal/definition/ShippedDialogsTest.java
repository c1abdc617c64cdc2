package org.wearetogether.dialog.internal.definition;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.wearetogether.datafiles.DialogFolder;

/** Every dialog file shipped in the repository's {@code dialogs/} folder loads with the names features provide. */
class ShippedDialogsTest {

    /** The actions and validators the features of this repository contribute; extend when a feature adds one. */
    static final KnownNames KNOWN = new KnownNames(
            Set.of("submit_help_request", "submit_volunteer_signup", "request_callback"), Set.of("person_name"));

    private static final Path SHIPPED = Path.of("dialogs");

    @Test
    void loadsEveryShippedDialogFile() throws IOException {
        DialogDefinitions loaded = new DialogDefinitionLoader(new DialogFolder(SHIPPED), KNOWN).loadAll();

        assertThat(loaded.byId().keySet()).containsAll(dialogIdsIn(SHIPPED));
    }

    @Test
    void shipsTheSchemaEditorsUse() {
        assertThat(Files.isRegularFile(SHIPPED.resolve(DialogSchema.FILE))).isTrue();
    }

    private static Set<String> dialogIdsIn(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(f -> f.getFileName().toString())
                    .filter(n -> n.endsWith(".yaml") && !DialogFolder.CATALOGUE_FILES.contains(n))
                    .map(n -> n.substring(0, n.length() - ".yaml".length()).replace('-', '_'))
                    .collect(java.util.stream.Collectors.toSet());
        }
    }
}
