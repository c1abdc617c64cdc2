package org.wearetogether.storage.internal;

import java.nio.ByteBuffer;
import java.util.HashMap;
import org.h2.mvstore.SingleFileStore;

/**
 * H2's single-file store that can overwrite its free space with zeros. MVStore never writes over a page in place: an
 * updated or deleted document leaves its old bytes in an older chunk, and when that chunk is no longer needed its
 * blocks are only marked free, so the old bytes stay in the file until a later chunk happens to land there. After a
 * scrub has rewritten every live page into new chunks and the old ones were freed, zeroing the free blocks makes
 * erased documents leave the file for good.
 */
final class ScrubbableFileStore extends SingleFileStore {

    private static final int BLOCK_BYTES = 4096;
    /** Free blocks in a row are zeroed with one write of up to this many. */
    private static final int RUN_BLOCKS = 256;

    ScrubbableFileStore() {
        super(new HashMap<>());
    }

    /**
     * Writes zeros over every block no chunk uses (the two header blocks excepted) and returns how many it wrote. Run it
     * through {@code MVStore.executeFilestoreOperation}, so that no chunk is written meanwhile, after a commit and a
     * sync: free blocks then hold nothing a later start could need.
     */
    long zeroFreeBlocks() {
        long end = getAfterLastBlock_();
        ByteBuffer zeros = ByteBuffer.allocate(RUN_BLOCKS * BLOCK_BYTES);
        long zeroed = 0;
        for (long block = 2; block < end; ) {
            int run = 0;
            while (run < RUN_BLOCKS
                    && block + run < end
                    && freeSpace.isFree((block + run) * BLOCK_BYTES, BLOCK_BYTES)) {
                run++;
            }
            if (run == 0) {
                block++;
                continue;
            }
            zeros.clear().limit(run * BLOCK_BYTES);
            writeFully(null, block * BLOCK_BYTES, zeros);
            zeroed += run;
            block += run;
        }
        return zeroed;
    }
}
