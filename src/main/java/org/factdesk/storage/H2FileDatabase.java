package org.factdesk.storage;

import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.jdbc.DataSourceUnwrapper;
import org.springframework.jdbc.datasource.AbstractDriverBasedDataSource;

/**
 * An embedded H2 database kept in a file ({@code jdbc:h2:file:...}), with the files that the migration safety net
 * keeps next to it. In-memory and server databases have no such files and are not handled here.
 */
public record H2FileDatabase(String url, String user, String password, Path file) {

    private static final String PREFIX = "jdbc:h2:";
    /** The MVStore file that holds the whole database: {@code factdesk.mv.db}. */
    public static final String FILE_SUFFIX = ".mv.db";

    public static Optional<H2FileDatabase> of(@Nullable String url, @Nullable String user,
                                              @Nullable String password) {
        if (url == null || !url.toLowerCase(Locale.ROOT).startsWith(PREFIX)) {
            return Optional.empty();
        }
        String name = url.substring(PREFIX.length());
        int settings = name.indexOf(';');
        name = settings < 0 ? name : name.substring(0, settings);
        if (name.toLowerCase(Locale.ROOT).startsWith("file:")) {
            name = name.substring("file:".length());
        } else if (!looksLikeAPath(name)) {
            return Optional.empty(); // mem:, tcp:, ssl:, zip: and H2's other kinds of storage
        }
        if (name.startsWith("~")) {
            name = System.getProperty("user.home") + name.substring(1);
        }
        Path file = Path.of(name + FILE_SUFFIX).toAbsolutePath().normalize();
        return Optional.of(new H2FileDatabase(url, user == null ? "" : user, password == null ? "" : password, file));
    }

    /** The database that {@code dataSource} (HikariCP, or a plain driver data source) connects to. */
    static Optional<H2FileDatabase> of(DataSource dataSource) {
        HikariDataSource hikari = DataSourceUnwrapper.unwrap(dataSource, HikariDataSource.class);
        if (hikari != null) {
            return of(hikari.getJdbcUrl(), hikari.getUsername(), hikari.getPassword());
        }
        if (dataSource instanceof AbstractDriverBasedDataSource driver) {
            return of(driver.getUrl(), driver.getUsername(), driver.getPassword());
        }
        return Optional.empty();
    }

    public Path folder() {
        return file.getParent();
    }

    /** The copy made before migrating, itself an H2 database that can be opened as {@code factdesk-before-migration}. */
    Path copy() {
        return sibling("-before-migration" + FILE_SUFFIX);
    }

    /** Where a copy is written before it is complete, so that a half-written copy never passes for a good one. */
    Path partialCopy() {
        return sibling("-before-migration" + FILE_SUFFIX + ".part");
    }

    /** Present only while a migration runs: found at start, it says that the previous start died in a migration. */
    Path marker() {
        return folder().resolve(".migration-in-progress");
    }

    /** The URL with {@code IFEXISTS=TRUE}, so that looking at the database never creates an empty one. */
    String urlIfExists() {
        return url + ";IFEXISTS=TRUE";
    }

    private Path sibling(String suffix) {
        String name = file.getFileName().toString();
        return folder().resolve(name.substring(0, name.length() - FILE_SUFFIX.length()) + suffix);
    }

    private static boolean looksLikeAPath(String name) {
        return name.startsWith("/") || name.startsWith("./") || name.startsWith("../") || name.startsWith("~")
                || name.matches("(?i)[a-z]:[/\\\\].*") || name.startsWith(".\\");
    }
}
