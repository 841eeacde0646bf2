package org.factdesk.claim;

import jakarta.validation.constraints.Size;
import org.factdesk.base.NoControlChars;
import org.jspecify.annotations.Nullable;

/** The verdict a fact-checker proposes: a rating of the active scale and the rationale behind it. */
public record VerdictData(@Nullable Long ratingId,
                          @Size(max = RATIONALE_MAX, message = "validation.too-long") @NoControlChars
                          @Nullable String rationale) {

    public static final int RATIONALE_MAX = 5000;
}
