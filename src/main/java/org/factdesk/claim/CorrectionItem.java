package org.factdesk.claim;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** A correction as reports show it: the reopening, its reason, and the approved verdict it replaced. */
public record CorrectionItem(Instant reopenedAt, String reopenedBy, String reason, @Nullable Long previousRatingId,
                             @Nullable String previousRationale, @Nullable String previousApprovedBy,
                             @Nullable Instant previousApprovedAt) {
}
