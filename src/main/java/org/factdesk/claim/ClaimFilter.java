package org.factdesk.claim;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * What the desk's claim list shows: claims in any of {@code statuses} (all when empty), of one assignee, article or
 * proposed rating, only overdue ones, due between {@code dueFrom} and {@code dueTo} (both days included; either may
 * be open), and whose statement contains {@code text} (ignoring case; blank for any).
 */
public record ClaimFilter(Set<ClaimStatus> statuses, @Nullable String assignee, @Nullable Long articleId,
                          @Nullable Long ratingId, boolean overdueOnly, String text, @Nullable LocalDate dueFrom,
                          @Nullable LocalDate dueTo) {

    public ClaimFilter {
        statuses = statuses.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(statuses));
        assignee = assignee == null || assignee.isBlank() ? null : assignee.strip();
        text = text.strip();
    }

    /** Without a due-date range. */
    public ClaimFilter(Set<ClaimStatus> statuses, @Nullable String assignee, @Nullable Long articleId,
                       @Nullable Long ratingId, boolean overdueOnly, String text) {
        this(statuses, assignee, articleId, ratingId, overdueOnly, text, null, null);
    }

    public static ClaimFilter none() {
        return new ClaimFilter(Set.of(), null, null, null, false, "");
    }

    public ClaimFilter dueBetween(@Nullable LocalDate from, @Nullable LocalDate to) {
        return new ClaimFilter(statuses, assignee, articleId, ratingId, overdueOnly, text, from, to);
    }
}
