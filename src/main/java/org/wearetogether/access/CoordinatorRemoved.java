package org.wearetogether.access;

import java.time.Instant;
import java.util.Set;
import org.wearetogether.dialog.Person;

/**
 * A person stopped coordinating regions ({@code /coordinator remove}); published in-process after the role is gone,
 * so that the requests they held go back to the queue and nothing more is addressed to them as holder.
 *
 * @param userId the former coordinator's id in the channel
 * @param regions the regions they no longer coordinate
 * @param removedBy the admin who removed them
 * @param language the admin's language, for what they are told about it
 * @param at when
 */
public record CoordinatorRemoved(String userId, Set<String> regions, Person removedBy, String language, Instant at) {

    public CoordinatorRemoved {
        regions = Set.copyOf(regions);
    }
}
