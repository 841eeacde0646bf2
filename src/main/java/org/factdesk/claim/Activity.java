package org.factdesk.claim;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.Immutable;
import org.jspecify.annotations.Nullable;

/** One entry of the append-only activity log: who changed what, when, from what to what. Never edited or deleted. */
@Entity
@Immutable
@Table(name = "activity")
class Activity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(name = "occurred_at", nullable = false)
    private Instant occurredAt;

    @Column(nullable = false)
    private String actor;

    @Column(name = "article_id", nullable = false)
    private long articleId;

    @Column(name = "claim_id")
    private @Nullable Long claimId;

    @Column(nullable = false)
    private String action;

    private @Nullable String detail;

    @Lob
    @Column(name = "before_value")
    private @Nullable String before;

    @Lob
    @Column(name = "after_value")
    private @Nullable String after;

    @SuppressWarnings("NullAway.Init")
    protected Activity() {
    }

    Activity(Instant occurredAt, String actor, long articleId, @Nullable Long claimId, String action,
             @Nullable String detail, @Nullable String before, @Nullable String after) {
        this.occurredAt = occurredAt;
        this.actor = actor;
        this.articleId = articleId;
        this.claimId = claimId;
        this.action = action;
        this.detail = detail;
        this.before = before;
        this.after = after;
    }

    ActivityEntry toEntry() {
        return new ActivityEntry(occurredAt, actor, articleId, claimId, action, detail, before, after);
    }
}
