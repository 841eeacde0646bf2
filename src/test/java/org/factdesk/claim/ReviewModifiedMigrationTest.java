package org.factdesk.claim;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * V15 on an existing desk: a claim's ClaimReview last changed when the claim did, an article's at its last edit (or
 * its import), and nothing is known of the ratings' and the desk's changes. One connection throughout, so that the
 * test does not depend on H2's check-constraint bug (issue 10, section 1).
 */
class ReviewModifiedMigrationTest {

    private final SingleConnectionDataSource database = new SingleConnectionDataSource(
            "jdbc:h2:mem:v15-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1", "sa", "", true);
    private final JdbcTemplate jdbc = new JdbcTemplate(database);

    @AfterEach
    void close() {
        jdbc.execute("shutdown");
        database.destroy();
    }

    @Test
    void the_times_of_the_last_visible_changes_are_taken_from_what_the_desk_already_knows() {
        migrate("14");
        jdbc.update("insert into article (title, body, language, imported_by, imported_at) values "
                + "('Edited', 'Body text here.', 'en', 'editor', timestamp with time zone '2026-01-01 08:00:00+00'),"
                + "('Never edited', 'Body.', 'en', 'editor', timestamp with time zone '2026-01-02 08:00:00+00')");
        long edited = jdbc.queryForObject("select min(id) from article", Long.class);
        jdbc.update("insert into article_revision (article_id, revision, title, body, language, edited_by, edited_at) "
                + "values (?, 1, 'T0', 'B', 'en', 'editor', timestamp with time zone '2026-01-03 08:00:00+00'), "
                + "(?, 2, 'T1', 'B', 'en', 'editor', timestamp with time zone '2026-01-04 08:00:00+00')",
                edited, edited);
        jdbc.update("insert into claim (article_id, part, start_offset, end_offset, quote_exact, quote_prefix, "
                + "quote_suffix, statement, origin, status, created_by, created_at, updated_at) values "
                + "(?, 'BODY', 0, 4, 'Body', '', '', 'Body', 'EXTRACTED', 'APPROVED', 'system', "
                + "timestamp with time zone '2026-01-01 09:00:00+00', "
                + "timestamp with time zone '2026-01-05 09:00:00+00')", edited);

        migrate("15");

        assertThat(time("select review_modified_at from claim")).isEqualTo("2026-01-05T09:00Z");
        assertThat(time("select review_modified_at from article where title = 'Edited'"))
                .isEqualTo("2026-01-04T08:00Z");
        assertThat(time("select review_modified_at from article where title = 'Never edited'"))
                .isEqualTo("2026-01-02T08:00Z");
        assertThat(time("select max(review_modified_at) from rating")).isEqualTo("1970-01-01T00:00Z");
        assertThat(time("select review_modified_at from desk_settings")).isEqualTo("1970-01-01T00:00Z");
    }

    private void migrate(String target) {
        Flyway.configure().dataSource(database).locations("classpath:db/migration").target(target).load().migrate();
    }

    private String time(String sql) {
        return jdbc.queryForObject(sql, OffsetDateTime.class).toInstant().atOffset(ZoneOffset.UTC)
                .toString();
    }
}
