package org.factdesk.rating;

import org.jspecify.annotations.Nullable;

/**
 * The smallest and largest number of the rating scale, ClaimReview's {@code worstRating} and {@code bestRating};
 * both null when no rating has a number.
 */
public record ScaleBounds(@Nullable Integer worstRating, @Nullable Integer bestRating) {

    public static final ScaleBounds NONE = new ScaleBounds(null, null);

    public boolean isEmpty() {
        return worstRating == null || bestRating == null;
    }
}
