package org.wearetogether.storage.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.bson.ObjectId;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.h2.mvstore.MVStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Which applied commands the store may log and replay, and which it commits at once instead; and that it never
 * runs on an MVStore that would commit half a command by itself.
 */
class DurableH2BackendTest {

    private static final Document OK = new Document("ok", 1.0);

    @Test
    void insertsAreReplayedWhenEveryDocumentCarriesItsId() {
        Document withIds = new Document("insert", "chats")
                .append("documents", List.of(new Document("_id", 1), new Document("_id", 2)));
        Document oneWithout = new Document("insert", "chats")
                .append("documents", List.of(new Document("_id", 1), new Document("name", "x")));

        assertThat(DurableH2Backend.replayable("insert", withIds, OK)).isTrue();
        assertThat(DurableH2Backend.replayable("insert", oneWithout, OK)).isFalse();
    }

    @Test
    void anUpsertIsReplayedOnlyWhenTheCommandNamedTheInsertedId() {
        Document byId = updates(new Document("q", new Document("_id", "counter")).append("upsert", true));
        Document byOtherField = updates(new Document("q", new Document("email", "a@b")).append("upsert", true));
        Document replacementWithId = updates(new Document("q", new Document("email", "a@b"))
                .append("u", new Document("_id", 7).append("email", "a@b"))
                .append("upsert", true));

        assertThat(DurableH2Backend.replayable("update", byId, upserted("counter")))
                .isTrue();
        assertThat(DurableH2Backend.replayable("update", byOtherField, upserted(new ObjectId())))
                .as("the server chose the _id")
                .isFalse();
        assertThat(DurableH2Backend.replayable("update", replacementWithId, upserted(7)))
                .isTrue();
        assertThat(DurableH2Backend.replayable("update", byOtherField, OK))
                .as("matched an existing document, inserted nothing")
                .isTrue();
    }

    @Test
    void findAndModifyThatUpsertedUnderAServerIdIsNotReplayed() {
        Document command = new Document("findAndModify", "requests").append("query", new Document("region", "spb"));
        Document inserted = new Document("lastErrorObject", new Document("upserted", new ObjectId()));
        Document byId = new Document("findAndModify", "counters").append("query", new Document("_id", "spb"));

        assertThat(DurableH2Backend.replayable("findandmodify", command, inserted))
                .isFalse();
        assertThat(DurableH2Backend.replayable(
                        "findandmodify", byId, new Document("lastErrorObject", new Document("upserted", "spb"))))
                .isTrue();
        assertThat(DurableH2Backend.replayable("findandmodify", command, new Document("lastErrorObject", OK)))
                .isTrue();
    }

    @Test
    void deletesAreReplayedAndEverythingElseIsCommittedAtOnce() {
        assertThat(DurableH2Backend.replayable("delete", new Document("delete", "chats"), OK))
                .isTrue();
        assertThat(DurableH2Backend.replayable("createindexes", new Document("createIndexes", "chats"), OK))
                .isFalse();
        assertThat(DurableH2Backend.replayable("drop", new Document("drop", "chats"), OK))
                .isFalse();
    }

    @Test
    void refusesAStoreThatWouldCommitByItself(@TempDir Path folder) {
        MVStore selfCommitting = new MVStore.Builder()
                .fileName(folder.resolve("x.mv.db").toString())
                .autoCommitDisabled()
                .open();
        try {
            assertThatThrownBy(() -> DurableH2Backend.open(
                            selfCommitting, folder.resolve("x.wal"), false, Duration.ofSeconds(1)))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("auto-commit buffer of 0");
        } finally {
            selfCommitting.closeImmediately();
        }
    }

    private static Document updates(Document spec) {
        return new Document("update", "things").append("updates", List.of(spec));
    }

    private static Document upserted(Object id) {
        return new Document("ok", 1.0).append("upserted", List.of(new Document("index", 0).append("_id", id)));
    }
}
