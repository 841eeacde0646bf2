package org.factdesk.claim;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Looks for claims that became overdue shortly after start-up and then at a fixed interval (both properties,
 * ISO-8601 durations). Off when {@code factdesk.overdue.check-enabled=false}, as in the tests, which call
 * {@link OverdueClaims} themselves with the day they choose.
 */
@Component
@ConditionalOnProperty(name = "factdesk.overdue.check-enabled", havingValue = "true", matchIfMissing = true)
class OverdueSchedule {

    private final OverdueClaims overdue;

    OverdueSchedule(OverdueClaims overdue) {
        this.overdue = overdue;
    }

    @Scheduled(initialDelayString = "${factdesk.overdue.first-check:PT1M}",
            fixedDelayString = "${factdesk.overdue.check-every:PT15M}")
    void check() {
        overdue.tellWatchers();
    }
}
