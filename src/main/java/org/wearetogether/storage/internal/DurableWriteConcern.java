package org.wearetogether.storage.internal;

import de.bwaldvogel.mongo.bson.Document;

/**
 * Whether a write command asks to be on the device before it is acknowledged, as MongoDB reads its write concern:
 * {@code j: true} (journaled), or {@code w: "majority"}, which a MongoDB replica set acknowledges only once a
 * majority has journaled it. The embedded store then forces its log before the reply, with or without fsync.
 */
final class DurableWriteConcern {

    private DurableWriteConcern() {}

    static boolean asked(Document command) {
        if (!(command.get("writeConcern") instanceof Document concern)) {
            return false;
        }
        Object journal = concern.get("j");
        boolean journaled = Boolean.TRUE.equals(journal) || journal instanceof Number n && n.intValue() != 0;
        return journaled || "majority".equals(concern.get("w"));
    }
}
