package org.wearetogether.storage.internal;

import de.bwaldvogel.mongo.backend.KeyValue;
import de.bwaldvogel.mongo.backend.Missing;
import de.bwaldvogel.mongo.bson.ObjectId;
import de.bwaldvogel.mongo.wire.bson.BsonDecoder;
import de.bwaldvogel.mongo.wire.bson.BsonEncoder;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import java.nio.ByteBuffer;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.h2.mvstore.DataUtils;
import org.h2.mvstore.WriteBuffer;
import org.h2.mvstore.type.BasicDataType;
import org.h2.mvstore.type.ObjectDataType;

/**
 * How the embedded store orders and writes the keys of a unique index (mongo-java-server's {@link KeyValue}).
 *
 * <p>{@code KeyValue} is not {@link Comparable}, so H2's default type compares two keys by Java-serializing both:
 * every step of every index lookup serialized two objects, measured at 28% of the store's CPU. Here keys are
 * compared value by value (by BSON type, then by the value), which needs no allocation for the strings, numbers
 * and ids that the service indexes. Any total order that agrees with {@code KeyValue.equals} serves a unique index;
 * a map that was ordered the old way must be re-sorted once when opened with this type ({@link IndexMaps}).
 *
 * <p>Written as a tag H2's format never uses, the number of values, then each value as its BSON type byte and
 * BSON value (type 0, which BSON never uses for a value, for a missing field). Older values are still read by H2's
 * own type.
 */
final class IndexKeyType extends BasicDataType<Object> {

    static final byte KEY_TAG = 126;

    private static final byte MISSING = 0;

    /** Types whose own order agrees with their equals; one BSON type may hold several (Integer, Long, Double). */
    private static final Set<Class<?>> NATURALLY_ORDERED =
            Set.of(String.class, Integer.class, Long.class, Double.class, Boolean.class, ObjectId.class, Instant.class);

    private final ObjectDataType older = new ObjectDataType();

    @Override
    public int compare(Object a, Object b) {
        if (a instanceof KeyValue left && b instanceof KeyValue right) {
            return compareKeys(left, right);
        }
        return older.compare(a, b);
    }

    private static int compareKeys(KeyValue left, KeyValue right) {
        int common = Math.min(left.size(), right.size());
        for (int i = 0; i < common; i++) {
            int order = compareValues(left.get(i), right.get(i));
            if (order != 0) {
                return order;
            }
        }
        return Integer.compare(left.size(), right.size());
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static int compareValues(Object a, Object b) {
        int byType = Integer.compare(typeOf(a), typeOf(b));
        if (byType != 0 || a == null || a instanceof Missing) {
            return byType;
        }
        if (a.getClass() == b.getClass() && NATURALLY_ORDERED.contains(a.getClass())) {
            return ((Comparable) a).compareTo(b);
        }
        return compareEncoded(a, b);
    }

    /** Documents, arrays and the rarer types: by their BSON bytes, which are equal exactly when the values are. */
    private static int compareEncoded(Object a, Object b) {
        ByteBuf left = encode(a);
        ByteBuf right = encode(b);
        try {
            return left.compareTo(right);
        } finally {
            left.release();
            right.release();
        }
    }

    private static ByteBuf encode(Object value) {
        ByteBuf buffer = Unpooled.buffer(64);
        BsonEncoder.encodeValue(BsonEncoder.determineType(value), value, buffer);
        return buffer;
    }

    private static int typeOf(Object value) {
        return value instanceof Missing ? MISSING : BsonEncoder.determineType(value);
    }

    @Override
    public int getMemory(Object key) {
        if (!(key instanceof KeyValue keyValue)) {
            return older.getMemory(key);
        }
        int memory = 32;
        for (Object value : keyValue) {
            memory += value instanceof String text ? 40 + 2 * text.length() : 24;
        }
        return memory;
    }

    @Override
    public void write(WriteBuffer buffer, Object key) {
        if (!(key instanceof KeyValue keyValue)) {
            older.write(buffer, key);
            return;
        }
        buffer.put(KEY_TAG).putVarInt(keyValue.size());
        ByteBuf bson = Unpooled.buffer(64);
        try {
            for (Object value : keyValue) {
                byte type = (byte) typeOf(value);
                bson.writeByte(type);
                if (type != MISSING) {
                    BsonEncoder.encodeValue(type, value, bson);
                }
            }
            buffer.put(bson.nioBuffer());
        } finally {
            bson.release();
        }
    }

    @Override
    public Object read(ByteBuffer buffer) {
        if (buffer.get(buffer.position()) != KEY_TAG) {
            return older.read(buffer);
        }
        buffer.get();
        int size = DataUtils.readVarInt(buffer);
        ByteBuf bson = Unpooled.wrappedBuffer(buffer.slice());
        List<Object> values = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            byte type = bson.readByte();
            values.add(type == MISSING ? Missing.getInstance() : BsonDecoder.decodeValue(type, bson));
        }
        buffer.position(buffer.position() + bson.readerIndex());
        return new KeyValue(values);
    }

    @Override
    public Object[] createStorage(int size) {
        return new Object[size];
    }
}
