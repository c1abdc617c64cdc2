package org.wearetogether.jobs;

/** What a job may ask of the registry during one run. */
public interface JobRun {

    /** True once the job should return soon: the service is stopping or this instance no longer leads. */
    boolean stopRequested();

    /** Asks for another run as soon as this one returns: work was left (a bounded slice ended). */
    void runAgainSoon();
}
