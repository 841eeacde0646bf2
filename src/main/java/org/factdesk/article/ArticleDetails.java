package org.factdesk.article;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** Everything the article page shows. */
public record ArticleDetails(long id, long version, String title, String body, String language,
                             @Nullable String outlet, @Nullable String url, @Nullable String byline,
                             @Nullable LocalDate publishedOn, String importedBy, Instant importedAt) {

    /** The body's paragraphs: every line break starts one, blank lines are skipped. */
    public List<String> paragraphs() {
        return Arrays.stream(body.split("\\R")).map(String::strip).filter(line -> !line.isEmpty()).toList();
    }
}
