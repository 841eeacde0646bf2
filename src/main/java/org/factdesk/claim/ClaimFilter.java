package org.factdesk.claim;

import java.util.EnumSet;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * What the desk's claim list shows: claims in any of {@code statuses} (all when empty), of one assignee, article or
 * proposed rating, only overdue ones, and whose statement contains {@code text} (ignoring case; blank for any).
 */
public record ClaimFilter(Set<ClaimStatus> statuses, @Nullable String assignee, @Nullable Long articleId,
                          @Nullable Long ratingId, boolean overdueOnly, String text) {

    public ClaimFilter {
        statuses = statuses.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(statuses));
        assignee = assignee == null || assignee.isBlank() ? null : assignee.strip();
        text = text.strip();
    }

    public static ClaimFilter none() {
        return new ClaimFilter(Set.of(), null, null, null, false, "");
    }
}
