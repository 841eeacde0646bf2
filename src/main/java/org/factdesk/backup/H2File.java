package org.factdesk.backup;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/**
 * Where an H2 database lives on disk, read from its JDBC URL: {@code jdbc:h2:file:/srv/factdesk/factdesk;...} or
 * {@code jdbc:h2:./data/factdesk}. In-memory and server databases (and every other database) have no file here.
 */
record H2File(Path folder, String name) {

    static final String STORE_SUFFIX = ".mv.db";

    static Optional<H2File> of(String jdbcUrl) {
        if (!jdbcUrl.toLowerCase(Locale.ROOT).startsWith("jdbc:h2:")) {
            return Optional.empty();
        }
        String rest = jdbcUrl.substring("jdbc:h2:".length());
        int settings = rest.indexOf(';');
        if (settings >= 0) {
            rest = rest.substring(0, settings);
        }
        String lower = rest.toLowerCase(Locale.ROOT);
        if (lower.startsWith("file:")) {
            rest = rest.substring("file:".length());
        } else if (lower.startsWith("mem:") || lower.startsWith("tcp:") || lower.startsWith("ssl:")
                || lower.startsWith("zip:") || lower.contains(":") && !looksLikeWindowsDrive(rest)) {
            return Optional.empty();
        }
        if (rest.startsWith("~")) {
            rest = System.getProperty("user.home") + rest.substring(1);
        }
        Path path = Path.of(rest).toAbsolutePath().normalize();
        Path parent = path.getParent();
        return parent == null ? Optional.empty() : Optional.of(new H2File(parent, path.getFileName().toString()));
    }

    private static boolean looksLikeWindowsDrive(String path) {
        return path.length() > 2 && Character.isLetter(path.charAt(0)) && path.charAt(1) == ':';
    }

    /** The MVStore file, {@code factdesk.mv.db}: the whole database. */
    Path store() {
        return folder.resolve(name + STORE_SUFFIX);
    }
}
