package org.factdesk.base;

/**
 * Lets each run of a {@link ScheduledJob} happen on one node of a cluster only (decision 018). Without a bean of this
 * type {@link DeskJobs} runs every job as it is due, as a single node should.
 */
public interface JobLock {

    /** Runs {@code run} now, unless the job {@code name} is locked by a run elsewhere: then this run is skipped. */
    void runAlone(String name, JobSchedule schedule, Runnable run);
}
