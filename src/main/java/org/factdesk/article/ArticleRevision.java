package org.factdesk.article;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
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

    @Embedded
    private ArticleContent content;

    @Column(name = "edited_by", nullable = false)
    private String editedBy;

    @Column(name = "edited_at", nullable = false)
    private Instant editedAt;

    @SuppressWarnings("NullAway.Init")
    protected ArticleRevision() {
    }

    ArticleRevision(ArticleContent before, long articleId, int revision, String editedBy, Instant editedAt) {
        this.articleId = articleId;
        this.revision = revision;
        this.content = before.copy();
        this.editedBy = editedBy;
        this.editedAt = editedAt;
    }

    ArticleRevisionItem toItem() {
        return new ArticleRevisionItem(revision, content.title(), content.body(), content.language(),
                content.outlet(), content.url(), content.byline(), content.publishedOn(), editedBy, editedAt);
    }
}
