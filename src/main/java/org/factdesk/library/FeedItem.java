package org.factdesk.library;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A feed the library imports from, its token shown masked ("fdk_…3f2a"), never in full. {@code pollEveryMinutes}:
 * how often the scheduler imports it again, null when it is not polled (the default).
 */
public record FeedItem(long id, String url, @Nullable String maskedToken, @Nullable Integer pollEveryMinutes) {

    /** The polling intervals an editor can choose, in minutes: hourly, every six hours, daily. */
    public static final List<Integer> POLL_CHOICES = List.of(60, 360, 1440);

    static @Nullable String mask(@Nullable String token) {
        if (token == null || token.isBlank()) {
            return null;
        }
        String clean = token.strip();
        return clean.length() <= 8 ? "…" : clean.substring(0, 4) + "…" + clean.substring(clean.length() - 4);
    }
}
