package org.factdesk.workflow;

import java.time.Instant;
import org.factdesk.claim.ClaimWorkflow;
import org.jspecify.annotations.Nullable;

/** A claim waiting for review, as the review queue lists it: who submitted it, when, and the proposed rating. */
public record ReviewItem(long id, String statement, long articleId, String articleTitle, String submittedBy,
                         @Nullable Instant submittedAt, @Nullable Long ratingId) {

    /** Where the queue's next page starts after this row. */
    public ClaimWorkflow.ReviewKey key() {
        return new ClaimWorkflow.ReviewKey(submittedAt, id);
    }
}
