package org.wearetogether.jobs;

/** The registry as other modules see it: they nudge a job when something it looks for has just happened. */
public interface Jobs {

    /**
     * Asks for a run of the named job soon (at once, or after its {@link Schedule#nudgeGap()}). Nudges while one is
     * pending collapse into it; a job in back-off after a failure keeps its back-off.
     */
    void nudge(String jobName);
}
