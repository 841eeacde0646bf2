package org.factdesk.notification;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.DomainEvents;

/** Something a user should know about a claim, unread until they open it or mark it read. */
@Entity
@Table(name = "notification")
class Notification {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(nullable = false)
    private String recipient;

    @Column(name = "claim_id", nullable = false)
    private long claimId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private NotificationKind kind;

    @Column(nullable = false)
    private String actor;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    /** The transition or new status of a STATUS notification, the assignee of an ASSIGNED one. */
    private @Nullable String detail;

    /** The beginning of the comment that told it: a plain comment, or the reason given with a return or reopening. */
    private @Nullable String excerpt;

    @Column(name = "read_at")
    private @Nullable Instant readAt;

    @SuppressWarnings("NullAway.Init")
    protected Notification() {
    }

    Notification(String recipient, long claimId, NotificationKind kind, String actor, Instant createdAt) {
        this(recipient, claimId, kind, actor, null, createdAt);
    }

    Notification(String recipient, long claimId, NotificationKind kind, String actor, @Nullable String detail,
                 Instant createdAt) {
        this.detail = detail;
        this.recipient = recipient;
        this.claimId = claimId;
        this.kind = kind;
        this.actor = actor;
        this.createdAt = createdAt;
    }

    Notification withExcerpt(@Nullable String text) {
        this.excerpt = text == null ? null : Excerpt.of(text);
        return this;
    }

    /** Marks it read; reading it again keeps the first time. */
    void markRead(Instant now) {
        if (readAt == null) {
            readAt = now;
        }
    }

    /**
     * Published by the repository whenever it saves a notification, so the recipient's open bells count it at once,
     * whichever part of the desk created it.
     */
    @DomainEvents
    List<NotificationsChanged> changed() {
        return List.of(new NotificationsChanged(recipient));
    }

    NotificationItem toItem() {
        return new NotificationItem(Objects.requireNonNull(id), claimId, kind, actor, detail, excerpt, createdAt,
                readAt != null);
    }
}
