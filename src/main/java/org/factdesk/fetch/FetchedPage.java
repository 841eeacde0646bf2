package org.factdesk.fetch;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * What one fetch of a page gave: the readable text with the SHA-256 of the bytes fetched, or the translation key of
 * why it failed ({@code archive.error.*}); with the time and the last HTTP status when the server answered.
 */
public record FetchedPage(boolean kept, @Nullable String text, @Nullable String sha256, Instant fetchedAt,
                          @Nullable Integer httpStatus, @Nullable String error) {

    static FetchedPage kept(String text, String sha256, Instant fetchedAt, int httpStatus) {
        return new FetchedPage(true, text, sha256, fetchedAt, httpStatus, null);
    }

    static FetchedPage failed(String error, Instant fetchedAt, @Nullable Integer httpStatus) {
        return new FetchedPage(false, null, null, fetchedAt, httpStatus, error);
    }
}
