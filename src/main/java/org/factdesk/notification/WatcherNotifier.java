package org.factdesk.notification;

import java.time.Clock;
import java.time.Instant;
import java.util.Set;
import org.factdesk.claim.ClaimChanged;
import org.jspecify.annotations.Nullable;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Tells a claim's watchers, but never the colleague who did it, that its status changed, that it was assigned or
 * unassigned, that someone commented on it, or that it became overdue; in the change's own transaction, so both are
 * saved or neither. One change, one notification: a return or a reopening is told once, with its reason.
 */
@Component
class WatcherNotifier {

    /** Transitions that have their own words in a notification; other status changes name the new status. */
    static final Set<String> TRANSITIONS = Set.of("submit", "approve", "return", "reopen", "unassign", "take");

    /** Status changes that an assignment notification already tells. */
    private static final Set<String> TOLD_BY_ASSIGNMENT = Set.of("assign");

    /**
     * Status changes whose reason is posted as a comment in the same transaction (WorkflowService does so): the
     * comment tells them, as the transition with the reason's first words, instead of a second notification.
     */
    private static final Set<String> TOLD_BY_THEIR_REASON = Set.of("return", "reopen");

    private final NotificationRepository notifications;
    private final Clock clock;

    WatcherNotifier(NotificationRepository notifications, Clock clock) {
        this.notifications = notifications;
        this.clock = clock;
    }

    @EventListener
    void on(ClaimChanged change) {
        switch (change.action()) {
            case "claim.status" -> {
                String how = change.detail() == null ? "" : change.detail();
                if (!TOLD_BY_ASSIGNMENT.contains(how) && !TOLD_BY_THEIR_REASON.contains(how)) {
                    notify(change, NotificationKind.STATUS, TRANSITIONS.contains(how) ? how : change.after(), null);
                }
            }
            case "claim.assigned" -> {
                // An editor's assignment names its priority; a take has none, and its status change tells it.
                if (change.detail() != null) {
                    notify(change, NotificationKind.ASSIGNED, change.after(), null);
                }
            }
            case "claim.unassigned" -> {
                // The unassign transition's own status change says it already.
            }
            case "comment.posted" -> {
                String reasonFor = change.detail();
                if (reasonFor != null && TOLD_BY_THEIR_REASON.contains(reasonFor)) {
                    notify(change, NotificationKind.STATUS, reasonFor, change.after());
                } else {
                    notify(change, NotificationKind.COMMENT, null, change.after());
                }
            }
            case "claim.overdue" -> notify(change, NotificationKind.OVERDUE, change.after(), null);
            default -> {
                // Verdicts, sources, wording: the history shows them; watchers are not interrupted for each.
            }
        }
    }

    private void notify(ClaimChanged change, NotificationKind kind, @Nullable String detail,
                        @Nullable String excerpt) {
        Instant now = clock.instant();
        change.watchers().stream().filter(watcher -> !watcher.equals(change.actor())).forEach(watcher ->
                notifications.save(new Notification(watcher, change.claimId(), kind, change.actor(), detail, now)
                        .withExcerpt(excerpt)));
    }
}
