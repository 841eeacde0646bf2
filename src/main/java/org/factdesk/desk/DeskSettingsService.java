package org.factdesk.desk;

import jakarta.validation.Valid;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.ZoneId;
import org.factdesk.base.RefusedException;
import org.factdesk.security.AppRoles;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/** Reads the desk's settings (everyone) and changes them (administrators). */
@Service
@Validated
public class DeskSettingsService {

    private final DeskSettingsRepository settings;
    private final Clock clock;

    DeskSettingsService(DeskSettingsRepository settings, Clock clock) {
        this.settings = settings;
        this.clock = clock;
    }

    @PreAuthorize(AppRoles.CAN_READ)
    @Transactional(readOnly = true)
    public DeskSettingsData get() {
        return current().toData();
    }

    /** For start-up tasks that run before anyone signs in, such as importing the seed articles. */
    @Transactional(readOnly = true)
    public String defaultLanguage() {
        return current().toData().defaultLanguage();
    }

    /** Today in the desk's time zone: the day due dates are compared with. */
    @PreAuthorize(AppRoles.IS_SIGNED_IN)
    @Transactional(readOnly = true)
    public LocalDate today() {
        return LocalDate.now(clock.withZone(zone()));
    }

    /**
     * The desk's time zone. Unguarded like {@link #defaultLanguage()}: the scheduled overdue check, where nobody is
     * signed in, needs it to know what day it is at the desk; a time zone reveals nothing.
     */
    @Transactional(readOnly = true)
    public ZoneId zone() {
        return current().toData().zoneId();
    }

    /** The settings with their version, for the settings page. */
    @PreAuthorize(AppRoles.IS_ADMIN)
    @Transactional(readOnly = true)
    public DeskSettingsEdit edit() {
        DeskSettings current = current();
        return new DeskSettingsEdit(current.getVersion(), current.toData());
    }

    /**
     * Refused when someone else changed the settings since {@code expectedVersion} was read; returns the version
     * the next save names.
     */
    @PreAuthorize(AppRoles.IS_ADMIN)
    @Transactional
    public long update(long expectedVersion, @Valid DeskSettingsData data) {
        try {
            ZoneId.of(data.timeZone());
        } catch (DateTimeException e) {
            throw new RefusedException("timeZone", "settings.error.time-zone");
        }
        DeskSettings current = current();
        if (current.getVersion() != expectedVersion) {
            throw new RefusedException(null, "settings.error.stale");
        }
        current.update(data, clock.instant());
        try {
            settings.flush();
        } catch (OptimisticLockingFailureException e) {
            // Another administrator's save committed between this one's read and its write.
            throw new RefusedException(null, "settings.error.stale");
        }
        return current.getVersion();
    }

    private DeskSettings current() {
        return settings.findById(DeskSettings.ID).orElseThrow(() -> new IllegalStateException(
                "The desk_settings row is missing: it is created by the migrations"));
    }
}
