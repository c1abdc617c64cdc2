package org.wearetogether.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.wearetogether.testing.FakeTelegram;

/**
 * The packaged service ({@code target/we-are-together-*.jar}, as {@code mvn package} builds it) started in a child
 * JVM the way production starts it, in one of three {@link Layout}s. The JDK is the one running the tests unless
 * {@code bench.javaHome} names another, so that one build can be measured on Java 17 and 25. The ahead-of-time cache
 * is made the way the Dockerfile makes it: a training run that stops once the application context is refreshed.
 */
final class PackagedService {

    /** How the service is started. */
    enum Layout {
        /** {@code java -jar app.jar}: the fat jar, as the Dockerfile started it before. */
        JAR,
        /** {@code java -jar app/app.jar} after {@code java -Djarmode=tools -jar app.jar extract}: plain jars. */
        EXTRACTED,
        /** The extracted layout with the class cache of a training run (AOT cache on 25+, AppCDS on 17-24). */
        CACHED
    }

    /** The options production passes (the Dockerfile's), used for the training run and every start. */
    static final List<String> JVM_OPTIONS = List.of("-XX:MaxRAMPercentage=75");

    private final Path javaHome;
    private final int javaFeature;
    private final Path jar;
    private final Path workDir;
    private Path extracted;
    private Path cache;

    private PackagedService(Path javaHome, Path jar, Path workDir) {
        this.javaHome = javaHome;
        this.javaFeature = featureVersion(javaHome);
        this.jar = jar;
        this.workDir = workDir;
    }

    /** The jar {@code mvn package} built (failsafe runs after {@code package}), on the chosen JDK. */
    static PackagedService of(Path workDir) {
        Path home = Path.of(System.getProperty("bench.javaHome", System.getProperty("java.home")));
        return new PackagedService(home, packagedJar(), workDir);
    }

    static Path packagedJar() {
        try (Stream<Path> files = Files.list(Path.of("target"))) {
            return files.filter(f -> f.getFileName().toString().matches("we-are-together-.*\\.jar"))
                    .findFirst()
                    .orElseThrow(() -> new IllegalStateException(
                            "no target/we-are-together-*.jar: run through `mvn verify` (it packages first)"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    int javaFeature() {
        return javaFeature;
    }

    String javaDescription() {
        return javaHome + " (Java " + javaFeature + ")";
    }

    /** The cache file made by {@link #train}, or null before. */
    Path cache() {
        return cache;
    }

    /** {@code java -Djarmode=tools -jar app.jar extract}, as the Dockerfile does. */
    Path extract() throws IOException, InterruptedException {
        if (extracted == null) {
            Path folder = workDir.resolve("extracted");
            run(
                    List.of(
                            java(),
                            "-Djarmode=tools",
                            "-jar",
                            jar.toString(),
                            "extract",
                            "--destination",
                            folder.toString(),
                            "--application-filename",
                            "app.jar"),
                    workDir.resolve("extract.log"));
            extracted = folder.resolve("app.jar");
            if (!Files.isRegularFile(extracted)) {
                throw new IllegalStateException("extracting " + jar + " made no " + extracted + "; its output:\n"
                        + tail(workDir.resolve("extract.log")));
            }
        }
        return extracted;
    }

    /**
     * The training run, as the Dockerfile makes it: the extracted service starts in training mode on an empty data
     * folder (embedded store), answers one {@code /start} from the stand-in Bot API inside its own JVM and exits,
     * leaving the classes it loaded (and on 25 their linking and profiles) in the cache.
     */
    Path train() throws IOException, InterruptedException {
        Path app = extract();
        cache = workDir.resolve(javaFeature >= 25 ? "app.aot" : "app.jsa");
        List<String> command = new ArrayList<>(List.of(java()));
        command.addAll(JVM_OPTIONS);
        command.add(javaFeature >= 25 ? "-XX:AOTCacheOutput=" + cache : "-XX:ArchiveClassesAtExit=" + cache);
        command.addAll(List.of(
                "-jar",
                app.toString(),
                "--server.port=0",
                "--management.server.port=0",
                "--together.telegram.training=true",
                "--together.storage.uri=",
                "--together.storage.data-dir=" + workDir.resolve("training-data")));
        run(command, workDir.resolve("training.log"));
        if (!Files.isRegularFile(cache)) {
            throw new IllegalStateException("the training run made no cache; see " + workDir.resolve("training.log"));
        }
        return cache;
    }

    /**
     * A real cache, but for another class path: the one the fat jar's own tool mode loads ({@code java -Djarmode=tools
     * -jar app.jar help}), as when a cache made for one layout or build is handed to another.
     */
    Path trainOtherClassPath(Path folder) throws IOException, InterruptedException {
        Files.createDirectories(folder);
        Path file = folder.resolve(javaFeature >= 25 ? "foreign.aot" : "foreign.jsa");
        run(
                List.of(
                        java(),
                        javaFeature >= 25 ? "-XX:AOTCacheOutput=" + file : "-XX:ArchiveClassesAtExit=" + file,
                        "-Djarmode=tools",
                        "-jar",
                        jar.toString(),
                        "help"),
                folder.resolve("training.log"));
        return file;
    }

    /** The JVM option that uses a cache file (which may be missing, stale or not a cache at all). */
    String useCache(Path file) {
        return (javaFeature >= 25 ? "-XX:AOTCache=" : "-XX:SharedArchiveFile=") + file;
    }

    /** Starts the service against the fake Bot API on the data folder; its output goes to {@code log}. */
    Process start(Layout layout, FakeTelegram telegram, Path dataDir, Path log, List<String> extraJvmOptions)
            throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(java()));
        command.addAll(JVM_OPTIONS);
        command.addAll(extraJvmOptions);
        switch (layout) {
            case JAR -> command.addAll(List.of("-jar", jar.toString()));
            case EXTRACTED -> command.addAll(List.of("-jar", extract().toString()));
            case CACHED -> {
                if (cache == null) {
                    train();
                }
                command.addAll(List.of(useCache(cache), "-jar", extract().toString()));
            }
        }
        command.addAll(List.of(
                "--server.port=0",
                "--management.server.port=0",
                "--together.telegram.token=" + telegram.token(),
                "--together.telegram.api-url=" + telegram.apiUrl(),
                "--together.telegram.poll-timeout=1s",
                "--together.storage.data-dir=" + dataDir,
                "--together.dialogs.folder=dialogs"));
        return new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
                .start();
    }

    /** SIGTERM, then {@code kill -9} if it does not end within 30 s. */
    static void stop(Process process) throws InterruptedException {
        process.destroy();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            process.waitFor(30, TimeUnit.SECONDS);
        }
    }

    /** {@code kill -9}: no shutdown hook, the write-ahead log left as it is. */
    static void kill(Process process) throws InterruptedException {
        process.destroyForcibly();
        process.waitFor(30, TimeUnit.SECONDS);
    }

    private String java() {
        return javaHome.resolve("bin").resolve("java").toString();
    }

    private static void run(List<String> command, Path log) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
        if (!process.waitFor(5, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new IllegalStateException("timed out: " + command + "; see " + log);
        }
        if (process.exitValue() != 0) {
            throw new IllegalStateException(
                    "exit " + process.exitValue() + ": " + command + "; its output ends:\n" + tail(log));
        }
    }

    private static String tail(Path log) throws IOException {
        List<String> lines = Files.readAllLines(log);
        return String.join("\n", lines.subList(Math.max(0, lines.size() - 30), lines.size()));
    }

    /** The feature version from the JDK's {@code release} file ({@code JAVA_VERSION="25.0.3"}). */
    private static int featureVersion(Path javaHome) {
        Properties release = new Properties();
        try (var in = Files.newBufferedReader(javaHome.resolve("release"))) {
            release.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException("not a JDK home: " + javaHome, e);
        }
        String version = release.getProperty("JAVA_VERSION", "").replace("\"", "");
        return Integer.parseInt(version.split("[.+-]")[0]);
    }
}
