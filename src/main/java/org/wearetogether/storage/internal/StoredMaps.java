package org.wearetogether.storage.internal;

import de.bwaldvogel.mongo.bson.Document;
import java.util.AbstractMap.SimpleImmutableEntry;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.h2.mvstore.MVMap;
import org.h2.mvstore.MVStore;

/**
 * Opens the H2 maps behind mongo-java-server's collections and indexes with the store's own data types, before the
 * library opens them by name: MVStore hands an already open map to later callers as it is.
 *
 * <p>The map names are those mongo-java-server's H2 backend uses: {@code databases.<db>.<collection>} for the
 * documents and {@code <db>.<collection>._index_<name>} for a unique index.
 */
final class StoredMaps {

    /** Which index maps are ordered by {@link IndexKeyType}; kept in the same file, so it commits with them. */
    static final String FORMATS_MAP = "together.formats";

    private static final String INDEX_KEY_FORMAT = "index-keys-by-value-1";

    private StoredMaps() {}

    /** The documents of a collection, stored as BSON. */
    @SuppressWarnings("unchecked") // BsonDocumentType reads and writes Documents only
    static MVMap<Object, Document> openDocuments(MVStore store, String namespace) {
        MVMap<Object, ?> documents = store.openMap(
                "databases." + namespace, new MVMap.Builder<Object, Object>().valueType(new BsonDocumentType()));
        return (MVMap<Object, Document>) documents;
    }

    /**
     * Opens an index map ordered by {@link IndexKeyType}. A map written before that type existed is ordered by H2's
     * Java-serialized bytes, where a lookup by value would miss; it is re-sorted here, once, and marked. The
     * re-sorted map and the mark reach the file in the same commit, so a crash before it leaves the old map and no
     * mark, and the next start re-sorts again.
     */
    static void openIndex(MVStore store, String namespace, String indexName) {
        String name = namespace + "._index_" + indexName;
        MVMap<Object, Object> index =
                store.openMap(name, new MVMap.Builder<Object, Object>().keyType(new IndexKeyType()));
        MVMap<String, String> formats = store.openMap(FORMATS_MAP);
        if (INDEX_KEY_FORMAT.equals(formats.get(name))) {
            return;
        }
        if (!index.isEmpty()) {
            resort(index);
        }
        formats.put(name, INDEX_KEY_FORMAT);
    }

    /** Walking the map needs no comparisons, so its entries come out whatever order they were stored in. */
    private static void resort(MVMap<Object, Object> index) {
        List<Map.Entry<Object, Object>> entries = new ArrayList<>();
        for (Map.Entry<Object, Object> entry : index.entrySet()) {
            entries.add(new SimpleImmutableEntry<>(entry.getKey(), entry.getValue()));
        }
        index.clear();
        for (Map.Entry<Object, Object> entry : entries) {
            index.put(entry.getKey(), entry.getValue());
        }
    }
}
