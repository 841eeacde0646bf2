package org.factdesk.claim;

import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.factdesk.base.NoControlChars;
import org.jspecify.annotations.Nullable;

/** Who made the claim and when, as the desk establishes it. */
public record ClaimantData(@Size(max = CLAIMANT_MAX, message = "validation.too-long") @NoControlChars
                           @Nullable String claimant,
                           @PastOrPresent(message = "claim.error.claim-date") @Nullable LocalDate claimDate) {

    public static final int CLAIMANT_MAX = 200;
}
