package org.wearetogether.storage.internal;

import static org.assertj.core.api.Assertions.assertThat;

import de.bwaldvogel.mongo.bson.Document;
import org.junit.jupiter.api.Test;

class DurableWriteConcernTest {

    @Test
    void aJournaledOrMajorityWriteConcernAsksForTheDevice() {
        assertThat(DurableWriteConcern.asked(withConcern(new Document("j", true))))
                .isTrue();
        assertThat(DurableWriteConcern.asked(withConcern(new Document("j", 1)))).isTrue();
        assertThat(DurableWriteConcern.asked(withConcern(new Document("w", "majority").append("wtimeout", 10000))))
                .isTrue();
    }

    @Test
    void anOrdinaryWriteConcernOrNoneDoesNot() {
        assertThat(DurableWriteConcern.asked(new Document("insert", "things"))).isFalse();
        assertThat(DurableWriteConcern.asked(withConcern(new Document("w", 1)))).isFalse();
        assertThat(DurableWriteConcern.asked(withConcern(new Document("w", 1).append("j", false))))
                .isFalse();
        assertThat(DurableWriteConcern.asked(new Document("insert", "things").append("writeConcern", "odd")))
                .isFalse();
    }

    private static Document withConcern(Document concern) {
        return new Document("insert", "things").append("writeConcern", concern);
    }
}
