package org.factdesk.base;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.config.FixedDelayTask;
import org.springframework.scheduling.config.ScheduledTask;
import org.springframework.scheduling.config.ScheduledTaskHolder;
import org.springframework.scheduling.config.Task;
import org.springframework.scheduling.config.TriggerTask;

/**
 * Every {@link ScheduledJob} bean is scheduled by {@link DeskJobs} alone, by its name, as its schedule says; a daily
 * job runs at its time of day in the zone it gives at each run; a failing run is logged and does not stop the next.
 */
class DeskJobsTest {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    @Configuration
    @EnableScheduling
    static class Scheduling {
    }

    private static ScheduledJob job(String name, JobSchedule schedule, Runnable run) {
        return new ScheduledJob() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public JobSchedule schedule() {
                return schedule;
            }

            @Override
            public void run() {
                run.run();
            }
        };
    }

    @Test
    void each_job_is_scheduled_under_its_name_as_its_schedule_says_and_one_switched_off_not_at_all() {
        new ApplicationContextRunner().withUserConfiguration(Scheduling.class, DeskJobs.class)
                .withBean("every", ScheduledJob.class, () -> job("every-job",
                        new JobSchedule.Every(Duration.ofHours(2), Duration.ofMinutes(7)), () -> { }))
                .withBean("daily", ScheduledJob.class, () -> job("daily-job",
                        new JobSchedule.Daily(LocalTime.of(2, 30), () -> PARIS), () -> { }))
                .withBean("off", ScheduledJob.class, () -> job("off-job", new JobSchedule.Never(), () -> { }))
                .run(context -> {
                    List<Task> tasks = context.getBeansOfType(ScheduledTaskHolder.class).values().stream()
                            .flatMap(holder -> holder.getScheduledTasks().stream()).map(ScheduledTask::getTask)
                            .filter(task -> task.getRunnable().toString().startsWith("ScheduledJob ")).toList();
                    assertThat(tasks).hasSize(2);
                    assertThat(tasks).filteredOn(FixedDelayTask.class::isInstance).singleElement()
                            .satisfies(task -> {
                                assertThat(task.getRunnable()).hasToString("ScheduledJob every-job");
                                assertThat(((FixedDelayTask) task).getInitialDelayDuration())
                                        .isEqualTo(Duration.ofHours(2));
                                assertThat(((FixedDelayTask) task).getIntervalDuration())
                                        .isEqualTo(Duration.ofMinutes(7));
                            });
                    assertThat(tasks).filteredOn(TriggerTask.class::isInstance).singleElement()
                            .satisfies(task -> assertThat(task.getRunnable()).hasToString("ScheduledJob daily-job"));
                });
    }

    @Test
    void two_jobs_of_one_name_are_refused_at_start_up() {
        new ApplicationContextRunner().withUserConfiguration(Scheduling.class, DeskJobs.class)
                .withBean("one", ScheduledJob.class, () -> job("same", new JobSchedule.Every(Duration.ofHours(1),
                        Duration.ofHours(1)), () -> { }))
                .withBean("two", ScheduledJob.class, () -> job("same", new JobSchedule.Every(Duration.ofHours(1),
                        Duration.ofHours(1)), () -> { }))
                .run(context -> assertThat(context).hasFailed().getFailure()
                        .hasStackTraceContaining("Two scheduled jobs are named same"));
    }

    @Test
    void a_failing_run_is_logged_not_thrown() {
        AtomicInteger runs = new AtomicInteger();
        ScheduledJob failing = job("failing", new JobSchedule.Every(Duration.ofHours(1), Duration.ofHours(1)), () -> {
            runs.incrementAndGet();
            throw new IllegalStateException("broken");
        });

        DeskJobs.runOnce(failing);
        DeskJobs.runOnce(failing);

        assertThat(runs).hasValue(2);
    }

    @Test
    void a_daily_job_runs_next_at_its_time_of_day_in_the_zone_given() {
        DailyTrigger trigger = new DailyTrigger(new JobSchedule.Daily(LocalTime.of(2, 30), () -> PARIS));

        assertThat(trigger.next(Instant.parse("2026-03-10T00:00:00Z"), PARIS))
                .isEqualTo(Instant.parse("2026-03-10T01:30:00Z"));
        assertThat(trigger.next(Instant.parse("2026-03-10T01:30:00Z"), PARIS))
                .as("not twice at the same instant").isEqualTo(Instant.parse("2026-03-11T01:30:00Z"));
        assertThat(trigger.next(Instant.parse("2026-07-10T12:00:00Z"), PARIS))
                .as("summer time").isEqualTo(Instant.parse("2026-07-11T00:30:00Z"));
        assertThat(trigger.next(Instant.parse("2026-03-29T00:00:00Z"), PARIS))
                .as("02:30 does not exist the night the clocks go forward").isEqualTo(Instant.parse("2026-03-29T01:30:00Z"));
        assertThat(trigger.next(Instant.parse("2026-03-10T00:00:00Z"), ZoneId.of("America/Montreal")))
                .isEqualTo(Instant.parse("2026-03-10T06:30:00Z"));
    }
}
