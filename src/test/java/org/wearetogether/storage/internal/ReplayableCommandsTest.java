package org.wearetogether.storage.internal;

import static org.assertj.core.api.Assertions.assertThat;

import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.bson.ObjectId;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Which applied commands the store may log and replay, and which it commits at once instead. */
class ReplayableCommandsTest {

    private static final Document OK = new Document("ok", 1.0);

    @Test
    void insertsAreReplayedWhenEveryDocumentCarriesItsId() {
        Document withIds = new Document("insert", "chats")
                .append("documents", List.of(new Document("_id", 1), new Document("_id", 2)));
        Document oneWithout = new Document("insert", "chats")
                .append("documents", List.of(new Document("_id", 1), new Document("name", "x")));

        assertThat(ReplayableCommands.replayable("insert", withIds, OK)).isTrue();
        assertThat(ReplayableCommands.replayable("insert", oneWithout, OK)).isFalse();
    }

    @Test
    void anUpsertIsReplayedOnlyWhenTheCommandNamedTheInsertedId() {
        Document byId = updates(new Document("q", new Document("_id", "counter")).append("upsert", true));
        Document byOtherField = updates(new Document("q", new Document("email", "a@b")).append("upsert", true));
        Document replacementWithId = updates(new Document("q", new Document("email", "a@b"))
                .append("u", new Document("_id", 7).append("email", "a@b"))
                .append("upsert", true));

        assertThat(ReplayableCommands.replayable("update", byId, upserted("counter")))
                .isTrue();
        assertThat(ReplayableCommands.replayable("update", byOtherField, upserted(new ObjectId())))
                .as("the server chose the _id")
                .isFalse();
        assertThat(ReplayableCommands.replayable("update", replacementWithId, upserted(7)))
                .isTrue();
        assertThat(ReplayableCommands.replayable("update", byOtherField, OK))
                .as("matched an existing document, inserted nothing")
                .isTrue();
    }

    @Test
    void findAndModifyThatUpsertedUnderAServerIdIsNotReplayed() {
        Document command = new Document("findAndModify", "requests").append("query", new Document("region", "spb"));
        Document inserted = new Document("lastErrorObject", new Document("upserted", new ObjectId()));
        Document byId = new Document("findAndModify", "counters").append("query", new Document("_id", "spb"));

        assertThat(ReplayableCommands.replayable("findandmodify", command, inserted))
                .isFalse();
        assertThat(ReplayableCommands.replayable(
                        "findandmodify", byId, new Document("lastErrorObject", new Document("upserted", "spb"))))
                .isTrue();
        assertThat(ReplayableCommands.replayable("findandmodify", command, new Document("lastErrorObject", OK)))
                .isTrue();
    }

    @Test
    void deletesAreReplayedAndEverythingElseIsCommittedAtOnce() {
        assertThat(ReplayableCommands.replayable("delete", new Document("delete", "chats"), OK))
                .isTrue();
        assertThat(ReplayableCommands.replayable("createindexes", new Document("createIndexes", "chats"), OK))
                .isFalse();
        assertThat(ReplayableCommands.replayable("drop", new Document("drop", "chats"), OK))
                .isFalse();
    }

    private static Document updates(Document spec) {
        return new Document("update", "things").append("updates", List.of(spec));
    }

    private static Document upserted(Object id) {
        return new Document("ok", 1.0).append("upserted", List.of(new Document("index", 0).append("_id", id)));
    }
}
