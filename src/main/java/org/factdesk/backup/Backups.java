package org.factdesk.backup;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.locks.ReentrantLock;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.factdesk.base.RefusedException;
import org.factdesk.storage.H2FileDatabase;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * The backups of a file-based H2 desk, in {@code <data folder>/backups/}. A backup is H2's {@code BACKUP TO}, which
 * copies the database consistently while the desk keeps working, into a zip written under a {@code .part} name and
 * renamed once whole, so the list never shows a half-written backup; then the files the desk keeps outside the
 * database ({@code <data folder>/files/}, none today) are added to the zip. One backup runs at a time.
 */
@Component
class Backups {

    static final String FOLDER = "backups";
    /** Where a feature that keeps files outside the database (evidence, say) must put them to have them backed up. */
    static final String FILES = "files";
    private static final String PART = ".part";
    private static final String NIGHTLY = "-nightly";
    private static final Pattern NAME = Pattern.compile("factdesk-(\\d{8}-\\d{6})(-\\d+)?(" + NIGHTLY + ")?\\.zip");
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")
            .withZone(ZoneOffset.UTC);

    private final DataSource dataSource;
    private final Clock clock;
    private final @Nullable H2FileDatabase database;
    private final ReentrantLock running = new ReentrantLock();
    private volatile @Nullable Path writing;

    Backups(DataSource dataSource, Clock clock) {
        this.dataSource = dataSource;
        this.clock = clock;
        this.database = locate(dataSource);
        removeUnfinished();
    }

    /** A {@code .part} left at start-up is a backup a crash or a kill interrupted: never a usable backup. */
    private void removeUnfinished() {
        if (database == null || !Files.isDirectory(folder())) {
            return;
        }
        try (Stream<Path> files = Files.list(folder())) {
            for (Path part : files.filter(path -> path.getFileName().toString().endsWith(".zip" + PART)).toList()) {
                Files.deleteIfExists(part);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static @Nullable H2FileDatabase locate(DataSource dataSource) {
        try (Connection connection = dataSource.getConnection()) {
            return H2FileDatabase.of(connection.getMetaData().getURL(), null, null).orElse(null);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read the database's address", e);
        }
    }

    /** Backups are made here only of a file-based H2 database; other databases have their own tools. */
    boolean available() {
        return database != null;
    }

    Path folder() {
        return file().folder().resolve(FOLDER);
    }

    /** Writes a backup now; refused while another one runs. {@link #written()} follows it meanwhile. */
    BackupItem backUp(BackupKind kind) {
        H2FileDatabase db = file();
        if (!running.tryLock()) {
            throw new RefusedException(null, "backup.error.running");
        }
        try {
            Files.createDirectories(folder());
            Path target = freeName(kind);
            Path part = target.resolveSibling(target.getFileName() + PART);
            writing = part;
            try {
                backUpTo(part);
                addFiles(db.folder().resolve(FILES), part);
                Files.move(part, target, StandardCopyOption.ATOMIC_MOVE);
            } finally {
                writing = null;
                Files.deleteIfExists(part);
            }
            return item(target).orElseThrow();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            running.unlock();
        }
    }

    boolean isRunning() {
        return running.isLocked();
    }

    /** The bytes of the backup written so far, while one runs. */
    long written() {
        Path part = writing;
        try {
            return part == null ? 0 : Files.size(part);
        } catch (IOException gone) {
            return 0;
        }
    }

    long databaseSize() {
        try {
            return Files.size(file().file());
        } catch (IOException e) {
            return 0;
        }
    }

    private void backUpTo(Path part) {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("BACKUP TO '" + part.toString().replace("'", "''") + "'");
        } catch (SQLException e) {
            throw new IllegalStateException("The database could not be backed up", e);
        }
    }

    private static void addFiles(Path files, Path zip) throws IOException {
        if (Files.isDirectory(files)) {
            BackupZip.addFolder(zip, files, FILES);
        }
    }

    /** A name no other backup has: the time to the second, numbered when two start within the same second. */
    private Path freeName(BackupKind kind) {
        String stamp = STAMP.format(clock.instant());
        String suffix = kind == BackupKind.NIGHTLY ? NIGHTLY : "";
        Path candidate = folder().resolve("factdesk-" + stamp + suffix + ".zip");
        for (int n = 2; Files.exists(candidate); n++) {
            candidate = folder().resolve("factdesk-" + stamp + "-" + n + suffix + ".zip");
        }
        return candidate;
    }

    /** The backups, newest first. */
    List<BackupItem> list() {
        if (!available() || !Files.isDirectory(folder())) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder())) {
            List<BackupItem> items = new ArrayList<>();
            files.map(this::item).flatMap(Optional::stream).forEach(items::add);
            items.sort(Comparator.comparing(BackupItem::madeAt).thenComparing(BackupItem::name).reversed());
            return items;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Optional<BackupItem> item(Path path) {
        Matcher name = NAME.matcher(path.getFileName().toString());
        if (!name.matches() || !Files.isRegularFile(path)) {
            return Optional.empty();
        }
        try {
            Instant madeAt = Files.getLastModifiedTime(path).toInstant();
            BackupKind kind = name.group(3) == null ? BackupKind.MANUAL : BackupKind.NIGHTLY;
            return Optional.of(new BackupItem(path.getFileName().toString(), kind, madeAt, Files.size(path)));
        } catch (IOException gone) {
            return Optional.empty();
        }
    }

    /** The file of the backup named {@code name}; only names from the list are accepted, never a path. */
    Path path(String name) {
        Path path = folder().resolve(name);
        if (!NAME.matcher(name).matches() || !Files.isRegularFile(path)) {
            throw new RefusedException(null, "backup.error.gone", name);
        }
        return path;
    }

    void delete(String name) {
        try {
            Files.delete(path(name));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Deletes the oldest nightly backups beyond the {@code keep} newest; manual ones stay until deleted. */
    List<String> prune(int keep) {
        List<String> deleted = list().stream().filter(item -> item.kind() == BackupKind.NIGHTLY).skip(keep)
                .map(BackupItem::name).toList();
        deleted.forEach(this::delete);
        return deleted;
    }

    private H2FileDatabase file() {
        if (database == null) {
            throw new RefusedException(null, "backup.error.not-h2");
        }
        return database;
    }
}
