package org.factdesk.base;

import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.function.Supplier;

/** When a {@link ScheduledJob} runs: at a fixed interval after start-up, once a day at a time of day, or never. */
public sealed interface JobSchedule {

    /** The first run {@code first} after start-up, then each run {@code every} after the previous one ended. */
    record Every(Duration first, Duration every) implements JobSchedule {
    }

    /**
     * Once a day at {@code at} in the time zone {@code zone} gives at each run, so that a change of the desk's time
     * zone moves the next run.
     */
    record Daily(LocalTime at, Supplier<ZoneId> zone) implements JobSchedule {
    }

    /**
     * Switched off by a setting. A job is a bean whatever its settings (not a condition of the bean: a jar started
     * with Spring's ahead-of-time processing would keep the build's setting, decision 027).
     */
    record Never() implements JobSchedule {
    }
}
