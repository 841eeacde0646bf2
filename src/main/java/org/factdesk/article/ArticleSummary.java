package org.factdesk.article;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * An article as a line of a desk report or a ClaimReview names it: without its text, which may be a megabyte. The
 * language is an ISO 639-1 code, or empty where the article is not known.
 */
public record ArticleSummary(long id, String title, @Nullable String outlet, @Nullable String url,
                             @Nullable LocalDate publishedOn, String language) {
}
