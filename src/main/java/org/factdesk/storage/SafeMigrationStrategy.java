package org.factdesk.storage;

import java.util.Optional;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfoService;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.flyway.autoconfigure.FlywayMigrationStrategy;
import org.springframework.context.ApplicationListener;
import org.springframework.stereotype.Component;

/**
 * How Spring Boot runs the Flyway migrations at start-up: through {@link MigrationSafety} for a file-based H2
 * database, plainly for any other (the tests' in-memory databases).
 */
@Component
class SafeMigrationStrategy implements FlywayMigrationStrategy, ApplicationListener<ApplicationReadyEvent> {

    private static final Logger LOG = LoggerFactory.getLogger(SafeMigrationStrategy.class);

    private @Nullable MigrationSafety safety;

    @Override
    public void migrate(Flyway flyway) {
        Optional<H2FileDatabase> database = H2FileDatabase.of(flyway.getConfiguration().getDataSource());
        if (database.isEmpty()) {
            MigrationInfoService info = flyway.info();
            if (info.pending().length > 0 && info.applied().length > 0) {
                LOG.info("Migrating a database that is not an H2 file: no copy is made first (PostgreSQL rolls a "
                        + "failed migration back itself; back up with pg_dump before an upgrade)");
            }
            flyway.migrate();
            return;
        }
        safety = new MigrationSafety(database.get());
        safety.migrate(flyway);
    }

    @Override
    public void onApplicationEvent(ApplicationReadyEvent event) {
        if (safety != null) {
            safety.started();
        }
    }
}
