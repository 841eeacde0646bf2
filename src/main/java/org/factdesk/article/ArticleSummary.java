package org.factdesk.article;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** An article as a line of a desk report names it: without its text, which may be a megabyte. */
public record ArticleSummary(long id, String title, @Nullable String outlet, @Nullable String url,
                             @Nullable LocalDate publishedOn) {
}
