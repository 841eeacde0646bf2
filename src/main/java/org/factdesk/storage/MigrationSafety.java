package org.factdesk.storage;

import static java.nio.file.StandardCopyOption.ATOMIC_MOVE;
import static java.nio.file.StandardCopyOption.REPLACE_EXISTING;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfoService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Makes a migration of a file-based H2 database all or nothing. H2 commits each DDL statement by itself, so Flyway
 * cannot roll back a migration that fails or is killed half-way, and the half-migrated file would never start again.
 * Before migrating a database that holds data, this copies its file (while no connection has it open), writes a
 * marker, migrates, and removes the marker. A failed migration, or a marker found at the next start (the process died
 * during a migration), puts the copy back; a database that held nothing is deleted instead, to be created afresh.
 * The copy stays until the next successful start, then goes.
 */
final class MigrationSafety {

    private static final Logger LOG = LoggerFactory.getLogger(MigrationSafety.class);

    /** What the marker says the database was before the migration began: how to undo it. */
    enum Before { COPIED, EMPTY }

    /** Less growth than this is not worth compacting for, whatever the file's size. */
    static final long GROWTH_WORTH_COMPACTING = 32L << 20;

    private final H2FileDatabase database;
    private boolean copiedAtThisStart;

    MigrationSafety(H2FileDatabase database) {
        this.database = database;
    }

    /** Migrates with {@code configured}'s settings, on connections of its own that are closed when it returns. */
    void migrate(Flyway configured) {
        DataFolder.ensurePrivate(database.folder());
        ensureNobodyHasItOpen();
        recoverFromAnInterruptedMigration();
        deleteIfPresent(database.partialCopy());
        Flyway flyway = Flyway.configure(configured.getConfiguration().getClassLoader())
                .configuration(configured.getConfiguration())
                .dataSource(database.url(), database.user(), database.password()).load();
        if (!Files.exists(database.file())) {
            migrateOrUndo(flyway, Before.EMPTY);
        } else {
            MigrationInfoService info = flyway.info();
            if (info.pending().length == 0) {
                flyway.migrate(); // nothing to apply; validates the history as Spring Boot would
            } else if (info.applied().length == 0) {
                migrateOrUndo(flyway, Before.EMPTY);
            } else {
                copy(info.pending().length);
                migrateOrUndo(flyway, Before.COPIED);
            }
        }
        DataFolder.restrict(database.file());
    }

    /** The application started: a copy left by an earlier start's migration is no longer needed. */
    void started() {
        if (!copiedAtThisStart && !Files.exists(database.marker()) && deleteIfPresent(database.copy())) {
            LOG.info("Deleted {}, the copy of the database made before the previous upgrade", database.copy());
        }
    }

    private void migrateOrUndo(Flyway flyway, Before before) {
        writeMarker(before);
        try {
            flyway.migrate();
        } catch (RuntimeException e) {
            LOG.error("The database migration failed: putting the database back as it was before it began", e);
            shutdown();
            undo(before);
            deleteIfPresent(database.marker());
            throw e;
        }
        if (before == Before.COPIED) {
            compactIfGrown();
        }
        deleteIfPresent(database.marker());
        if (before == Before.COPIED) {
            LOG.info("Database migrated; {} stays until the next start, in case this version must be rolled back",
                    database.copy());
        }
    }

    /**
     * Gives back the room a migration left unused. H2 writes every changed row anew and reuses the old room only
     * later, and its file never shrinks while it is open: V52, which wrote the language into every claim, took a
     * million-claim desk's file from 0.6 to 10.9 GB. When the file has grown by more than half of its size before the
     * migrations (and by more than {@link #GROWTH_WORTH_COMPACTING} bytes), it is compacted now, while nothing else
     * has it open (H2's {@code SHUTDOWN COMPACT}: back to 0.6 GB in 85 s there). The marker stays until then, so a
     * crash while compacting is undone like one during the migration. A compaction that fails leaves the migrated
     * database as it is.
     */
    private void compactIfGrown() {
        long before = size(database.copy());
        long after = size(database.file());
        if (after - before <= Math.max(before / 2, GROWTH_WORTH_COMPACTING)) {
            return;
        }
        LOG.info("The migrations grew {} from {} MB to {} MB: compacting it", database.file(), before >> 20,
                after >> 20);
        long started = System.nanoTime();
        try (Connection connection = connect(); Statement statement = connection.createStatement()) {
            statement.execute("shutdown compact");
        } catch (SQLException e) {
            LOG.warn("Could not compact the database after its migration; it works as it is, only larger", e);
            return;
        }
        LOG.info("Compacted {} to {} MB in {} s", database.file(), size(database.file()) >> 20,
                (System.nanoTime() - started) / 1_000_000_000L);
    }

    private void recoverFromAnInterruptedMigration() {
        if (!Files.exists(database.marker())) {
            return;
        }
        Before before = readMarker();
        LOG.warn("FactDesk stopped during a database migration ({} is present): {}", database.marker(),
                before == Before.COPIED ? "putting back the copy made before it, " + database.copy()
                        : "the database held no data before it, so it is created afresh");
        undo(before);
        deleteIfPresent(database.marker());
    }

    private void undo(Before before) {
        if (before == Before.EMPTY) {
            deleteIfPresent(database.file());
            return;
        }
        if (!Files.exists(database.copy())) {
            throw new IllegalStateException("The database " + database.file() + " was left half-migrated and the "
                    + "copy made before the migration, " + database.copy() + ", is missing: restore a backup");
        }
        try {
            // Through a partial file, so that a crash while restoring leaves the copy and the marker to try again.
            Files.copy(database.copy(), database.partialCopy(), REPLACE_EXISTING);
            move(database.partialCopy(), database.file());
            DataFolder.restrict(database.file());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot put back " + database.copy(), e);
        }
        LOG.warn("Put back the database as it was before the migration, from {}", database.copy());
    }

    private void copy(int pending) {
        Path file = database.file();
        try {
            long size = Files.size(file);
            long free = Files.getFileStore(database.folder()).getUsableSpace();
            if (free < size) {
                throw new IllegalStateException("Upgrading the database needs room for one copy of it: %d MB, "
                        + "but only %d MB are free in %s".formatted(size >> 20, free >> 20, database.folder()));
            }
            LOG.info("{} pending database migration(s): copying {} ({} MB) to {} first", pending, file, size >> 20,
                    database.copy());
            Files.copy(file, database.partialCopy(), REPLACE_EXISTING);
            forceToDisk(database.partialCopy());
            DataFolder.restrict(database.partialCopy());
            move(database.partialCopy(), database.copy());
            copiedAtThisStart = true;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot copy the database before migrating it", e);
        }
    }

    /** A copy of an open database file may be inconsistent: the migrations must be the first to open it. */
    private void ensureNobodyHasItOpen() {
        if (!Files.exists(database.file())) {
            return;
        }
        try (Connection connection = connect();
             ResultSet sessions = connection.createStatement()
                     .executeQuery("select count(*) from information_schema.sessions")) {
            sessions.next();
            if (sessions.getInt(1) > 1) {
                throw new IllegalStateException("The database " + database.file() + " was opened before its "
                        + "migrations ran; it cannot be copied safely");
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot open the database " + database.file(), e);
        }
    }

    /** Closes the database for every connection of this process, so that its file can be replaced. */
    private void shutdown() {
        if (!Files.exists(database.file())) {
            return;
        }
        try (Connection connection = connect(); Statement statement = connection.createStatement()) {
            statement.execute("shutdown");
        } catch (SQLException e) {
            LOG.warn("Could not shut the database down after the failed migration", e);
        }
    }

    private Connection connect() throws SQLException {
        return DriverManager.getConnection(database.urlIfExists(), database.user(), database.password());
    }

    private void writeMarker(Before before) {
        Path marker = database.marker();
        Path written = marker.resolveSibling(marker.getFileName() + ".part");
        try {
            Files.writeString(written, before.name() + "\n", StandardCharsets.UTF_8);
            forceToDisk(written);
            move(written, marker);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write " + marker, e);
        }
    }

    private Before readMarker() {
        try {
            String text = Files.readString(database.marker(), StandardCharsets.UTF_8).strip();
            return Before.valueOf(text.toUpperCase(Locale.ROOT));
        } catch (IOException | IllegalArgumentException e) {
            throw new IllegalStateException("FactDesk stopped during a database migration, and its marker "
                    + database.marker() + " cannot be read: restore a backup of " + database.folder(), e);
        }
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, REPLACE_EXISTING, ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, REPLACE_EXISTING);
        }
    }

    private static void forceToDisk(Path file) throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE)) {
            channel.force(true);
        }
    }

    private static long size(Path file) {
        try {
            return Files.exists(file) ? Files.size(file) : 0;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the size of " + file, e);
        }
    }

    private static boolean deleteIfPresent(Path file) {
        try {
            return Files.deleteIfExists(file);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot delete " + file, e);
        }
    }
}
