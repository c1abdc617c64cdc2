package org.wearetogether.storage;

import java.nio.file.Path;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where and how the service stores its data.
 *
 * <p>The timeouts are chosen so that a store which is unreachable for a few seconds (a replica-set election takes
 * up to ~12 s, a restarted container ~5-10 s) makes operations wait and then succeed rather than fail at once:
 * the driver waits up to {@code serverSelectionTimeout} for a usable server and up to {@code connectionWaitTimeout}
 * for a pooled connection; {@code socketTimeout} bounds a single network read so a silently dead connection is
 * noticed. Retryable reads and writes (driver default) repeat a failed operation once after reselecting a server.
 *
 * @param uri the MongoDB connection string ({@code MONGODB_URI}); empty = start the embedded store
 * @param dataDir the folder of the embedded store's file ({@code TOGETHER_DATA_DIR}); created when missing
 * @param database the database name; a database named in {@code uri} wins
 * @param serverSelectionTimeout how long an operation waits for a reachable server (default 15 s)
 * @param connectTimeout how long opening one connection may take (default 5 s)
 * @param socketTimeout how long one read on a connection may take (default 30 s)
 * @param connectionWaitTimeout how long an operation waits for a free pooled connection (default 15 s)
 * @param embeddedFsync embedded store only: force every commit to the disk device (survives power loss, not only a
 *     killed process) at a large cost in writes per second (default false; see {@code EmbeddedMongo})
 * @param embeddedCheckpointEvery embedded store only: how often its file is committed; writes in between are in
 *     its write-ahead log and are applied again at the next start (default 1 s)
 * @param embeddedLogTruncateAt embedded store only, for recovery by hand: the byte at which its write-ahead log is
 *     damaged, as the failed start named it, to cut the log there and lose the writes logged after it (default none:
 *     a damaged log stops the start)
 * @param embeddedScrubAfter embedded store only: how soon after personal data was erased its old bytes are scrubbed
 *     from the store's files (the scrub rewrites the file, so erasures within this time share one; default 10 min)
 */
@ConfigurationProperties("together.storage")
public record StorageSettings(
        @DefaultValue("") String uri,
        @DefaultValue("./data") Path dataDir,
        @DefaultValue("together") String database,
        @DefaultValue("15s") Duration serverSelectionTimeout,
        @DefaultValue("5s") Duration connectTimeout,
        @DefaultValue("30s") Duration socketTimeout,
        @DefaultValue("15s") Duration connectionWaitTimeout,
        @DefaultValue("false") boolean embeddedFsync,
        @DefaultValue("1s") Duration embeddedCheckpointEvery,
        Long embeddedLogTruncateAt,
        @DefaultValue("10m") Duration embeddedScrubAfter) {

    /** Settings for the embedded store under {@code dataDir} with every other value at its default. */
    public static StorageSettings embedded(Path dataDir) {
        return new StorageSettings(
                "",
                dataDir,
                "together",
                Duration.ofSeconds(15),
                Duration.ofSeconds(5),
                Duration.ofSeconds(30),
                Duration.ofSeconds(15),
                false,
                Duration.ofSeconds(1),
                null,
                Duration.ofMinutes(10));
    }

    /** Whether no MongoDB is configured, so the embedded store is used. */
    public boolean isEmbedded() {
        return uri == null || uri.isBlank();
    }

    /** The uri with any password replaced by {@code ***}, safe to log. */
    public String maskedUri() {
        return isEmbedded() ? "" : uri.replaceAll("(?<=://)([^:/@]*):[^@/]*@", "$1:***@");
    }
}
