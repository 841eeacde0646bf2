package org.factdesk.generator;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * The large desk's generator, on a small desk: the schema is created, the proportions hold, every claim's words are
 * where its offsets say in its article, the history and sources follow the statuses, and a second run adds to the
 * first with the desk's own inserts still working after it.
 */
class DeskGeneratorTest {

    /** A file database, as the command fills: each run opens and closes it. */
    private final String url = "jdbc:h2:file:" + folder().resolve("factdesk");
    private final JdbcTemplate jdbc = new JdbcTemplate(new DriverManagerDataSource(url, "sa", ""));

    private static Path folder() {
        try {
            return Files.createTempDirectory(Files.createDirectories(Path.of("target")), "generated-desk-")
                    .toAbsolutePath();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private long count(String sql) {
        Long count = jdbc.queryForObject(sql, Long.class);
        return count == null ? -1 : count;
    }

    @Test
    void a_desk_of_two_thousand_claims_has_a_hundred_articles_and_claims_in_every_status() throws SQLException {
        List<Long> progress = new ArrayList<>();

        DeskGenerator.generate(url, 2_000, progress::add);

        assertThat(progress).containsExactly(2_000L);
        assertThat(count("select count(*) from article")).isEqualTo(100);
        assertThat(count("select count(*) from claim")).isEqualTo(2_000);
        Map<String, Long> statuses = new java.util.HashMap<>();
        jdbc.query("select status, count(*) from claim group by status",
                (org.springframework.jdbc.core.RowCallbackHandler) row -> statuses.put(row.getString(1),
                        row.getLong(2)));
        assertThat(statuses).containsOnlyKeys("CANDIDATE", "DISMISSED", "TO_CHECK", "IN_RESEARCH", "IN_REVIEW",
                "APPROVED");
        assertThat(statuses.get("APPROVED")).isBetween(300L, 500L);
        assertThat(statuses.get("CANDIDATE")).isBetween(700L, 900L);
        assertThat(count("select count(*) from claim where status = 'APPROVED' and (approved_rating_id is null "
                + "or approved_by is null or approved_at is null or rating_id is null)")).isZero();
        assertThat(count("select count(*) from claim where status = 'DISMISSED' and dismiss_reason is null")).isZero();
        assertThat(count("select count(*) from app_user where username like 'checker__'")).isEqualTo(20);
    }

    @Test
    void every_claim_quotes_its_article_exactly_where_its_offsets_say() throws SQLException {
        DeskGenerator.generate(url, 300, done -> { });

        assertThat(count("select count(*) from claim c join article a on a.id = c.article_id "
                + "where substring(a.body, c.start_offset + 1, c.end_offset - c.start_offset) <> c.quote_exact "
                + "or c.quote_exact <> c.statement")).isZero();
        assertThat(jdbc.queryForObject("select statement from claim order by id limit 1", String.class))
                .startsWith("The city council approved a budget").endsWith("article no. 1.");
    }

    @Test
    void history_and_sources_follow_each_claims_status() throws SQLException {
        DeskGenerator.generate(url, 2_000, done -> { });

        assertThat(count("select count(*) from claim c where status = 'APPROVED' and (select count(*) from activity "
                + "where claim_id = c.id and action = 'claim.status') <> 4")).isZero();
        assertThat(count("select count(*) from claim c where status = 'APPROVED' "
                + "and (select count(*) from source where claim_id = c.id) <> 3")).isZero();
        assertThat(count("select count(*) from claim c where status = 'CANDIDATE' "
                + "and exists (select 1 from activity where claim_id = c.id)")).isZero();
        assertThat(count("select count(*) from activity where action = 'article.extracted'")).isEqualTo(100);
        assertThat(count("select count(*) from claim_comment")).isPositive();
    }

    @Test
    void the_dashboards_counters_per_due_day_are_counted_after_the_bulk_inserts() throws SQLException {
        DeskGenerator.generate(url, 2_000, done -> { });

        long dated = count("select count(*) from claim where due_date is not null "
                + "and status not in ('APPROVED', 'DISMISSED')");
        assertThat(dated).isPositive();
        assertThat(count("select sum(n) from desk_counter where name like 'due:%'")).isEqualTo(dated);
        assertThat(count("select sum(n) from desk_counter where name like 'due-of:%'")).isEqualTo(count(
                "select count(*) from claim where due_date is not null and assignee is not null "
                        + "and status in ('TO_CHECK', 'IN_RESEARCH', 'IN_REVIEW')"));
        assertThat(count("select count(*) from desk_counter where name like 'due:%'")).isEqualTo(
                count("select count(distinct due_date) from claim where due_date is not null "
                        + "and status not in ('APPROVED', 'DISMISSED')"));
        assertThat(count("select count(*) from desk_counter where n = 0")).isZero();
    }

    @Test
    void a_second_run_adds_to_the_first_and_the_desk_inserts_after_it() throws SQLException {
        DeskGenerator.generate(url, 100, done -> { });
        DeskGenerator.generate(url, 100, done -> { });

        assertThat(count("select count(*) from claim")).isEqualTo(200);
        assertThat(count("select count(distinct article_id) from claim")).isEqualTo(10);
        assertThat(count("select count(*) from app_user where username = 'editor01'")).isEqualTo(1);
        jdbc.update("insert into article (title, body, language, imported_by, imported_at) "
                + "values ('New', 'Body', 'en', 'editor', current_timestamp)");
        assertThat(count("select max(id) from article")).isEqualTo(11);
    }
}
