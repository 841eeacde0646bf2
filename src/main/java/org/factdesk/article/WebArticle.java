package org.factdesk.article;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * What a published page says of itself: its title, readable text and metadata, each read from the page's tags
 * ({@code og:}, {@code article:published_time}, JSON-LD {@code NewsArticle}) or left empty when it says nothing. Plain
 * text throughout: markup in a title stays the characters it is.
 */
public record WebArticle(String title, String body, @Nullable String outlet, @Nullable String byline,
                         @Nullable LocalDate publishedOn, @Nullable String language, @Nullable String url) {

    /** The form's content, ready for the editor to check; the address is the page's canonical one if it names it. */
    public ArticleData toData(String fetchedFrom) {
        return new ArticleData(title, body, outlet, url == null ? fetchedFrom : url, byline, publishedOn, language);
    }
}
