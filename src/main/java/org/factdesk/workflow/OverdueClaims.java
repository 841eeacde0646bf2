package org.factdesk.workflow;

import java.time.Clock;
import java.time.LocalDate;
import org.factdesk.claim.ClaimWorkflow;
import org.factdesk.desk.DeskSettingsService;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Notices claims that became overdue (due before today in the desk's time zone, neither approved nor dismissed) and
 * records it in their history as {@code claim.overdue}, by {@code system}, which tells their watchers. Each claim is
 * told once per due date: moved to a later date that passes too, it is told again. Not a guarded service: it runs
 * from a scheduled job, where nobody is signed in, and changes nothing but the history and the notifications.
 */
@Component
public class OverdueClaims {

    private final ClaimWorkflow claims;
    private final DeskSettingsService settings;
    private final Clock clock;

    OverdueClaims(ClaimWorkflow claims, DeskSettingsService settings, Clock clock) {
        this.claims = claims;
        this.settings = settings;
        this.clock = clock;
    }

    /** Tells the watchers of every claim that is overdue today, in the desk's time zone; returns how many claims. */
    @Transactional
    public int tellWatchers() {
        return tellWatchers(LocalDate.now(clock.withZone(settings.zone())));
    }

    /** As {@link #tellWatchers()}, for the day given. */
    @Transactional
    public int tellWatchers(LocalDate today) {
        return claims.recordOverdue(today);
    }
}
