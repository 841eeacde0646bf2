package org.factdesk.desk;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

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

    @SuppressWarnings("NullAway.Init")
    protected DeskSettings() {
    }

    long getVersion() {
        return version;
    }

    DeskSettingsData toData() {
        return new DeskSettingsData(deskName, publicBaseUrl, timeZone, defaultLanguage);
    }

    void update(DeskSettingsData data) {
        deskName = data.deskName().strip();
        publicBaseUrl = data.publicBaseUrl().strip();
        timeZone = data.timeZone();
        defaultLanguage = data.defaultLanguage();
    }
}
