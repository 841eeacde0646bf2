package org.factdesk.workflow;

import java.time.Duration;
import org.factdesk.base.JobSchedule;
import org.factdesk.base.ScheduledJob;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Looks for claims that became overdue shortly after start-up and then at a fixed interval (both properties,
 * ISO-8601 durations), as a job of the desk's scheduler. Never when {@code factdesk.overdue.check-enabled=false}, as in
 * the tests, which call {@link OverdueClaims} themselves with the day they choose.
 */
@Component
class OverdueSchedule implements ScheduledJob {

    static final String NAME = "overdue-check";

    private final OverdueClaims overdue;
    private final JobSchedule schedule;

    OverdueSchedule(OverdueClaims overdue, @Value("${factdesk.overdue.check-enabled:true}") boolean enabled,
                    @Value("${factdesk.overdue.first-check:PT1M}") String firstCheck,
                    @Value("${factdesk.overdue.check-every:PT15M}") String checkEvery) {
        this.overdue = overdue;
        this.schedule = enabled ? new JobSchedule.Every(Duration.parse(firstCheck), Duration.parse(checkEvery))
                : new JobSchedule.Never();
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public JobSchedule schedule() {
        return schedule;
    }

    @Override
    public void run() {
        overdue.tellWatchers();
    }
}
