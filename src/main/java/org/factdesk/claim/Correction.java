package org.factdesk.claim;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Lob;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** One reopening of an approved claim: who, when, why, and the approved verdict it set aside. Never changed. */
@Embeddable
class Correction {

    @Column(name = "reopened_at", nullable = false)
    private Instant reopenedAt;

    @Column(name = "reopened_by", nullable = false)
    private String reopenedBy;

    @Lob
    @Column(nullable = false)
    private String reason;

    @Column(name = "previous_rating_id")
    private @Nullable Long previousRatingId;

    @Lob
    @Column(name = "previous_rationale")
    private @Nullable String previousRationale;

    @Column(name = "previous_approved_by")
    private @Nullable String previousApprovedBy;

    @Column(name = "previous_approved_at")
    private @Nullable Instant previousApprovedAt;

    @SuppressWarnings("NullAway.Init")
    protected Correction() {
    }

    Correction(Instant reopenedAt, String reopenedBy, String reason, @Nullable Long previousRatingId,
               @Nullable String previousRationale, @Nullable String previousApprovedBy,
               @Nullable Instant previousApprovedAt) {
        this.reopenedAt = reopenedAt;
        this.reopenedBy = reopenedBy;
        this.reason = reason;
        this.previousRatingId = previousRatingId;
        this.previousRationale = previousRationale;
        this.previousApprovedBy = previousApprovedBy;
        this.previousApprovedAt = previousApprovedAt;
    }

    CorrectionItem toItem() {
        return new CorrectionItem(reopenedAt, reopenedBy, reason, previousRatingId, previousRationale,
                previousApprovedBy, previousApprovedAt);
    }
}
