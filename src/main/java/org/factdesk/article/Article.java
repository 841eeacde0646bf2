package org.factdesk.article;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Objects;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.IndexedEmbedded;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.GenericField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.Indexed;
import org.jspecify.annotations.Nullable;

/** An article the desk fact-checks: its text, where it was published, and who brought it in. */
@Entity
@Table(name = "article")
@Indexed(index = "article")
class Article {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Version
    private long version;

    @Embedded
    @IndexedEmbedded
    private ArticleContent content;

    @Column(name = "imported_by", nullable = false)
    private String importedBy;

    @GenericField(name = "date")
    @Column(name = "imported_at", nullable = false)
    private Instant importedAt;

    /** For articles imported from seeds/: the file name, so a restart does not import them twice. */
    @Column(name = "seed_key", unique = true)
    private @Nullable String seedKey;

    /**
     * When what the ClaimReviews of the article's claims show of it last changed: title, address, outlet, publication
     * date, language. The ClaimReview feed selects on it, so a CMS hears of a corrected headline.
     */
    @Column(name = "review_modified_at", nullable = false)
    private Instant reviewModifiedAt;

    @SuppressWarnings("NullAway.Init")
    protected Article() {
    }

    Article(ArticleContent content, String importedBy, Instant importedAt, @Nullable String seedKey) {
        this.content = content;
        this.importedBy = importedBy;
        this.importedAt = importedAt;
        this.seedKey = seedKey;
        this.reviewModifiedAt = importedAt;
    }

    /** Changes title, text and metadata; the caller keeps the previous content as a revision first. */
    void edit(ArticleContent newContent, Instant now) {
        if (!Objects.equals(content.title(), newContent.title()) || !Objects.equals(content.url(), newContent.url())
                || !Objects.equals(content.outlet(), newContent.outlet())
                || !Objects.equals(content.publishedOn(), newContent.publishedOn())
                || !Objects.equals(content.language(), newContent.language())) {
            reviewModifiedAt = now;
        }
        content = newContent;
    }

    @Nullable Long getId() {
        return id;
    }

    long getVersion() {
        return version;
    }

    ArticleContent content() {
        return content;
    }

    ArticleDetails toDetails() {
        return new ArticleDetails(Objects.requireNonNull(id), version, content.title(), content.body(),
                content.language(), content.outlet(), content.url(), content.byline(), content.publishedOn(),
                importedBy, importedAt);
    }
}
