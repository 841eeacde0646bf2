package org.factdesk.backup;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/** Adds a folder to a backup zip, and unpacks a backup zip into a folder without ever writing outside it. */
final class BackupZip {

    private BackupZip() {
    }

    /** Adds every file under {@code folder} to {@code zip}, under {@code prefix/}. */
    static void addFolder(Path zip, Path folder, String prefix) throws IOException {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(folder)) {
            files = walk.filter(Files::isRegularFile).toList();
        }
        if (files.isEmpty()) {
            return;
        }
        URI uri = URI.create("jar:" + zip.toUri());
        try (FileSystem zipped = FileSystems.newFileSystem(uri, Map.of())) {
            for (Path file : files) {
                Path target = zipped.getPath(prefix, folder.relativize(file).toString().replace('\\', '/'));
                Files.createDirectories(target.getParent());
                Files.copy(file, target);
            }
        }
    }

    /** The names of the entries of {@code zip}. */
    static List<String> entries(Path zip) throws IOException {
        List<String> names = new ArrayList<>();
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                names.add(entry.getName());
            }
        }
        return names;
    }

    /** Unpacks {@code zip} into {@code folder}; an entry that would land outside it is refused before anything. */
    static void extract(Path zip, Path folder) throws IOException {
        Path root = folder.toAbsolutePath().normalize();
        for (String name : entries(zip)) {
            inside(root, name);
        }
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                Path target = inside(root, entry.getName());
                if (entry.isDirectory()) {
                    Files.createDirectories(target);
                } else {
                    Files.createDirectories(target.getParent());
                    copy(in, target);
                }
            }
        }
    }

    private static void copy(InputStream in, Path target) throws IOException {
        Files.copy(in, target);
    }

    private static Path inside(Path root, String name) throws IOException {
        Path target = root.resolve(name).normalize();
        if (!target.startsWith(root) || target.equals(root)) {
            throw new IOException("The backup holds an entry outside its folder: " + name);
        }
        return target;
    }
}
