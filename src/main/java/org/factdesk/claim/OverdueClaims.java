package org.factdesk.claim;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
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
class OverdueClaims {

    private final ClaimRepository claims;
    private final ActivityLog log;
    private final DeskSettingsService settings;
    private final Clock clock;

    OverdueClaims(ClaimRepository claims, ActivityLog log, DeskSettingsService settings, Clock clock) {
        this.claims = claims;
        this.log = log;
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
        List<Claim> late = claims.findOverdueUntold(today);
        for (Claim claim : late) {
            LocalDate due = Objects.requireNonNull(claim.getDueDate());
            claims.recordOverdueNotice(Objects.requireNonNull(claim.getId()), due, clock.instant());
            log.claimBySystem(claim, "claim.overdue", null, null, due.toString());
        }
        return late.size();
    }
}
