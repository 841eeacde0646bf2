package org.factdesk.article;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** An article the desk fact-checks: its text, where it was published, and who brought it in. */
@Entity
@Table(name = "article")
class Article {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Version
    private long version;

    @Column(nullable = false)
    private String title;

    @Lob
    @Column(nullable = false)
    private String body;

    @Column(nullable = false)
    private String language;

    private @Nullable String outlet;

    private @Nullable String url;

    private @Nullable String byline;

    @Column(name = "published_on")
    private @Nullable LocalDate publishedOn;

    @Column(name = "imported_by", nullable = false)
    private String importedBy;

    @Column(name = "imported_at", nullable = false)
    private Instant importedAt;

    /** For articles imported from seeds/: the file name, so a restart does not import them twice. */
    @Column(name = "seed_key", unique = true)
    private @Nullable String seedKey;

    @SuppressWarnings("NullAway.Init")
    protected Article() {
    }

    Article(ArticleData data, String language, String importedBy, Instant importedAt, @Nullable String seedKey) {
        apply(data, language);
        this.importedBy = importedBy;
        this.importedAt = importedAt;
        this.seedKey = seedKey;
    }

    /** Changes title, text and metadata; the caller keeps the previous version as a revision first. */
    void edit(ArticleData data, String language) {
        apply(data, language);
    }

    private void apply(ArticleData data, String language) {
        this.title = data.title().strip();
        this.body = data.body();
        this.language = language;
        this.outlet = blankToNull(data.outlet());
        this.url = blankToNull(data.url());
        this.byline = blankToNull(data.byline());
        this.publishedOn = data.publishedOn();
    }

    boolean hasText(String otherTitle, String otherBody) {
        return title.equals(otherTitle.strip()) && body.equals(otherBody);
    }

    long getVersion() {
        return version;
    }

    String getTitle() {
        return title;
    }

    String getBody() {
        return body;
    }

    String getLanguage() {
        return language;
    }

    @Nullable String getOutlet() {
        return outlet;
    }

    @Nullable String getUrl() {
        return url;
    }

    @Nullable String getByline() {
        return byline;
    }

    @Nullable LocalDate getPublishedOn() {
        return publishedOn;
    }

    @Nullable Long getId() {
        return id;
    }

    ArticleDetails toDetails() {
        return new ArticleDetails(java.util.Objects.requireNonNull(id), version, title, body, language, outlet, url,
                byline, publishedOn, importedBy, importedAt);
    }

    private static @Nullable String blankToNull(@Nullable String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
