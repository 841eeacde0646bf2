package org.factdesk.article;

import java.time.Instant;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** One row of the article list. */
public record ArticleListItem(long id, String title, @Nullable String outlet, String language,
                              @Nullable LocalDate publishedOn, Instant importedAt) {
}
