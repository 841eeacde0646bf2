package org.factdesk.article;

import java.time.Instant;

/**
 * A page fetched for an import, held by the import screen until the editor imports it: what was read from it, and the
 * copy to keep (the address typed and the one finally fetched after redirects, the HTTP status, the SHA-256 of the
 * bytes received, the time, and the readable text).
 */
public record WebPage(WebArticle article, String requestedUrl, String finalUrl, int httpStatus, String sha256,
                      Instant fetchedAt) {
}
