package org.factdesk.article;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Lob;
import java.time.LocalDate;
import org.factdesk.search.Analyzers;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.FullTextField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.KeywordField;
import org.jspecify.annotations.Nullable;

/**
 * What an article says and where it appeared: the part an edit changes, and what a revision keeps of the version it
 * replaced. Immutable: an edit puts in a new one.
 */
@Embeddable
class ArticleContent {

    @FullTextField(name = "title_en", analyzer = Analyzers.ENGLISH)
    @FullTextField(name = "title_fr", analyzer = Analyzers.FRENCH)
    @FullTextField(name = "title_plain", analyzer = Analyzers.PLAIN)
    @Column(nullable = false)
    private String title;

    @FullTextField(name = "body_en", analyzer = Analyzers.ENGLISH)
    @FullTextField(name = "body_fr", analyzer = Analyzers.FRENCH)
    @FullTextField(name = "body_plain", analyzer = Analyzers.PLAIN)
    @Lob
    @Column(nullable = false)
    private String body;

    @KeywordField
    @Column(nullable = false)
    private String language;

    private @Nullable String outlet;

    private @Nullable String url;

    private @Nullable String byline;

    @Column(name = "published_on")
    private @Nullable LocalDate publishedOn;

    @SuppressWarnings("NullAway.Init")
    protected ArticleContent() {
    }

    ArticleContent(ArticleData data, String language) {
        this.title = data.title().strip();
        this.body = data.body();
        this.language = language;
        this.outlet = blankToNull(data.outlet());
        this.url = blankToNull(data.url());
        this.byline = blankToNull(data.byline());
        this.publishedOn = data.publishedOn();
    }

    /** A copy for a revision row: an embedded value belongs to one entity. */
    ArticleContent copy() {
        return new ArticleContent(new ArticleData(title, body, outlet, url, byline, publishedOn, language), language);
    }

    boolean hasText(String otherTitle, String otherBody) {
        return title.equals(otherTitle.strip()) && body.equals(otherBody);
    }

    String title() {
        return title;
    }

    String body() {
        return body;
    }

    String language() {
        return language;
    }

    @Nullable String outlet() {
        return outlet;
    }

    @Nullable String url() {
        return url;
    }

    @Nullable String byline() {
        return byline;
    }

    @Nullable LocalDate publishedOn() {
        return publishedOn;
    }

    private static @Nullable String blankToNull(@Nullable String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
