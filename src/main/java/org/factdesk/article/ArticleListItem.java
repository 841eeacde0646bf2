package org.factdesk.article;

import java.time.Instant;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** One row of the article list. */
public record ArticleListItem(long id, String title, @Nullable String outlet, String language,
                              @Nullable LocalDate publishedOn, Instant importedAt) {

    /**
     * A row's place in the article list (the latest publication first, undated articles after the dated ones, then
     * the latest import, then the id): what a page seeks after (issue 15, decision 017).
     */
    public record Key(@Nullable LocalDate publishedOn, Instant importedAt, long id) {
    }

    public Key key() {
        return new Key(publishedOn, importedAt, id);
    }
}
