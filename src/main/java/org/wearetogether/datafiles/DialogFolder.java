package org.wearetogether.datafiles;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * Where dialog and catalogue files come from: the configured folder first, then the copies shipped inside the
 * jar (so the service runs from any directory). A file in the folder replaces the shipped file of the same name.
 */
public final class DialogFolder {

    private static final String SHIPPED = "dialogs/";

    /** Files in the folder that are catalogues, not dialogs. */
    public static final java.util.Set<String> CATALOGUE_FILES = java.util.Set.of("regions.yaml", "danger-words.yaml");

    private final Path folder;

    public DialogFolder(Path folder) {
        this.folder = folder;
    }

    public Path folder() {
        return folder;
    }

    /** Names of the {@code .yaml} files directly in the folder or shipped, sorted. */
    public SortedSet<String> yamlFiles() {
        SortedSet<String> names = new TreeSet<>(shippedNames());
        if (Files.isDirectory(folder)) {
            try (Stream<Path> files = Files.list(folder)) {
                files.filter(Files::isRegularFile)
                        .map(p -> p.getFileName().toString())
                        .filter(n -> n.endsWith(".yaml"))
                        .forEach(names::add);
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot list the dialogs folder " + folder.toAbsolutePath(), e);
            }
        }
        return names;
    }

    /** Opens a file by name (e.g. {@code regions.yaml} or {@code schema/dialog.schema.json}). */
    public Optional<InputStream> open(String name) {
        try {
            Path file = folder.resolve(name);
            if (Files.isRegularFile(file)) {
                return Optional.of(Files.newInputStream(file));
            }
            InputStream shipped = DialogFolder.class.getClassLoader().getResourceAsStream(SHIPPED + name);
            return Optional.ofNullable(shipped);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + name + " from " + folder.toAbsolutePath(), e);
        }
    }

    /** Where a file was read from, for messages: the path in the folder or "jar:dialogs/NAME". */
    public String describe(String name) {
        Path file = folder.resolve(name);
        return Files.isRegularFile(file) ? file.toString() : "jar:" + SHIPPED + name;
    }

    private static SortedSet<String> shippedNames() {
        SortedSet<String> names = new TreeSet<>();
        try {
            for (Resource r :
                    new PathMatchingResourcePatternResolver().getResources("classpath*:" + SHIPPED + "*.yaml")) {
                if (r.getFilename() != null) {
                    names.add(r.getFilename());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list the shipped dialogs", e);
        }
        return names;
    }
}
