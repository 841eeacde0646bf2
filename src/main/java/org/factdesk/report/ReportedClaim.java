package org.factdesk.report;

import org.factdesk.claim.ClaimReason;
import org.factdesk.claim.ClaimStatus;
import org.factdesk.claim.CorrectionItem;
import org.factdesk.source.ReportedSource;
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
 * {@code reviewModifiedAt}: when what its ClaimReview shows last changed, on the claim (wording, claimant, verdict,
 * sources, approval) or in what it shows of its article, its rating and the desk; none when not known.
 */
public record ReportedClaim(long id, long articleId, TextPart part, int start, int end, boolean anchorLost,
                            String statement, @Nullable String claimant, @Nullable LocalDate claimDate,
                            ClaimStatus status, @Nullable String assignee, @Nullable String submittedBy,
                            @Nullable Instant submittedAt, @Nullable Instant selectedAt,
                            @Nullable Long approvedRatingId, @Nullable String approvedRationale,
                            @Nullable String approvedBy, @Nullable Instant approvedAt, boolean corrected,
                            List<ReportedSource> sources, List<CorrectionItem> corrections,
                            @Nullable Instant reviewModifiedAt, List<ClaimReason> reasons) {

    /** A claim without check-worthiness reasons (made by hand, or read where they do not matter). */
    public ReportedClaim(long id, long articleId, TextPart part, int start, int end, boolean anchorLost,
                         String statement, @Nullable String claimant, @Nullable LocalDate claimDate,
                         ClaimStatus status, @Nullable String assignee, @Nullable String submittedBy,
                         @Nullable Instant submittedAt, @Nullable Instant selectedAt,
                         @Nullable Long approvedRatingId, @Nullable String approvedRationale,
                         @Nullable String approvedBy, @Nullable Instant approvedAt, boolean corrected,
                         List<ReportedSource> sources, List<CorrectionItem> corrections,
                         @Nullable Instant reviewModifiedAt) {
        this(id, articleId, part, start, end, anchorLost, statement, claimant, claimDate, status, assignee,
                submittedBy, submittedAt, selectedAt, approvedRatingId, approvedRationale, approvedBy, approvedAt,
                corrected, sources, corrections, reviewModifiedAt, List.of());
    }

    /** A claim whose ClaimReview's last change is not known: {@code dateModified} follows its approvals alone. */
    public ReportedClaim(long id, long articleId, TextPart part, int start, int end, boolean anchorLost,
                         String statement, @Nullable String claimant, @Nullable LocalDate claimDate,
                         ClaimStatus status, @Nullable String assignee, @Nullable String submittedBy,
                         @Nullable Instant submittedAt, @Nullable Instant selectedAt,
                         @Nullable Long approvedRatingId, @Nullable String approvedRationale,
                         @Nullable String approvedBy, @Nullable Instant approvedAt, boolean corrected,
                         List<ReportedSource> sources, List<CorrectionItem> corrections) {
        this(id, articleId, part, start, end, anchorLost, statement, claimant, claimDate, status, assignee,
                submittedBy, submittedAt, selectedAt, approvedRatingId, approvedRationale, approvedBy, approvedAt,
                corrected, sources, corrections, null);
    }

    /** Approved now: only these are published as ClaimReview. */
    public boolean approved() {
        return status == ClaimStatus.APPROVED;
    }

    /** Who researched it: who submitted the verdict, else who it is assigned to. */
    public @Nullable String checker() {
        return submittedBy != null ? submittedBy : assignee;
    }

    /**
     * When its ClaimReview last changed after the desk first published it: a correction's approval, or any later
     * change to what the ClaimReview shows; none while it is as first published.
     */
    public @Nullable Instant modifiedAfterPublication() {
        Instant first = firstApprovedAt();
        Instant latest = reviewModifiedAt;
        if (corrected && approvedAt != null && (latest == null || approvedAt.isAfter(latest))) {
            latest = approvedAt;
        }
        return first != null && latest != null && latest.isAfter(first) ? latest : null;
    }

    /** When the desk first published a verdict on it: the first approval, even if a correction replaced it since. */
    public @Nullable Instant firstApprovedAt() {
        return Stream.concat(corrections.stream().map(CorrectionItem::previousApprovedAt), Stream.of(approvedAt))
                .filter(at -> at != null).map(at -> (Instant) at).min(Comparator.naturalOrder()).orElse(null);
    }
}
