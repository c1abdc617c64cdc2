package org.wearetogether.jobs;

/** The registry as other modules see it: they nudge a job when something it looks for has just happened. */
public interface Jobs {

    /**
     * Asks for a run of the named job soon (at once, or after its {@link Schedule#nudgeGap()}). Nudges while one is
     * pending collapse into it. A job in back-off after a failure is tried again too, though not sooner than the
     * first back-off wait after its last try: new work is a reason to try, a failing job no reason to spin.
     */
    void nudge(String jobName);
}
