package org.factdesk.find;

import java.time.LocalDate;
import java.util.Set;
import org.factdesk.claim.ClaimStatus;
import org.jspecify.annotations.Nullable;

/**
 * What to look for: the words (taken literally, apart from a trailing {@code *} for a prefix and quotes for a
 * phrase), the kinds (all when empty), the claims' statuses (all when empty), the day range (inclusive, in the desk's
 * time zone) and the language ({@code en}, {@code fr}; any when null).
 */
public record SearchRequest(String text, Set<SearchKind> kinds, Set<ClaimStatus> statuses, @Nullable LocalDate from,
                            @Nullable LocalDate to, @Nullable String language) {

    /** Longer queries are refused with a message: nobody types them, and each word costs a clause. */
    public static final int MAX_LENGTH = 200;

    public SearchRequest {
        kinds = Set.copyOf(kinds);
        statuses = Set.copyOf(statuses);
        language = language == null || language.isBlank() ? null : language;
    }

    public static SearchRequest of(String text) {
        return new SearchRequest(text, Set.of(), Set.of(), null, null, null);
    }

    boolean includes(SearchKind kind) {
        return kinds.isEmpty() || kinds.contains(kind);
    }
}
