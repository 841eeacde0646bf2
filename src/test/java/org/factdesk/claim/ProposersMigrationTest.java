package org.factdesk.claim;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * V14 on a desk that ran the old rule: the proposers of open claims are rebuilt from the history since their last
 * approval (verdict and source changes, submissions), and approved claims have none. One connection throughout, so
 * that the test does not depend on H2's check-constraint bug (issue 10, section 1).
 */
class ProposersMigrationTest {

    private final SingleConnectionDataSource database = new SingleConnectionDataSource(
            "jdbc:h2:mem:v14-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1", "sa", "", true);
    private final JdbcTemplate jdbc = new JdbcTemplate(database);

    @AfterEach
    void close() {
        jdbc.execute("shutdown");
        database.destroy();
    }

    @Test
    void the_proposers_since_the_last_approval_are_rebuilt_from_the_history() {
        migrate("11");
        jdbc.update("insert into article (title, body, language, imported_by, imported_at) values "
                + "('T', 'Body text here.', 'en', 'editor', timestamp with time zone '2026-01-01 00:00:00+00')");
        long article = jdbc.queryForObject("select max(id) from article", Long.class);
        long open = claim(article, "IN_REVIEW", null);
        long approved = claim(article, "APPROVED", "2026-01-05 00:00:00+00");
        long reopened = claim(article, "IN_RESEARCH", "2026-01-05 00:00:00+00");
        // The old rule forgot everyone but the last submitter when the claim entered research.
        jdbc.update("insert into claim_proposer (claim_id, username) values (?, 'checker'), (?, 'checker')",
                open, approved);
        activity(open, "editor", "claim.verdict", null, "2026-01-02");
        activity(open, "editor2", "source.removed", "17", "2026-01-03");
        activity(open, "viewer", "comment.posted", null, "2026-01-03");
        activity(open, "editor", "claim.status", "assign", "2026-01-03");
        activity(open, "checker", "claim.status", "submit", "2026-01-04");
        activity(approved, "editor", "claim.verdict", null, "2026-01-02");
        activity(reopened, "editor", "claim.verdict", null, "2026-01-02");
        activity(reopened, "checker", "source.updated", "3", "2026-01-06");
        activity(reopened, "system", "claim.verdict", null, "2026-01-07");

        migrate("14");

        assertThat(proposers(open)).containsExactly("checker", "editor", "editor2");
        assertThat(proposers(approved)).isEmpty();
        assertThat(proposers(reopened)).as("only since the last approval").containsExactly("checker");
    }

    private void migrate(String target) {
        Flyway.configure().dataSource(database).locations("classpath:db/migration").target(target).load().migrate();
    }

    private long claim(long article, String status, String approvedAt) {
        jdbc.update("insert into claim (article_id, part, start_offset, end_offset, quote_exact, quote_prefix, "
                + "quote_suffix, statement, origin, status, created_by, created_at, updated_at, approved_at) values "
                + "(?, 'BODY', 0, 4, 'Body', '', '', 'Body', 'EXTRACTED', ?, 'system', current_timestamp, "
                + "current_timestamp, cast(? as timestamp with time zone))", article, status, approvedAt);
        return jdbc.queryForObject("select max(id) from claim", Long.class);
    }

    private void activity(long claim, String actor, String action, String detail, String day) {
        jdbc.update("insert into activity (occurred_at, actor, article_id, claim_id, action, detail) "
                + "select cast(? as timestamp with time zone), ?, article_id, id, ?, ? from claim where id = ?",
                day + " 12:00:00+00", actor, action, detail, claim);
    }

    private List<String> proposers(long claim) {
        return jdbc.queryForList("select username from claim_proposer where claim_id = ? order by username",
                String.class, claim);
    }
}
