package org.factdesk.report.feed;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** An API token as the administrators' screen lists it: never its text, which was shown once at creation. */
public record ApiTokenItem(long id, String name, String createdBy, Instant createdAt, @Nullable Instant lastUsedAt,
                           boolean revoked, @Nullable String revokedBy, @Nullable Instant revokedAt) {
}
