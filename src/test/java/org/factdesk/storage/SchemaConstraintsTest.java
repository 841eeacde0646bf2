package org.factdesk.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;
import org.factdesk.source.ArchiveStatus;
import org.factdesk.claim.ClaimStatus;
import org.factdesk.claim.Priority;
import org.factdesk.source.Reliability;
import org.factdesk.source.SourceKind;
import org.factdesk.extraction.TextPart;
import org.factdesk.security.Role;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * H2 2.4.240 ties a CHECK constraint that lists values (IN, or a chain of ORs that H2 turns into IN) to the session
 * that created it; once that connection closes, every row the constraint checks fails with "The database has been
 * closed" (docs/decisions/008-h2-constraints-and-safe-migrations.md). These probes run the real migrations on one
 * connection, close it, and write from another, so that a later migration or an H2 upgrade that brings the bug back
 * fails here rather than 30 minutes into a newsroom's first day.
 */
class SchemaConstraintsTest {

    /** IN or OR in a check clause: the forms that break. H2 prints an OR chain on one column as IN. */
    private static final Pattern LISTS_VALUES = Pattern.compile("(?i)\\bIN\\s*\\(|\\bOR\\b");

    private final JdbcDataSource database = new JdbcDataSource();

    @BeforeEach
    void newDatabase() {
        database.setURL("jdbc:h2:mem:probe-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        database.setUser("sa");
    }

    @Test
    void every_constraint_still_checks_after_the_connection_that_ran_the_migrations_closed() throws SQLException {
        MigratingSessions migrating = migrate();
        assertThat(migrating.ids()).isNotEmpty();
        assertThat(migrating.stillOpen(database)).as("the migrations' sessions are closed").isEmpty();

        try (Connection connection = database.getConnection()) {
            long claim = writeOneOfEverything(connection);
            assertThatCode(() -> everyValueOfTheEnums(connection, claim)).doesNotThrowAnyException();
            touchEveryRowOfEveryTableWithACheck(connection);

            assertRefused(connection, "update claim set status = 'LOST' where id = " + claim, 23506);
            assertRefused(connection, "update claim set end_offset = start_offset where id = " + claim, 23513);
            assertRefused(connection, "update source set kind = 'RUMOUR'", 23506);
            assertRefused(connection, "insert into app_user_role (user_id, role) select id, 'ROOT' from app_user", 23506);
            assertRefused(connection, "update rating set colour = 'red'", 23513);
            assertRefused(connection, "update source_file set size_bytes = 20971521", 23513);
        }
    }

    @Test
    void no_check_constraint_lists_values_with_in_or_or() throws SQLException {
        migrate();
        Map<String, String> offenders = new LinkedHashMap<>();
        try (Connection connection = database.getConnection();
             ResultSet rows = connection.createStatement().executeQuery("""
                     select c.constraint_name, c.check_clause from information_schema.check_constraints c
                     where c.constraint_schema = 'PUBLIC'""")) {
            while (rows.next()) {
                if (LISTS_VALUES.matcher(rows.getString(2)).find()) {
                    offenders.put(rows.getString(1), rows.getString(2));
                }
            }
        }
        assertThat(offenders).as("CHECK constraints that break on H2 2.4.240 once their connection closes: use a "
                + "lookup table with a foreign key (see V12)").isEmpty();
    }

    @Test
    void checks_with_one_comparison_a_range_like_or_position_survive_the_closing_of_their_connection()
            throws SQLException {
        try (Connection creating = database.getConnection()) {
            creating.createStatement().execute("""
                    create table probe (
                        id int primary key,
                        colour varchar(7) check (colour like '#______'),
                        single int check (single = 1),
                        span_start int, span_end int,
                        url varchar(100) check (position('://' in url) > 0),
                        constraint ck_probe_span check (span_start >= 0 and span_end > span_start))""");
        }
        try (Connection other = database.getConnection()) {
            assertThatCode(() -> other.createStatement().execute(
                    "insert into probe values (1, '#a1b2c3', 1, 0, 4, 'https://example.org')"))
                    .doesNotThrowAnyException();
            assertRefused(other, "insert into probe (id, colour) values (2, 'red')", 23513);
            assertRefused(other, "insert into probe (id, span_start, span_end) values (3, 5, 5)", 23513);
            assertRefused(other, "insert into probe (id, url) values (4, 'example.org')", 23513);
        }
    }

    private MigratingSessions migrate() {
        MigratingSessions migrating = new MigratingSessions();
        Flyway.configure().dataSource(database).locations("classpath:db/migration").callbacks(migrating).load()
                .migrate();
        return migrating;
    }

    /** One row in each table that has a CHECK constraint or a foreign key to a lookup table. */
    private static long writeOneOfEverything(Connection connection) throws SQLException {
        Statement sql = connection.createStatement();
        sql.execute("""
                insert into app_user (username, display_name, password_hash, created_at)
                values ('probe', 'Probe', 'x', current_timestamp)""");
        sql.execute("insert into app_user_role (user_id, role) select id, 'EDITOR' from app_user");
        sql.execute("""
                insert into article (title, body, language, imported_by, imported_at)
                values ('Title', 'Body of the article.', 'en', 'probe', current_timestamp)""");
        sql.execute("""
                insert into claim (article_id, part, start_offset, end_offset, quote_exact, quote_prefix,
                    quote_suffix, statement, origin, status, created_by, created_at, updated_at, priority)
                select id, 'BODY', 0, 4, 'Body', '', ' of', 'Body', 'EDITOR', 'TO_CHECK', 'probe',
                    current_timestamp, current_timestamp, 'HIGH' from article""");
        long claim = single(connection, "select id from claim");
        sql.execute("""
                insert into source (claim_id, url, title, kind, reliability, archive_status, created_by, created_at)
                values (%d, 'https://example.org', 'Source', 'EXPERT', 'HIGH', 'NONE', 'probe', current_timestamp)"""
                .formatted(claim));
        sql.execute("""
                insert into source_file (source_id, name, content_type, size_bytes, sha256, created_by, created_at)
                select id, 'scan.pdf', 'application/pdf', 3, repeat('a', 64), 'probe', current_timestamp
                from source""");
        sql.execute("""
                insert into rating (position, label_en, label_fr, colour) values (9, 'Probe', 'Sonde', '#123456')""");
        return claim;
    }

    /** Every value the application writes, which also proves the lookup tables know each of them. */
    private static void everyValueOfTheEnums(Connection connection, long claim) throws SQLException {
        for (Role role : Role.values()) {
            update(connection, "merge into app_user_role (user_id, role) select id, ? from app_user", role);
        }
        for (TextPart part : TextPart.values()) {
            update(connection, "update claim set part = ? where id = " + claim, part);
        }
        for (ClaimStatus status : ClaimStatus.values()) {
            update(connection, "update claim set status = ? where id = " + claim, status);
        }
        for (Priority priority : Priority.values()) {
            update(connection, "update claim set priority = ? where id = " + claim, priority);
        }
        for (SourceKind kind : SourceKind.values()) {
            update(connection, "update source set kind = ?", kind);
        }
        for (Reliability reliability : Reliability.values()) {
            update(connection, "update source set reliability = ?", reliability);
        }
        for (ArchiveStatus status : ArchiveStatus.values()) {
            update(connection, "update source set archive_status = ?", status);
        }
    }

    /** Rewrites every row of every table with a CHECK, which makes H2 evaluate each of its checks again. */
    private static void touchEveryRowOfEveryTableWithACheck(Connection connection) throws SQLException {
        List<String[]> tables = new ArrayList<>();
        try (ResultSet rows = connection.createStatement().executeQuery("""
                select distinct t.table_name, k.column_name
                from information_schema.table_constraints t
                join information_schema.table_constraints p
                  on p.table_name = t.table_name and p.table_schema = t.table_schema
                 and p.constraint_type = 'PRIMARY KEY'
                join information_schema.key_column_usage k
                  on k.constraint_name = p.constraint_name and k.constraint_schema = p.constraint_schema
                where t.constraint_type = 'CHECK' and t.table_schema = 'PUBLIC'""")) {
            while (rows.next()) {
                tables.add(new String[] {rows.getString(1), rows.getString(2)});
            }
        }
        assertThat(tables).as("tables with a CHECK constraint").isNotEmpty();
        for (String[] table : tables) {
            int touched = connection.createStatement().executeUpdate(
                    "update \"%s\" set \"%2$s\" = \"%2$s\"".formatted(table[0], table[1]));
            assertThat(touched).as("rows of %s (give it a row in writeOneOfEverything)", table[0]).isPositive();
        }
    }

    private static void update(Connection connection, String sql, Enum<?> value) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, value.name());
            statement.executeUpdate();
        }
    }

    private static long single(Connection connection, String query) throws SQLException {
        try (ResultSet row = connection.createStatement().executeQuery(query)) {
            row.next();
            return row.getLong(1);
        }
    }

    /** Refused by the constraint itself (23506 a missing parent key, 23513 a failed check), not by a broken one. */
    private static void assertRefused(Connection connection, String sql, int errorCode) {
        assertThatThrownBy(() -> connection.createStatement().execute(sql))
                .isInstanceOfSatisfying(SQLException.class, e -> assertThat(e.getErrorCode()).isEqualTo(errorCode));
    }
}
