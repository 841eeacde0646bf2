package org.factdesk.find;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One result: its heading and a snippet of its text cut into segments (matched words marked), where it leads
 * ({@code path} inside the app, or {@code externalUrl} for another fact-checker's page), and what the list shows
 * beside it ({@code label}: a claim's status, a verdict and publisher; {@code context}: the article or claim it
 * belongs to).
 */
public record SearchHit(SearchKind kind, long id, List<Segment> heading, List<Segment> snippet, @Nullable String path,
                        @Nullable String externalUrl, @Nullable String label, @Nullable String context,
                        @Nullable LocalDate date, @Nullable String language) {

    public SearchHit {
        heading = List.copyOf(heading);
        snippet = List.copyOf(snippet);
    }
}
