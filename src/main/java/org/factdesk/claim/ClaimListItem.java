package org.factdesk.claim;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * A claim as the desk's lists show it, across articles. {@code overdue}: its due date has passed and it is neither
 * approved nor dismissed. {@code score} and {@code suggested}: its check-worthiness. {@code listPosition}: its place
 * in its article, for {@link #key()}. {@code likelyMatch}: the label of its likely earlier fact-check
 * ("Mostly false · AFP · 2024-03"), read from its own row, or null.
 */
public record ClaimListItem(long id, long version, long articleId, String articleTitle, String statement,
                            ClaimStatus status, @Nullable String assignee, @Nullable LocalDate dueDate,
                            Priority priority, @Nullable Long ratingId, boolean overdue, int score,
                            boolean suggested, long listPosition, @Nullable String likelyMatch) {

    /** Where the claim list's next page starts after this row. */
    public ClaimListKey key() {
        return new ClaimListKey(articleId, listPosition, id);
    }
}
