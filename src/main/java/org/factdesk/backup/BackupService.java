package org.factdesk.backup;

import jakarta.annotation.PreDestroy;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.factdesk.base.RefusedException;
import org.factdesk.desk.DeskSettingsService;
import org.factdesk.security.AppRoles;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * The administrators' backups: "Back up now" in the background with its progress, the list, a download, a delete,
 * and the nightly plan. Not transactional: a backup is a file, and H2 copies the database consistently by itself.
 */
@Service
@PreAuthorize(AppRoles.IS_ADMIN)
public class BackupService {

    private static final Logger LOG = LoggerFactory.getLogger(BackupService.class);

    private final Backups backups;
    private final NightlyBackup nightly;
    private final DeskSettingsService desk;
    private final Clock clock;
    private final ExecutorService executor = Executors.newSingleThreadExecutor(job -> {
        Thread thread = new Thread(job, "backup");
        thread.setDaemon(true);
        return thread;
    });
    private volatile @Nullable Instant startedAt;
    private volatile @Nullable BackupItem lastDone;
    private volatile @Nullable String lastError;

    BackupService(Backups backups, NightlyBackup nightly, DeskSettingsService desk, Clock clock) {
        this.backups = backups;
        this.nightly = nightly;
        this.desk = desk;
        this.clock = clock;
    }

    /** False on any database but a file-based H2: the screen then points to the database's own tools. */
    public boolean available() {
        return backups.available();
    }

    /** Starts a backup in the background; refused while one (also the nightly one) runs. */
    public synchronized CompletableFuture<BackupItem> start() {
        if (!backups.available()) {
            throw new RefusedException(null, "backup.error.not-h2");
        }
        if (backups.isRunning() || startedAt != null) {
            throw new RefusedException(null, "backup.error.running");
        }
        startedAt = clock.instant();
        lastError = null;
        return CompletableFuture.supplyAsync(() -> backups.backUp(BackupKind.MANUAL), executor)
                .whenComplete((made, error) -> {
                    lastDone = made;
                    if (error != null) {
                        LOG.error("Backup failed", error);
                        lastError = String.valueOf(rootMessage(error));
                    }
                    startedAt = null;
                });
    }

    public BackupProgress progress() {
        Instant started = startedAt;
        boolean running = started != null || backups.isRunning();
        return new BackupProgress(running, started, running ? backups.written() : 0,
                backups.available() ? backups.databaseSize() : 0, lastDone, lastError);
    }

    /** The backups, newest first. */
    public List<BackupItem> list() {
        return backups.list();
    }

    /** The backup's bytes, for its download; the caller closes the stream. */
    public InputStream open(String name) {
        try {
            return Files.newInputStream(backups.path(name));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public void delete(String name) {
        backups.delete(name);
        LOG.info("Backup {} deleted", name);
    }

    public BackupPlan plan() {
        return new BackupPlan(nightly.enabled(), nightly.at(), desk.zone(), nightly.keep());
    }

    private static @Nullable String rootMessage(Throwable error) {
        Throwable cause = error;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        return cause.getMessage();
    }

    @PreDestroy
    void stop() {
        executor.shutdownNow();
    }
}
