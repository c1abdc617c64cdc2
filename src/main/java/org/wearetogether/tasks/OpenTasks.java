package org.wearetogether.tasks;

import java.util.Collection;
import java.util.Map;

/** How many live tasks (offered or accepted) volunteers hold: the console's "open tasks" column. */
public interface OpenTasks {

    /**
     * The number of live tasks of each of these volunteers; a volunteer with none is absent. One read for the whole
     * list: MongoDB answers it from the {@code volunteerUserId} index, the embedded store reads every task.
     */
    Map<String, Integer> countByVolunteer(Collection<String> volunteerUserIds);
}
