package org.factdesk.backup;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.factdesk.storage.H2FileDatabase;
import org.jspecify.annotations.Nullable;

/**
 * Puts a backup back into a data folder while FactDesk is stopped: checks that the zip is a FactDesk backup, refuses
 * while a running desk holds the database open, moves what the folder held (the database and {@code files/}) into
 * {@code before-restore-<time>/} rather than deleting it, and unpacks the backup in their place. The next start
 * opens the restored database and Flyway brings it up to the running version.
 */
final class Restore {

    static final String DATABASE = "factdesk";
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")
            .withZone(ZoneOffset.UTC);

    private Restore() {
    }

    /** Restores {@code zip} into {@code dataFolder}; returns the folder that keeps what was there, if anything was. */
    static @Nullable Path restore(Path zip, Path dataFolder, Clock clock) throws IOException {
        String store = DATABASE + H2FileDatabase.FILE_SUFFIX;
        List<String> entries = BackupZip.entries(zip);
        if (!entries.contains(store)) {
            throw new IOException(zip + " is not a FactDesk backup: it holds no " + store);
        }
        Files.createDirectories(dataFolder);
        refuseWhileOpen(dataFolder.resolve(store));
        Path kept = keepCurrent(dataFolder, clock);
        BackupZip.extract(zip, dataFolder);
        return kept;
    }

    /** H2 locks its file while it has it open; a lock taken here proves no desk is running on it. */
    private static void refuseWhileOpen(Path database) throws IOException {
        if (!Files.exists(database)) {
            return;
        }
        try (FileChannel channel = FileChannel.open(database, StandardOpenOption.READ, StandardOpenOption.WRITE);
             FileLock lock = channel.tryLock()) {
            if (lock == null) {
                throw new IOException("FactDesk is running on " + database + ": stop it before restoring");
            }
        } catch (OverlappingFileLockException open) {
            throw new IOException("FactDesk is running on " + database + ": stop it before restoring", open);
        }
    }

    private static @Nullable Path keepCurrent(Path dataFolder, Clock clock) throws IOException {
        List<Path> current;
        try (var listing = Files.list(dataFolder)) {
            current = listing.filter(path -> isDeskData(path.getFileName().toString())).toList();
        }
        if (current.isEmpty()) {
            return null;
        }
        Path kept = dataFolder.resolve("before-restore-" + STAMP.format(clock.instant()));
        Files.createDirectories(kept);
        for (Path path : current) {
            Files.move(path, kept.resolve(path.getFileName()));
        }
        return kept;
    }

    private static boolean isDeskData(String name) {
        return name.startsWith(DATABASE + ".") || name.equals(Backups.FILES);
    }
}
