package org.factdesk.base;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.FixedDelayTask;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;
import org.springframework.scheduling.config.TriggerTask;
import org.springframework.stereotype.Component;

/**
 * The one scheduler of the desk's {@link ScheduledJob}s. Each run goes through the {@link JobLock} (when there is one:
 * a lock named after the job, so that one node of a cluster runs it), then {@link #runOnce(ScheduledJob)}.
 */
@Component
public class DeskJobs implements SchedulingConfigurer {

    private static final Logger LOG = LoggerFactory.getLogger(DeskJobs.class);

    private final List<ScheduledJob> jobs;
    private final JobLock lock;

    DeskJobs(ObjectProvider<ScheduledJob> provided, ObjectProvider<JobLock> lock) {
        this.lock = lock.getIfAvailable(() -> (name, schedule, run) -> run.run());
        List<ScheduledJob> jobs = provided.orderedStream().toList();
        Set<String> names = new HashSet<>();
        for (ScheduledJob job : jobs) {
            if (!names.add(job.name())) {
                throw new IllegalStateException("Two scheduled jobs are named " + job.name());
            }
        }
        this.jobs = jobs;
    }

    @Override
    public void configureTasks(ScheduledTaskRegistrar registrar) {
        for (ScheduledJob job : jobs) {
            Runnable run = new JobRun(job, lock);
            switch (job.schedule()) {
                case JobSchedule.Every every ->
                        registrar.addFixedDelayTask(new FixedDelayTask(run, every.every(), every.first()));
                case JobSchedule.Daily daily -> registrar.addTriggerTask(new TriggerTask(run, new DailyTrigger(daily)));
                case JobSchedule.Never never -> LOG.info("Scheduled job {} is switched off", job.name());
            }
        }
    }

    /** Runs the job now; a failure is logged, never thrown, so that its next run still happens. */
    static void runOnce(ScheduledJob job) {
        try {
            job.run();
        } catch (RuntimeException e) {
            LOG.error("Scheduled job {} failed", job.name(), e);
        }
    }

    /** The task the registrar holds; named after its job, so that logs and tests can tell the tasks apart. */
    private record JobRun(ScheduledJob job, JobLock lock) implements Runnable {

        @Override
        public void run() {
            try {
                lock.runAlone(job.name(), job.schedule(), () -> runOnce(job));
            } catch (RuntimeException e) {
                LOG.error("Scheduled job {} could not take its lock", job.name(), e);
            }
        }

        @Override
        public String toString() {
            return "ScheduledJob " + job.name();
        }
    }
}
