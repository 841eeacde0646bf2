package org.factdesk.storage;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystem;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The data folder and the database files are for FactDesk's own account only: the folder is created 0700 before H2
 * writes anything in it, and the database files are set to 0600. On a file system without POSIX permissions (Windows)
 * this quietly does nothing.
 */
final class DataFolder {

    private static final Logger LOG = LoggerFactory.getLogger(DataFolder.class);
    private static final Set<PosixFilePermission> FOLDER = PosixFilePermissions.fromString("rwx------");
    private static final Set<PosixFilePermission> FILE = PosixFilePermissions.fromString("rw-------");

    private DataFolder() {
    }

    /**
     * Creates the folder (and missing parents) readable by its owner only. A folder that already exists keeps its
     * permissions, since an administrator may have chosen them, but a log line says when others can read it.
     */
    static void ensurePrivate(Path folder) {
        try {
            if (Files.isDirectory(folder)) {
                warnIfOthersCanRead(folder);
            } else if (isPosix(folder.getFileSystem())) {
                Files.createDirectories(folder, PosixFilePermissions.asFileAttribute(FOLDER));
                // The umask may have removed bits, never added any; set them exactly all the same.
                Files.setPosixFilePermissions(folder, FOLDER);
                LOG.info("Created the data folder {} (readable by its owner only)", folder);
            } else {
                Files.createDirectories(folder);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create the data folder " + folder, e);
        }
    }

    /** Makes an existing file readable and writable by its owner only. */
    static void restrict(Path file) {
        if (!Files.exists(file) || !isPosix(file.getFileSystem())) {
            return;
        }
        try {
            Files.setPosixFilePermissions(file, FILE);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot restrict the permissions of " + file, e);
        }
    }

    private static void warnIfOthersCanRead(Path folder) throws IOException {
        if (!isPosix(folder.getFileSystem())) {
            return;
        }
        Set<PosixFilePermission> permissions = Files.getPosixFilePermissions(folder);
        if (!FOLDER.containsAll(permissions)) {
            LOG.warn("The data folder {} can be opened by other users ({}); `chmod 700 {}` keeps the desk's data "
                    + "to FactDesk's account", folder, PosixFilePermissions.toString(permissions), folder);
        }
    }

    private static boolean isPosix(FileSystem fileSystem) {
        return fileSystem.supportedFileAttributeViews().contains("posix");
    }
}
