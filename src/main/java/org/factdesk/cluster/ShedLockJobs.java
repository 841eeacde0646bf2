package org.factdesk.cluster;

import java.time.Clock;
import java.time.Duration;
import javax.sql.DataSource;
import net.javacrumbs.shedlock.core.DefaultLockingTaskExecutor;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockingTaskExecutor;
import net.javacrumbs.shedlock.provider.jdbctemplate.JdbcTemplateLockProvider;
import org.factdesk.base.JobLock;
import org.factdesk.base.JobSchedule;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Each scheduled job's run takes ShedLock's lock named after the job, a row of the {@code shedlock} table (V31) timed
 * by the database's clock, so that on several nodes one runs it and the others skip that run. The lock is held at
 * least 9/10 of a periodic job's interval (an hour for a daily job), so that a node whose timer fires a little later
 * does not run the same round again, and at most an hour more than that, after which a node that died holding it
 * no longer blocks the job.
 */
@Component
class ShedLockJobs implements JobLock {

    private static final Duration SPARE = Duration.ofHours(1);

    private final DataSource dataSource;
    private final Clock clock;
    private @Nullable LockingTaskExecutor executor;

    ShedLockJobs(DataSource dataSource, Clock clock) {
        this.dataSource = dataSource;
        this.clock = clock;
    }

    @Override
    public void runAlone(String name, JobSchedule schedule, Runnable run) {
        Duration atLeast = atLeast(schedule);
        executor().executeWithLock(run, new LockConfiguration(clock.instant(), name, atLeast.plus(SPARE), atLeast));
    }

    /**
     * Made at the first run, not at start-up: ShedLock looks at the database when it is made, and the H2 file must
     * not be opened before its migration's safety copy is taken.
     */
    private synchronized LockingTaskExecutor executor() {
        if (executor == null) {
            executor = new DefaultLockingTaskExecutor(new JdbcTemplateLockProvider(
                    JdbcTemplateLockProvider.Configuration.builder().withJdbcTemplate(new JdbcTemplate(dataSource))
                            .withTableName("shedlock").usingDbTime().build()));
        }
        return executor;
    }

    static Duration atLeast(JobSchedule schedule) {
        return switch (schedule) {
            case JobSchedule.Every every -> every.every().multipliedBy(9).dividedBy(10);
            case JobSchedule.Daily daily -> Duration.ofHours(1);
            case JobSchedule.Never never -> Duration.ZERO;
        };
    }
}
