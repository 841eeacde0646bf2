package org.factdesk.storage;

import java.nio.file.Path;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.configuration.FluentConfiguration;

/**
 * A start-up's migration step in a JVM of its own, which a test can kill in the middle: arguments are the data folder,
 * then {@code plain}, or {@code slow} and the file the slow test migration writes once it has begun.
 */
final class MigrationChild {

    private MigrationChild() {
    }

    public static void main(String[] args) {
        Path folder = Path.of(args[0]);
        FluentConfiguration flyway = Flyway.configure().dataSource(url(folder), "sa", "")
                .locations("classpath:db/migration");
        if (args[1].equals("slow")) {
            flyway.javaMigrations(TestMigrations.slow(Path.of(args[2])));
        }
        MigrationSafety safety = new MigrationSafety(H2FileDatabase.of(url(folder), "sa", "").orElseThrow());
        safety.migrate(flyway.load());
        safety.started();
    }

    /** The application's URL (application.properties) for this data folder. */
    static String url(Path folder) {
        return "jdbc:h2:file:" + folder + "/factdesk;WRITE_DELAY=0;DB_CLOSE_ON_EXIT=FALSE";
    }
}
