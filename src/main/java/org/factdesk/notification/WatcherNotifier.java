package org.factdesk.notification;

import java.time.Clock;
import java.time.Instant;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.factdesk.claim.ClaimChanged;
import org.factdesk.claim.ClaimDetails;
import org.factdesk.claim.ResearchService;
import org.factdesk.security.UserService;
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
    private final UserService users;
    private final ResearchService research;
    private final Clock clock;

    WatcherNotifier(NotificationRepository notifications, UserService users, ResearchService research, Clock clock) {
        this.notifications = notifications;
        this.users = users;
        this.research = research;
        this.clock = clock;
    }

    @EventListener
    void on(ClaimChanged change) {
        switch (change.action()) {
            case "claim.status" -> {
                String how = change.detail() == null ? "" : change.detail();
                if ("submit".equals(how)) {
                    submitted(change);
                } else if (!TOLD_BY_ASSIGNMENT.contains(how) && !TOLD_BY_THEIR_REASON.contains(how)) {
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

    /**
     * A verdict waits for review: the editors who watch the claim and may approve it (who had no hand in the verdict)
     * are told that it waits for them; if no watcher may, every editor who may is. Other watchers hear of the
     * submission as of any status change.
     */
    private void submitted(ClaimChanged change) {
        Set<String> editors = users.editors();
        Set<String> proposers = research.details(change.claimId()).map(ClaimDetails::proposers).orElse(Set.of());
        Predicate<String> mayApprove = user -> editors.contains(user) && !proposers.contains(user)
                && !user.equals(change.actor());
        Set<String> reviewers = change.watchers().stream().filter(mayApprove).collect(Collectors.toSet());
        if (reviewers.isEmpty()) {
            reviewers = editors.stream().filter(mayApprove).collect(Collectors.toSet());
        }
        Instant now = clock.instant();
        for (String reviewer : reviewers) {
            save(reviewer, change, NotificationKind.STATUS, "review", null, now);
        }
        Set<String> told = reviewers;
        change.watchers().stream().filter(watcher -> !watcher.equals(change.actor()) && !told.contains(watcher))
                .forEach(watcher -> save(watcher, change, NotificationKind.STATUS, "submit", null, now));
    }

    private void notify(ClaimChanged change, NotificationKind kind, @Nullable String detail,
                        @Nullable String excerpt) {
        Instant now = clock.instant();
        change.watchers().stream().filter(watcher -> !watcher.equals(change.actor()))
                .forEach(watcher -> save(watcher, change, kind, detail, excerpt, now));
    }

    private void save(String recipient, ClaimChanged change, NotificationKind kind, @Nullable String detail,
                      @Nullable String excerpt, Instant now) {
        notifications.save(new Notification(recipient, change.claimId(), kind, change.actor(), detail, now)
                .withExcerpt(excerpt));
    }
}
