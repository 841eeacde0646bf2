package org.factdesk.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.factdesk.base.JobSchedule;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * Two nodes on one database (two lock holders on the desk's own database, H2 or PostgreSQL): a job's round runs on
 * the node that takes its lock first, and the other node's timer, firing a little later, skips that round.
 */
@SpringBootTest
class ShedLockJobsTest {

    private static final JobSchedule EVERY_15_MINUTES = new JobSchedule.Every(Duration.ofMinutes(1),
            Duration.ofMinutes(15));

    @Autowired
    DataSource dataSource;

    @Test
    void a_round_of_a_job_runs_on_one_node_only() {
        ShedLockJobs nodeA = new ShedLockJobs(dataSource, Clock.systemUTC());
        ShedLockJobs nodeB = new ShedLockJobs(dataSource, Clock.systemUTC());
        AtomicInteger runs = new AtomicInteger();

        nodeA.runAlone("test-overdue-round", EVERY_15_MINUTES, runs::incrementAndGet);
        nodeB.runAlone("test-overdue-round", EVERY_15_MINUTES, runs::incrementAndGet);

        assertThat(runs).hasValue(1);
    }

    @Test
    void another_job_is_not_held_back_by_the_lock_of_the_first() {
        ShedLockJobs node = new ShedLockJobs(dataSource, Clock.systemUTC());
        AtomicInteger runs = new AtomicInteger();

        node.runAlone("test-job-one", EVERY_15_MINUTES, runs::incrementAndGet);
        node.runAlone("test-job-two", EVERY_15_MINUTES, runs::incrementAndGet);

        assertThat(runs).hasValue(2);
    }

    @Test
    void a_periodic_job_holds_its_lock_most_of_its_interval_and_a_daily_one_an_hour() {
        assertThat(ShedLockJobs.atLeast(EVERY_15_MINUTES)).isEqualTo(Duration.ofSeconds(810));
        assertThat(ShedLockJobs.atLeast(new JobSchedule.Daily(LocalTime.of(2, 30), () -> ZoneOffset.UTC)))
                .isEqualTo(Duration.ofHours(1));
    }
}
