package org.factdesk.report.feed;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** The single row saying whether the feed is on; the migration creates it switched off. */
@Entity
@Table(name = "api_feed_settings")
class ApiFeedSettings {

    static final long ID = 1L;

    @Id
    private Long id = ID;

    @Version
    private long version;

    @Column(nullable = false)
    private boolean enabled;

    @Column(name = "changed_by")
    private @Nullable String changedBy;

    @Column(name = "changed_at")
    private @Nullable Instant changedAt;

    protected ApiFeedSettings() {
    }

    boolean isEnabled() {
        return enabled;
    }

    void switchTo(boolean on, String by, Instant at) {
        if (enabled != on) {
            enabled = on;
            changedBy = by;
            changedAt = at;
        }
    }
}
