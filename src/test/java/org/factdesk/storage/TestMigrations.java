package org.factdesk.storage;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Statement;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;

/** Test-only migrations that come after every real one and leave a table half made, as a crash would. */
final class TestMigrations {

    static final String HALF_MADE_TABLE = "HALF_MADE";

    private TestMigrations() {
    }

    /** Creates its table, says so in {@code started}, then waits to be killed. */
    static JavaMigration slow(Path started) {
        return new Migration("slow test migration") {
            @Override
            public void migrate(Context context) throws Exception {
                createTheTable(context);
                Files.writeString(started, "started");
                Thread.sleep(Long.MAX_VALUE);
            }
        };
    }

    /** Creates its table, then fails. */
    static JavaMigration failing() {
        return new Migration("failing test migration") {
            @Override
            public void migrate(Context context) throws Exception {
                createTheTable(context);
                throw new IllegalStateException("this test migration fails after its first statement");
            }
        };
    }

    /**
     * Writes {@code megabytes} of rows (a thousand rows of 1,000 characters each) into a table of its own, then rewrites every row twice, as a migration that
     * writes a column of every claim does: the table keeps its size, the file holds two old versions of it beside.
     */
    static JavaMigration bloating(int megabytes) {
        return new Migration("bloating test migration") {
            @Override
            public void migrate(Context context) throws Exception {
                try (Statement statement = context.getConnection().createStatement()) {
                    statement.execute("create table bloat (id int primary key, filler varchar(1000))");
                    statement.execute("insert into bloat select x, random_uuid() || repeat('x', 1000 - 36) "
                            + "from system_range(1, " + megabytes * 1000 + ")");
                    for (int round = 0; round < 2; round++) {
                        statement.execute("update bloat set filler = random_uuid() || substring(filler, 37)");
                    }
                }
            }
        };
    }

    private abstract static class Migration implements JavaMigration {

        private final String description;

        Migration(String description) {
            this.description = description;
        }

        static void createTheTable(Context context) throws Exception {
            try (Statement statement = context.getConnection().createStatement()) {
                statement.execute("create table " + HALF_MADE_TABLE + " (id int primary key)");
                statement.execute("insert into " + HALF_MADE_TABLE + " values (1)");
            }
        }

        @Override
        public MigrationVersion getVersion() {
            return MigrationVersion.fromVersion("9000");
        }

        @Override
        public String getDescription() {
            return description;
        }

        @Override
        public Integer getChecksum() {
            return 9000;
        }

        @Override
        public boolean canExecuteInTransaction() {
            return false;
        }
    }
}
