package org.factdesk.source;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * What one attempt to keep a copy of a page gave: the readable text with the SHA-256 of the bytes fetched, or the
 * translation key of why it failed; with the time and the last HTTP status when the server answered.
 */
record Archive(ArchiveStatus status, @Nullable String text, @Nullable String sha256, Instant fetchedAt,
               @Nullable Integer httpStatus, @Nullable String error) {

    static Archive kept(String text, String sha256, Instant fetchedAt, int httpStatus) {
        return new Archive(ArchiveStatus.ARCHIVED, text, sha256, fetchedAt, httpStatus, null);
    }

    static Archive failed(String error, Instant fetchedAt, @Nullable Integer httpStatus) {
        return new Archive(ArchiveStatus.FAILED, null, null, fetchedAt, httpStatus, error);
    }
}
