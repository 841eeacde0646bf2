package org.factdesk.report.feed;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/** A CMS's key to the feed, known here only by the SHA-256 of its text. */
@Entity
@Table(name = "api_token")
class ApiToken {

    /** Last use is written at most this often, so that a CMS polling every few seconds does not write every time. */
    static final Duration LAST_USE_PRECISION = Duration.ofMinutes(1);

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(nullable = false)
    private String name;

    @Column(name = "token_sha256", nullable = false)
    private String tokenSha256;

    @Column(name = "created_by", nullable = false)
    private String createdBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "last_used_at")
    private @Nullable Instant lastUsedAt;

    @Column(nullable = false)
    private boolean revoked;

    @Column(name = "revoked_by")
    private @Nullable String revokedBy;

    @Column(name = "revoked_at")
    private @Nullable Instant revokedAt;

    @SuppressWarnings("NullAway.Init")
    protected ApiToken() {
    }

    ApiToken(String name, String tokenSha256, String createdBy, Instant createdAt) {
        this.name = name;
        this.tokenSha256 = tokenSha256;
        this.createdBy = createdBy;
        this.createdAt = createdAt;
    }

    @Nullable Long getId() {
        return id;
    }

    String getName() {
        return name;
    }

    boolean isRevoked() {
        return revoked;
    }

    void used(Instant now) {
        if (lastUsedAt == null || !now.isBefore(lastUsedAt.plus(LAST_USE_PRECISION))) {
            lastUsedAt = now;
        }
    }

    /** Revoking twice keeps who revoked it first. */
    void revoke(String by, Instant at) {
        if (!revoked) {
            revoked = true;
            revokedBy = by;
            revokedAt = at;
        }
    }

    ApiTokenItem toItem() {
        return new ApiTokenItem(Objects.requireNonNull(id), name, createdBy, createdAt, lastUsedAt, revoked,
                revokedBy, revokedAt);
    }
}
