package org.factdesk.library;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** A fact-check of the library as screens show it. */
public record FactCheckItem(long id, String url, String claim, @Nullable String title, @Nullable String rating,
                            @Nullable String publisher, @Nullable String language, @Nullable LocalDate reviewedOn,
                            FactCheckOrigin origin, @Nullable Long deskClaimId) {
}
