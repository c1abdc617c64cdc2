package org.wearetogether.storage.internal;

import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.wire.bson.BsonDecoder;
import de.bwaldvogel.mongo.wire.bson.BsonEncoder;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufAllocator;
import io.netty.buffer.Unpooled;
import java.nio.ByteBuffer;
import org.h2.mvstore.WriteBuffer;
import org.h2.mvstore.type.BasicDataType;
import org.h2.mvstore.type.ObjectDataType;

/**
 * How the embedded store writes a collection's documents into the H2 file: as BSON, the form they arrived in.
 *
 * <p>mongo-java-server's H2 backend leaves the value type of its maps at H2's default, which stores a document with
 * Java serialization: class descriptors and a fresh object stream for every document, measured at 25% of the
 * store's CPU. And since a commit rewrites every page it touched, one changed document costs the serialization of
 * every document that shares its page. BSON is what the server decodes from and encodes to the wire anyway, so the
 * round trip keeps every value type the driver can send.
 *
 * <p>Files written before this type existed hold Java-serialized values. Each BSON value starts with a tag byte
 * that H2's own format never uses, so older values are still read (by H2's type) and are rewritten as BSON when
 * their page is next written.
 */
final class BsonDocumentType extends BasicDataType<Object> {

    /** Above every tag {@link ObjectDataType} writes (its highest is 119). */
    static final byte BSON_TAG = 127;

    private static final int FIRST_SIZE_GUESS = 1024;

    private final ObjectDataType older = new ObjectDataType();

    /** A running average of encoded sizes; H2 uses the memory estimate to decide when a page is full. */
    private volatile int averageSize = FIRST_SIZE_GUESS;

    @Override
    public int getMemory(Object value) {
        return value instanceof Document ? averageSize : older.getMemory(value);
    }

    @Override
    public void write(WriteBuffer buffer, Object value) {
        if (!(value instanceof Document)) {
            older.write(buffer, value);
            return;
        }
        ByteBuf bson = ByteBufAllocator.DEFAULT.directBuffer(averageSize + 64);
        try {
            BsonEncoder.encodeDocument((Document) value, bson);
            int size = bson.readableBytes();
            averageSize = (size + 15 * averageSize) / 16;
            buffer.put(BSON_TAG);
            buffer.put(bson.nioBuffer());
        } finally {
            bson.release();
        }
    }

    @Override
    public Object read(ByteBuffer buffer) {
        if (buffer.get(buffer.position()) != BSON_TAG) {
            return older.read(buffer);
        }
        buffer.get();
        ByteBuf bson = Unpooled.wrappedBuffer(buffer.slice());
        Document document = BsonDecoder.decodeBson(bson);
        buffer.position(buffer.position() + bson.readerIndex());
        return document;
    }

    @Override
    public Object[] createStorage(int size) {
        return new Object[size];
    }
}
