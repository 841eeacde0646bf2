package org.factdesk.library;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** One fact-check as an import read it: its URL (the key), the claim, and what is known of it. */
public record FactCheckData(String url, String claim, @Nullable String title, @Nullable String rating,
                            @Nullable String publisher, @Nullable String language, @Nullable LocalDate reviewedOn) {
}
