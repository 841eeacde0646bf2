package org.factdesk.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.factdesk.base.DeskJobs;
import org.factdesk.base.JobSchedule;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.config.FixedDelayTask;
import org.springframework.scheduling.config.ScheduledTask;
import org.springframework.scheduling.config.ScheduledTaskHolder;

/**
 * The overdue check's schedule comes from its properties, through the desk's one scheduler ({@link DeskJobs}): a first
 * look after {@code first-check}, then every {@code check-every}, and none at all when {@code check-enabled=false} (as
 * in the test profile), read when the application starts rather than as a condition of the bean, which a jar processed
 * ahead of time would keep from its build (decision 027). A small context of its own, so the application's security
 * set-up in the other tests stays untouched; the first look is an hour away, so the check itself (not under test here:
 * OverdueClaimsTest calls it) never runs.
 */
class OverdueScheduleTest {

    @Configuration
    @EnableScheduling
    static class Scheduling {
    }

    @SuppressWarnings("NullAway")
    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withUserConfiguration(Scheduling.class, DeskJobs.class, OverdueSchedule.class)
            .withBean(OverdueClaims.class, () -> new OverdueClaims(null, null, Clock.systemUTC()));

    @Test
    void the_check_runs_after_the_first_delay_and_then_at_the_interval_configured() {
        runner.withPropertyValues("factdesk.overdue.first-check=PT1H", "factdesk.overdue.check-every=PT20M")
                .run(context -> assertThat(checks(context.getBeansOfType(ScheduledTaskHolder.class).values()))
                        .singleElement().satisfies(task -> {
                            assertThat(task.getInitialDelayDuration()).isEqualTo(Duration.ofHours(1));
                            assertThat(task.getIntervalDuration()).isEqualTo(Duration.ofMinutes(20));
                        }));
    }

    @Test
    void switched_off_there_is_no_check_at_all() {
        runner.withPropertyValues("factdesk.overdue.check-enabled=false", "factdesk.overdue.first-check=PT1H")
                .run(context -> {
                    assertThat(context.getBean(OverdueSchedule.class).schedule()).isEqualTo(new JobSchedule.Never());
                    assertThat(checks(context.getBeansOfType(ScheduledTaskHolder.class).values())).isEmpty();
                });
    }

    private static List<FixedDelayTask> checks(java.util.Collection<ScheduledTaskHolder> holders) {
        return holders.stream().flatMap(holder -> holder.getScheduledTasks().stream()).map(ScheduledTask::getTask)
                .filter(FixedDelayTask.class::isInstance).map(FixedDelayTask.class::cast)
                .filter(task -> task.getRunnable().toString().equals("ScheduledJob " + OverdueSchedule.NAME)).toList();
    }
}
