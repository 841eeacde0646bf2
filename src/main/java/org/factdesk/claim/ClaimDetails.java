package org.factdesk.claim;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Everything the claim page shows: the claim, its quote inside its paragraph ({@code quoteStart}/{@code quoteEnd}
 * are offsets into {@code paragraph}), its verdict in progress, and what the signed-in user may do with it now
 * ({@code mayResearch}: theirs or an editor's, and open for research), and the workflow around it: its priority, the
 * last approved verdict (kept after a reopening, which marks the claim {@code corrected}) and whether the signed-in
 * user watches it.
 */
public record ClaimDetails(long id, long version, long articleId, String articleTitle, String statement,
                           String paragraph, int quoteStart, int quoteEnd, boolean anchorLost,
                           @Nullable String claimant, @Nullable LocalDate claimDate, ClaimStatus status,
                           @Nullable String assignee, @Nullable LocalDate dueDate, int score,
                           List<ClaimReason> reasons, @Nullable Long ratingId, @Nullable String rationale,
                           @Nullable String submittedBy, @Nullable Instant submittedAt, Set<String> proposers,
                           boolean mayResearch, boolean mayTake, Priority priority,
                           @Nullable String approvedBy, @Nullable Instant approvedAt,
                           @Nullable Long approvedRatingId, boolean corrected, boolean watching) {
}
