package org.wearetogether.storage.internal;

import de.bwaldvogel.mongo.bson.Document;
import java.util.List;
import java.util.Set;

/**
 * Which applied write commands the embedded store may log and apply again after a crash ({@link DurableH2Backend}):
 * those whose replay on the state before them gives what applying them gave. The others are committed at once.
 */
final class ReplayableCommands {

    /** The write commands that can be replayed, unless {@link #replayable} finds a reason against. */
    private static final Set<String> LOGGED_COMMANDS = Set.of("insert", "update", "delete", "findandmodify");

    private ReplayableCommands() {}

    /**
     * Whether applying the command again to the state before it gives the same state. Inserts carry their
     * {@code _id} (the driver adds one); an upsert that inserted under an {@code _id} the server made up would
     * get another one on replay.
     */
    static boolean replayable(String command, Document arguments, Document reply) {
        if (!LOGGED_COMMANDS.contains(command)) {
            return false;
        }
        switch (command) {
            case "insert":
                return documents(arguments.get("documents")).stream().allMatch(d -> d.containsKey("_id"));
            case "update":
                return upsertsNamedTheirIds(documents(arguments.get("updates")), documents(reply.get("upserted")));
            case "findandmodify":
                Object lastError = reply.get("lastErrorObject");
                Object upserted = lastError instanceof Document ? ((Document) lastError).get("upserted") : null;
                return upserted == null || idGiven(upserted, arguments, "query", "update");
            default:
                return true;
        }
    }

    /** Whether each document an update command upserted has an {@code _id} its update spec named. */
    private static boolean upsertsNamedTheirIds(List<Document> specs, List<Document> upserts) {
        for (Document upserted : upserts) {
            Object index = upserted.get("index");
            if (!(index instanceof Number) || ((Number) index).intValue() >= specs.size()) {
                return false;
            }
            if (!idGiven(upserted.get("_id"), specs.get(((Number) index).intValue()), "q", "u")) {
                return false;
            }
        }
        return true;
    }

    /** Whether the inserted {@code _id} came from the filter or the replacement document of the command. */
    private static boolean idGiven(Object insertedId, Document spec, String filterKey, String replacementKey) {
        return idIn(spec.get(filterKey), insertedId) || idIn(spec.get(replacementKey), insertedId);
    }

    private static boolean idIn(Object document, Object id) {
        return document instanceof Document && id != null && id.equals(((Document) document).get("_id"));
    }

    @SuppressWarnings("unchecked") // the wire's arrays of documents
    private static List<Document> documents(Object array) {
        if (!(array instanceof List)) {
            return List.of();
        }
        for (Object element : (List<Object>) array) {
            if (!(element instanceof Document)) {
                return List.of(new Document()); // matches nothing above: not replayable
            }
        }
        return (List<Document>) array;
    }
}
