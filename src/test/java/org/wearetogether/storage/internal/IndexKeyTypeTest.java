package org.wearetogether.storage.internal;

import static org.assertj.core.api.Assertions.assertThat;

import de.bwaldvogel.mongo.backend.KeyValue;
import de.bwaldvogel.mongo.backend.Missing;
import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.bson.ObjectId;
import java.nio.ByteBuffer;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.h2.mvstore.WriteBuffer;
import org.junit.jupiter.api.Test;

class IndexKeyTypeTest {

    private final IndexKeyType type = new IndexKeyType();
    private final Random random = new Random(20261125);

    @Test
    void ordersKeysTotallyAndAgreesWithEquals() {
        List<KeyValue> keys = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            keys.add(randomKey());
        }
        for (KeyValue a : keys) {
            for (KeyValue b : keys) {
                int ab = type.compare(a, b);
                assertThat(Integer.signum(ab)).isEqualTo(-Integer.signum(type.compare(b, a)));
                assertThat(ab == 0).as("%s vs %s", a, b).isEqualTo(a.equals(b));
            }
        }
    }

    @Test
    void keysComeBackAsWritten() {
        for (int i = 0; i < 300; i++) {
            KeyValue key = randomKey();
            WriteBuffer buffer = new WriteBuffer();
            type.write(buffer, key);
            type.write(buffer, "after");
            ByteBuffer written = buffer.getBuffer().flip();
            assertThat(type.read(written)).isEqualTo(key);
            assertThat(type.read(written)).isEqualTo("after");
        }
    }

    @Test
    void readsKeysWrittenInTheOlderFormat() {
        WriteBuffer buffer = new WriteBuffer();
        KeyValue key = new KeyValue("tg:42", 7L);
        new org.h2.mvstore.type.ObjectDataType().write(buffer, key);
        assertThat(type.read(buffer.getBuffer().flip())).isEqualTo(key);
    }

    private KeyValue randomKey() {
        int size = 1 + random.nextInt(2);
        List<Object> values = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            values.add(randomValue());
        }
        return new KeyValue(values);
    }

    private Object randomValue() {
        int n = random.nextInt(4);
        return switch (random.nextInt(10)) {
            case 0 -> "tg:" + n;
            case 1 -> "Тамара " + n;
            case 2 -> n;
            case 3 -> (long) n;
            case 4 -> (double) n;
            case 5 -> n % 2 == 0;
            case 6 -> new ObjectId(new byte[] {0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, (byte) n});
            case 7 -> Instant.ofEpochMilli(n);
            case 8 -> random.nextBoolean() ? null : Missing.getInstance();
            default -> new Document("step", n);
        };
    }
}
