package org.factdesk.article;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import org.hibernate.annotations.Immutable;
import org.jspecify.annotations.Nullable;

/** An article as it was before an edit: who replaced it and when. Never changed once written. */
@Entity
@Immutable
@Table(name = "article_revision")
class ArticleRevision {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(name = "article_id", nullable = false)
    private long articleId;

    private int revision;

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

    @Column(name = "edited_by", nullable = false)
    private String editedBy;

    @Column(name = "edited_at", nullable = false)
    private Instant editedAt;

    @SuppressWarnings("NullAway.Init")
    protected ArticleRevision() {
    }

    ArticleRevision(Article before, long articleId, int revision, String editedBy, Instant editedAt) {
        this.articleId = articleId;
        this.revision = revision;
        this.title = before.getTitle();
        this.body = before.getBody();
        this.language = before.getLanguage();
        this.outlet = before.getOutlet();
        this.url = before.getUrl();
        this.byline = before.getByline();
        this.publishedOn = before.getPublishedOn();
        this.editedBy = editedBy;
        this.editedAt = editedAt;
    }

    ArticleRevisionItem toItem() {
        return new ArticleRevisionItem(revision, title, body, language, outlet, url, byline, publishedOn, editedBy,
                editedAt);
    }
}
