package org.factdesk.base;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import org.jspecify.annotations.Nullable;
import org.springframework.scheduling.Trigger;
import org.springframework.scheduling.TriggerContext;

/**
 * Fires once a day at a time of day in a zone read anew each time. A day on which that time does not exist (the
 * clocks go forward) runs at the first instant after the gap.
 */
final class DailyTrigger implements Trigger {

    private final JobSchedule.Daily daily;

    DailyTrigger(JobSchedule.Daily daily) {
        this.daily = daily;
    }

    @Override
    public @Nullable Instant nextExecution(TriggerContext context) {
        Instant last = context.lastActualExecution();
        Instant now = context.getClock().instant();
        return next(last == null || last.isBefore(now) ? now : last, daily.zone().get());
    }

    /** The first run strictly after {@code after}. */
    Instant next(Instant after, ZoneId zone) {
        ZonedDateTime local = after.atZone(zone);
        ZonedDateTime candidate = local.toLocalDate().atTime(daily.at()).atZone(zone);
        if (!candidate.toInstant().isAfter(after)) {
            candidate = local.toLocalDate().plusDays(1).atTime(daily.at()).atZone(zone);
        }
        return candidate.toInstant();
    }

    @Override
    public String toString() {
        return "daily at " + daily.at();
    }
}
