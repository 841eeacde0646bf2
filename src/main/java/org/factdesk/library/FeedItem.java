package org.factdesk.library;

import org.jspecify.annotations.Nullable;

/** A feed the library imports from, its token shown masked ("fdk_…3f2a"), never in full. */
public record FeedItem(long id, String url, @Nullable String maskedToken) {

    static @Nullable String mask(@Nullable String token) {
        if (token == null || token.isBlank()) {
            return null;
        }
        String clean = token.strip();
        return clean.length() <= 8 ? "…" : clean.substring(0, 4) + "…" + clean.substring(clean.length() - 4);
    }
}
