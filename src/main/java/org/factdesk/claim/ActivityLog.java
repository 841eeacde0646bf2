package org.factdesk.claim;

import java.time.Clock;
import java.util.HashSet;
import java.util.Objects;
import java.util.Set;
import org.factdesk.security.CurrentUser;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/** Writes the activity log; the actor is the signed-in user, or {@code system} for start-up work. */
@Component
class ActivityLog {

    static final String SYSTEM = "system";

    private final ActivityRepository activities;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    ActivityLog(ActivityRepository activities, CurrentUser currentUser, Clock clock, ApplicationEventPublisher events) {
        this.activities = activities;
        this.currentUser = currentUser;
        this.clock = clock;
        this.events = events;
    }

    /** Records a change of a claim and tells listeners (notifications, open views) about it. */
    void claim(Claim claim, String action, @Nullable String detail, @Nullable String before, @Nullable String after) {
        claim(claim, action, detail, before, after, Set.of());
    }

    /**
     * Records a change of a claim, of which the watchers in {@code toldOtherwise} hear another way (a colleague
     * mentioned in a comment is told of the mention, not of the comment as well).
     */
    void claim(Claim claim, String action, @Nullable String detail, @Nullable String before, @Nullable String after,
               Set<String> toldOtherwise) {
        Set<String> watchers = new HashSet<>(claim.getWatchers());
        watchers.removeAll(toldOtherwise);
        record(claim, actor(), action, detail, before, after, watchers);
    }

    /** Records what the desk's own scheduled work noticed, such as a claim becoming overdue: by {@code system}. */
    void claimBySystem(Claim claim, String action, @Nullable String detail, @Nullable String before,
                       @Nullable String after) {
        record(claim, SYSTEM, action, detail, before, after, claim.getWatchers());
    }

    /** Records a change made for {@code actor} by work that runs without their session (a background fetch). */
    void claimBy(String actor, Claim claim, String action, @Nullable String detail, @Nullable String before,
                 @Nullable String after) {
        record(claim, actor, action, detail, before, after, claim.getWatchers());
    }

    /**
     * Tells open screens that something about the claim they show changed which the history does not keep (a fetch
     * under way): no history entry, and no watcher hears of it.
     */
    void announce(Claim claim, String action, @Nullable String detail) {
        events.publishEvent(new ClaimChanged(Objects.requireNonNull(claim.getId()), claim.getArticleId(), action,
                detail, null, actor(), Set.of()));
    }

    private void record(Claim claim, String actor, String action, @Nullable String detail, @Nullable String before,
                        @Nullable String after, Set<String> watchers) {
        activities.save(new Activity(clock.instant(), actor, claim.getArticleId(), claim.getId(), action, detail,
                before, after));
        events.publishEvent(new ClaimChanged(Objects.requireNonNull(claim.getId()), claim.getArticleId(), action,
                detail, after, actor, Set.copyOf(watchers)));
    }

    void claimStatus(Claim claim, ClaimStatus before, @Nullable String detail) {
        claim(claim, "claim.status", detail, before.name(), claim.getStatus().name());
    }

    void article(long articleId, String action, @Nullable String detail) {
        activities.save(new Activity(clock.instant(), actor(), articleId, null, action, detail, null, null));
    }

    String actor() {
        return currentUser.username().orElse(SYSTEM);
    }
}
