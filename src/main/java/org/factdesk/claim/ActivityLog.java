package org.factdesk.claim;

import java.time.Clock;
import org.factdesk.security.CurrentUser;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/** Writes the activity log; the actor is the signed-in user, or {@code system} for start-up work. */
@Component
class ActivityLog {

    static final String SYSTEM = "system";

    private final ActivityRepository activities;
    private final CurrentUser currentUser;
    private final Clock clock;

    ActivityLog(ActivityRepository activities, CurrentUser currentUser, Clock clock) {
        this.activities = activities;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    void claim(Claim claim, String action, @Nullable String detail, @Nullable String before, @Nullable String after) {
        activities.save(new Activity(clock.instant(), actor(), claim.getArticleId(), claim.getId(), action, detail,
                before, after));
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
