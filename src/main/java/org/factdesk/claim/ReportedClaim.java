package org.factdesk.claim;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.factdesk.extraction.TextPart;
import org.jspecify.annotations.Nullable;

/**
 * A claim as a verdict report shows it. Its verdict is the last <em>approved</em> one ({@code approvedRatingId},
 * {@code approvedRationale}); a draft in research never leaves the desk. A claim reopened for a correction keeps the
 * verdict it had until it is approved again, with {@code status} saying it is in progress. The anchor
 * ({@code part}, {@code start}, {@code end}) places it in the article's text unless {@code anchorLost}.
 */
public record ReportedClaim(long id, long articleId, TextPart part, int start, int end, boolean anchorLost,
                            String statement, @Nullable String claimant, @Nullable LocalDate claimDate,
                            ClaimStatus status, @Nullable String assignee, @Nullable String submittedBy,
                            @Nullable Instant submittedAt, @Nullable Instant selectedAt,
                            @Nullable Long approvedRatingId, @Nullable String approvedRationale,
                            @Nullable String approvedBy, @Nullable Instant approvedAt, boolean corrected,
                            List<ReportedSource> sources, List<CorrectionItem> corrections) {

    /** Approved now: only these are published as ClaimReview. */
    public boolean approved() {
        return status == ClaimStatus.APPROVED;
    }

    /** Who researched it: who submitted the verdict, else who it is assigned to. */
    public @Nullable String checker() {
        return submittedBy != null ? submittedBy : assignee;
    }

    /** When the desk first published a verdict on it: the first approval, even if a correction replaced it since. */
    public @Nullable Instant firstApprovedAt() {
        return Stream.concat(corrections.stream().map(CorrectionItem::previousApprovedAt), Stream.of(approvedAt))
                .filter(at -> at != null).map(at -> (Instant) at).min(Comparator.naturalOrder()).orElse(null);
    }
}
