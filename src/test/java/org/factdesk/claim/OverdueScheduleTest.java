package org.factdesk.claim;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.scheduling.config.FixedDelayTask;
import org.springframework.scheduling.config.ScheduledTask;
import org.springframework.scheduling.config.ScheduledTaskHolder;

/**
 * With the check on (as outside the tests), the overdue check is scheduled from its properties: a first look after
 * {@code first-check}, then every {@code check-every}. The first look is an hour away here, so it never runs.
 */
@SpringBootTest(properties = {"factdesk.overdue.check-enabled=true", "factdesk.overdue.first-check=PT1H",
        "factdesk.overdue.check-every=PT20M"})
class OverdueScheduleTest {

    @Autowired
    List<ScheduledTaskHolder> holders;

    @Test
    void the_check_runs_after_the_first_delay_and_then_at_the_interval_configured() {
        List<FixedDelayTask> checks = holders.stream().flatMap(holder -> holder.getScheduledTasks().stream())
                .map(ScheduledTask::getTask).filter(FixedDelayTask.class::isInstance).map(FixedDelayTask.class::cast)
                .filter(task -> task.getRunnable().toString().contains("OverdueSchedule.check")).toList();

        assertThat(checks).singleElement().satisfies(task -> {
            assertThat(task.getInitialDelayDuration()).isEqualTo(Duration.ofHours(1));
            assertThat(task.getIntervalDuration()).isEqualTo(Duration.ofMinutes(20));
        });
    }
}
