package org.wearetogether.testing;

import com.mongodb.client.MongoDatabase;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.wearetogether.WeAreTogetherApplication;

/**
 * The whole service, started as in production but against a {@link FakeTelegram} on 127.0.0.1 and the embedded
 * store in a folder the test owns, so that a test can stop it and start it again on the same data.
 */
public final class RunningService implements AutoCloseable {

    /** The inbound limit per chat (updates per window). */
    public static final String FLOOD_LIMIT = "together.telegram.flood.updates";

    private final ConfigurableApplicationContext context;

    private RunningService(ConfigurableApplicationContext context) {
        this.context = context;
    }

    public static RunningService start(FakeTelegram telegram, Path dataDir, String... extraProperties) {
        List<String> properties = new ArrayList<>(List.of(
                "--server.port=0",
                "--management.server.port=0",
                "--together.telegram.token=" + telegram.token(),
                "--together.telegram.api-url=" + telegram.apiUrl(),
                "--together.telegram.poll-timeout=1s",
                "--together.storage.data-dir=" + dataDir,
                "--together.dialogs.folder=dialogs"));
        for (String extra : extraProperties) {
            // a setting given by the test replaces the default above (Spring would join two values of one name)
            String name = extra.substring(0, Math.max(0, extra.indexOf('=')));
            properties.removeIf(p -> p.startsWith("--" + name + "="));
            properties.add("--" + extra);
        }
        // Simulated people answer at machine speed, faster than anyone types: the inbound limit per chat would turn
        // them away. Tests of the limit itself (and FloodBenchmark) set it.
        if (properties.stream().noneMatch(p -> p.startsWith("--" + FLOOD_LIMIT + "="))) {
            properties.add("--" + FLOOD_LIMIT + "=100000");
        }
        ConfigurableApplicationContext context =
                new SpringApplicationBuilder(WeAreTogetherApplication.class).run(properties.toArray(String[]::new));
        return new RunningService(context);
    }

    public <T> T bean(Class<T> type) {
        return context.getBean(type);
    }

    /** Every bean of a type, by name (e.g. all jobs). */
    public <T> java.util.Map<String, T> beans(Class<T> type) {
        return context.getBeansOfType(type);
    }

    /** The public HTTP port the service listens on. */
    public int port() {
        return Integer.parseInt(context.getEnvironment().getProperty("local.server.port"));
    }

    public MongoDatabase database() {
        return bean(MongoDatabase.class);
    }

    @Override
    public void close() {
        context.close();
    }
}
