package org.factdesk.article;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * The article's own archived copy: the published page it was imported from, as fetched then. Never changed: an edit
 * of the article leaves the copy as the page was.
 */
@Entity
@Table(name = "article_archive")
class ArticleArchive {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(name = "article_id", nullable = false)
    private long articleId;

    @Column(name = "requested_url", nullable = false)
    private String requestedUrl;

    @Column(name = "final_url", nullable = false)
    private String finalUrl;

    @Column(name = "http_status", nullable = false)
    private int httpStatus;

    @Column(nullable = false)
    private String sha256;

    @Column(name = "fetched_at", nullable = false)
    private Instant fetchedAt;

    @Lob
    @Column(name = "readable_text", nullable = false)
    private String readableText;

    @SuppressWarnings("NullAway.Init")
    protected ArticleArchive() {
    }

    ArticleArchive(long articleId, WebPage page) {
        this.articleId = articleId;
        this.requestedUrl = page.requestedUrl();
        this.finalUrl = page.finalUrl();
        this.httpStatus = page.httpStatus();
        this.sha256 = page.sha256();
        this.fetchedAt = page.fetchedAt();
        this.readableText = page.article().body();
    }

    ArchivedCopy toCopy() {
        return new ArchivedCopy(fetchedAt, requestedUrl, finalUrl, httpStatus, sha256, readableText);
    }
}
