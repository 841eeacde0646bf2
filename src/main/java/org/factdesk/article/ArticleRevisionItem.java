package org.factdesk.article;

import java.time.Instant;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * An earlier version of an article, replaced by {@code editedBy} at {@code editedAt}. Revision 1 is the article as
 * imported.
 */
public record ArticleRevisionItem(int revision, String title, String body, String language, @Nullable String outlet,
                                  @Nullable String url, @Nullable String byline, @Nullable LocalDate publishedOn,
                                  String editedBy, Instant editedAt) {
}
