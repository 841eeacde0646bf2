package org.factdesk.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A migration is all or nothing: killed in the middle (a JVM of its own, killed with the equivalent of kill -9) or
 * failed, the database is back as it was at the next start; a database that held nothing is created afresh.
 */
class MigrationSafetyTest {

    private static final Duration PATIENCE = Duration.ofMinutes(3);

    @TempDir
    Path temp;

    @Test
    void an_upgrade_killed_in_the_middle_is_undone_at_the_next_start_with_the_data_intact() throws Exception {
        Path data = temp.resolve("data");
        assertThat(startChild(data, "plain").waitFor()).isZero();
        insertAnArticle(data);

        Process upgrade = killInTheMiddleOfTheSlowMigration(data);
        assertThat(upgrade.isAlive()).isFalse();
        assertThat(Files.readString(data.resolve(".migration-in-progress")).strip()).isEqualTo("COPIED");
        assertThat(data.resolve("factdesk-before-migration.mv.db")).exists();

        assertThat(startChild(data, "plain").waitFor()).as(log()).isZero();

        assertThat(query(data, "select title from article")).containsExactly("Kept through the crash");
        assertThat(tables(data)).doesNotContain(TestMigrations.HALF_MADE_TABLE).contains("ARTICLE", "CLAIM");
        assertThat(data.resolve(".migration-in-progress")).doesNotExist();
        assertThat(data.resolve("factdesk-before-migration.mv.db")).doesNotExist();
    }

    @Test
    void a_first_start_killed_in_the_middle_of_its_migrations_gets_a_new_database() throws Exception {
        Path data = temp.resolve("data");

        killInTheMiddleOfTheSlowMigration(data);
        assertThat(Files.readString(data.resolve(".migration-in-progress")).strip()).isEqualTo("EMPTY");
        assertThat(tables(data)).contains(TestMigrations.HALF_MADE_TABLE);

        assertThat(startChild(data, "plain").waitFor()).as(log()).isZero();

        assertThat(tables(data)).doesNotContain(TestMigrations.HALF_MADE_TABLE).contains("ARTICLE", "CLAIM");
        assertThat(query(data, "select count(*) from \"flyway_schema_history\" where not \"success\""))
                .containsExactly("0");
        assertThat(query(data, "select count(*) from desk_settings")).containsExactly("1");
        assertThat(data.resolve(".migration-in-progress")).doesNotExist();
        assertThat(data.resolve("factdesk-before-migration.mv.db")).doesNotExist();
    }

    @Test
    void a_failed_upgrade_puts_the_database_back_and_its_copy_goes_at_the_next_successful_start() throws Exception {
        Path data = temp.resolve("data");
        safety(data).migrate(flyway(data).load());
        insertAnArticle(data);

        MigrationSafety failing = safety(data);
        assertThatThrownBy(() -> failing.migrate(flyway(data).javaMigrations(TestMigrations.failing()).load()))
                .hasStackTraceContaining("this test migration fails after its first statement");

        assertThat(tables(data)).doesNotContain(TestMigrations.HALF_MADE_TABLE);
        assertThat(query(data, "select title from article")).containsExactly("Kept through the crash");
        assertThat(data.resolve(".migration-in-progress")).doesNotExist();
        assertThat(data.resolve("factdesk-before-migration.mv.db")).exists();

        MigrationSafety next = safety(data);
        next.migrate(flyway(data).load());
        assertThat(data.resolve("factdesk-before-migration.mv.db")).exists();
        next.started();
        assertThat(data.resolve("factdesk-before-migration.mv.db")).doesNotExist();
    }

    @Test
    void an_upgrade_that_leaves_the_file_much_larger_than_its_data_is_followed_by_a_compaction() throws Exception {
        Path data = temp.resolve("data");
        safety(data).migrate(flyway(data).load());
        insertAnArticle(data);
        Path file = data.resolve("factdesk.mv.db");
        long before = Files.size(file);

        int megabytes = 4;
        // H2 compacts for 200 ms when it closes a database, which tidies a small one anyway: not here.
        MigrationSafety upgrade = new MigrationSafety(
                H2FileDatabase.of(MigrationChild.url(data) + ";MAX_COMPACT_TIME=0", "sa", "").orElseThrow());
        upgrade.migrate(flyway(data).javaMigrations(TestMigrations.bloating(megabytes)).load());

        // Without the compaction the file holds the table three times over.
        assertThat(Files.size(file)).isLessThan(before + (megabytes * 3L / 2 << 20));
        assertThat(query(data, "select count(*) from bloat")).containsExactly(String.valueOf(megabytes * 1000));
        assertThat(query(data, "select title from article")).containsExactly("Kept through the crash");
        assertThat(query(data, "select count(*) from \"flyway_schema_history\" where \"version\" = '9000'"))
                .containsExactly("1");
        assertThat(data.resolve(".migration-in-progress")).doesNotExist();
    }

    @Test
    void the_copy_of_an_upgrade_is_kept_while_the_upgraded_version_runs() throws Exception {
        Path data = temp.resolve("data");
        Flyway upToV11 = flyway(data).target("11").load();
        safety(data).migrate(upToV11);
        insertAnArticle(data);

        MigrationSafety upgrade = safety(data);
        upgrade.migrate(flyway(data).load());
        upgrade.started();

        assertThat(data.resolve("factdesk-before-migration.mv.db")).exists();
        String v12 = "select count(*) from \"flyway_schema_history\" where \"version\" = '12'";
        assertThat(query(data, v12)).containsExactly("1");
        assertThat(queryCopy(data, v12)).containsExactly("0");
        assertThat(queryCopy(data, "select title from article")).containsExactly("Kept through the crash");
    }

    @Test
    void the_data_folder_is_created_for_its_owner_only_and_the_database_files_are_theirs_alone() throws Exception {
        assumeThat(temp.getFileSystem().supportedFileAttributeViews()).contains("posix");
        Path data = temp.resolve("new").resolve("data");

        safety(data).migrate(flyway(data).target("11").load());
        insertAnArticle(data);
        safety(data).migrate(flyway(data).load());

        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(data))).isEqualTo("rwx------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(data.resolve("factdesk.mv.db"))))
                .isEqualTo("rw-------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(
                data.resolve("factdesk-before-migration.mv.db")))).isEqualTo("rw-------");
    }

    @Test
    void a_data_folder_that_exists_keeps_the_permissions_its_administrator_chose() throws Exception {
        assumeThat(temp.getFileSystem().supportedFileAttributeViews()).contains("posix");
        Path data = Files.createDirectory(temp.resolve("data"),
                PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwxr-x---")));

        safety(data).migrate(flyway(data).load());

        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(data))).isEqualTo("rwxr-x---");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(data.resolve("factdesk.mv.db"))))
                .isEqualTo("rw-------");
    }

    @Test
    void a_marker_that_cannot_be_read_stops_the_start_rather_than_migrate_a_half_made_database() throws Exception {
        Path data = temp.resolve("data");
        safety(data).migrate(flyway(data).load());
        Files.writeString(data.resolve(".migration-in-progress"), "garbled");

        assertThatThrownBy(() -> safety(data).migrate(flyway(data).load()))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("restore a backup");
        assertThat(data.resolve("factdesk.mv.db")).exists();
    }

    private static MigrationSafety safety(Path data) {
        return new MigrationSafety(H2FileDatabase.of(MigrationChild.url(data), "sa", "").orElseThrow());
    }

    private static FluentConfiguration flyway(Path data) {
        return Flyway.configure().dataSource(MigrationChild.url(data), "sa", "").locations("classpath:db/migration");
    }

    private Process killInTheMiddleOfTheSlowMigration(Path data) throws Exception {
        Path started = temp.resolve("slow-migration-started");
        Process child = startChild(data, "slow", started.toString());
        try {
            long deadline = System.nanoTime() + PATIENCE.toNanos();
            while (!Files.exists(started)) {
                assertThat(child.isAlive()).as("the child is still migrating; %s", log()).isTrue();
                assertThat(System.nanoTime()).as("the slow migration began within %s", PATIENCE).isLessThan(deadline);
                Thread.sleep(100);
            }
            assertThat(data.resolve(".migration-in-progress")).exists();
        } finally {
            child.destroyForcibly().waitFor();
        }
        return child;
    }

    private Process startChild(Path data, String... mode) throws IOException {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"),
                "-Dlogback.configurationFile=none", "-Xmx256m",
                MigrationChild.class.getName(), data.toString()));
        command.addAll(List.of(mode));
        return new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(temp.resolve("child.log").toFile())).start();
    }

    private String log() {
        try {
            File log = temp.resolve("child.log").toFile();
            return log.exists() ? Files.readString(log.toPath()) : "(no output)";
        } catch (IOException e) {
            return e.toString();
        }
    }

    private static void insertAnArticle(Path data) throws SQLException {
        try (Connection connection = DriverManager.getConnection(MigrationChild.url(data), "sa", "")) {
            connection.createStatement().execute("""
                    insert into article (title, body, language, imported_by, imported_at)
                    values ('Kept through the crash', 'A body.', 'en', 'test', current_timestamp)""");
        }
    }

    private static List<String> tables(Path data) throws SQLException {
        return query(data, "select table_name from information_schema.tables where table_schema = 'PUBLIC'");
    }

    private static List<String> query(Path data, String sql) throws SQLException {
        return query(MigrationChild.url(data) + ";IFEXISTS=TRUE", sql);
    }

    private static List<String> queryCopy(Path data, String sql) throws SQLException {
        return query("jdbc:h2:file:" + data + "/factdesk-before-migration;IFEXISTS=TRUE", sql);
    }

    private static List<String> query(String url, String sql) throws SQLException {
        List<String> values = new ArrayList<>();
        try (Connection connection = DriverManager.getConnection(url, "sa", "");
             ResultSet rows = connection.createStatement().executeQuery(sql)) {
            while (rows.next()) {
                values.add(rows.getString(1));
            }
        }
        return values;
    }
}
