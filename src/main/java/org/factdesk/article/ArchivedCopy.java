package org.factdesk.article;

import java.time.Instant;

/** The copy of the published page an article was imported from, as it was fetched. */
public record ArchivedCopy(Instant fetchedAt, String requestedUrl, String finalUrl, int httpStatus, String sha256,
                           String text) {
}
