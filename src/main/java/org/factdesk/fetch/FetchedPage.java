package org.factdesk.fetch;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * What one fetch of a page gave: the readable text with the SHA-256 of the bytes fetched, or the translation key of
 * why it failed ({@code archive.error.*}); with the time and the last HTTP status when the server answered, and the
 * address the page was finally fetched from (after redirects) when it was kept.
 */
public record FetchedPage(boolean kept, @Nullable String text, @Nullable String sha256, Instant fetchedAt,
                          @Nullable Integer httpStatus, @Nullable String error, @Nullable String finalUrl) {

    static FetchedPage kept(String text, String sha256, Instant fetchedAt, int httpStatus, String finalUrl) {
        return new FetchedPage(true, text, sha256, fetchedAt, httpStatus, null, finalUrl);
    }

    static FetchedPage failed(String error, Instant fetchedAt, @Nullable Integer httpStatus) {
        return new FetchedPage(false, null, null, fetchedAt, httpStatus, error, null);
    }
}
