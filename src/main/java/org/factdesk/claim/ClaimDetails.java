package org.factdesk.claim;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Everything the claim page shows: the claim, its quote inside its paragraph ({@code quoteStart}/{@code quoteEnd}
 * are offsets into {@code paragraph}), its verdict in progress, and what the signed-in user may do with it now
 * ({@code mayResearch}: theirs or an editor's, and open for research).
 */
public record ClaimDetails(long id, long version, long articleId, String articleTitle, String statement,
                           String paragraph, int quoteStart, int quoteEnd, boolean anchorLost,
                           @Nullable String claimant, @Nullable LocalDate claimDate, ClaimStatus status,
                           @Nullable String assignee, @Nullable LocalDate dueDate, int score,
                           List<ClaimReason> reasons, @Nullable Long ratingId, @Nullable String rationale,
                           @Nullable String submittedBy, @Nullable Instant submittedAt, Set<String> proposers,
                           boolean mayResearch, boolean mayTake) {
}
