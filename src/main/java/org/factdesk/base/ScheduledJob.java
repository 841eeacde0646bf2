package org.factdesk.base;

/**
 * Work the desk does on its own at set times (the overdue check, the nightly backup). Every such job is a bean of
 * this type and {@link DeskJobs} alone schedules them, so that running each job on one node of a cluster only (a
 * lock per {@link #name()}, as ShedLock takes) is a change in one place.
 */
public interface ScheduledJob {

    /** Unique among the jobs and stable across versions: the key a cluster-wide lock would use. */
    String name();

    JobSchedule schedule();

    /** One run; an exception is logged and the next run happens as scheduled. */
    void run();
}
