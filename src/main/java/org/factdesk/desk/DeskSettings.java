package org.factdesk.desk;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/** The single row of desk-wide settings, created by a migration with defaults. */
@Entity
@Table(name = "desk_settings")
class DeskSettings {

    static final long ID = 1L;

    @Id
    private Long id = ID;

    @Version
    private long version;

    @Column(name = "desk_name", nullable = false)
    private String deskName;

    @Column(name = "public_base_url", nullable = false)
    private String publicBaseUrl;

    @Column(name = "time_zone", nullable = false)
    private String timeZone;

    @Column(name = "default_language", nullable = false)
    private String defaultLanguage;

    /** When a setting every ClaimReview shows (name, address, time zone, language) last changed: the feed reads it. */
    @Column(name = "review_modified_at", nullable = false)
    private Instant reviewModifiedAt;

    @SuppressWarnings("NullAway.Init")
    protected DeskSettings() {
    }

    long getVersion() {
        return version;
    }

    DeskSettingsData toData() {
        return new DeskSettingsData(deskName, publicBaseUrl, timeZone, defaultLanguage);
    }

    void update(DeskSettingsData data, Instant now) {
        if (!toData().equals(new DeskSettingsData(data.deskName().strip(), data.publicBaseUrl().strip(),
                data.timeZone(), data.defaultLanguage()))) {
            reviewModifiedAt = now;
        }
        deskName = data.deskName().strip();
        publicBaseUrl = data.publicBaseUrl().strip();
        timeZone = data.timeZone();
        defaultLanguage = data.defaultLanguage();
    }
}
