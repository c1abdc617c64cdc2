package org.wearetogether.storage;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.MongoCommandException;
import com.mongodb.MongoException;
import com.mongodb.MongoWriteException;
import com.mongodb.ServerAddress;
import com.mongodb.WriteError;
import java.util.Set;
import org.bson.BsonDocument;
import org.bson.BsonInt32;
import org.bson.BsonString;
import org.junit.jupiter.api.Test;

class MongoErrorsTest {

    private static final ServerAddress SERVER = new ServerAddress();

    @Test
    void recognisesADuplicateKeyWriteError() {
        MongoWriteException error = new MongoWriteException(
                new WriteError(11000, "E11000 duplicate key", new BsonDocument()), SERVER, Set.of());

        assertThat(MongoErrors.isDuplicateKey(error)).isTrue();
    }

    @Test
    void recognisesADuplicateKeyCommandErrorOfFindAndModify() {
        MongoCommandException error = new MongoCommandException(
                new BsonDocument("ok", new BsonInt32(0))
                        .append("code", new BsonInt32(11000))
                        .append("errmsg", new BsonString("E11000 duplicate key")),
                SERVER);

        assertThat(MongoErrors.isDuplicateKey(error)).isTrue();
    }

    @Test
    void doesNotMistakeOtherErrorsForDuplicateKeys() {
        MongoWriteException validation = new MongoWriteException(
                new WriteError(121, "Document failed validation", new BsonDocument()), SERVER, Set.of());

        assertThat(MongoErrors.isDuplicateKey(validation)).isFalse();
        assertThat(MongoErrors.isDuplicateKey(new MongoException(50, "exceeded time limit")))
                .isFalse();
    }
}
