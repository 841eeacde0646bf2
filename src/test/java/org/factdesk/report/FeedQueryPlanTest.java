package org.factdesk.report;

import org.factdesk.report.ReportQueryService;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The feed's {@code since} stays indexed: each part of the union starts from its table's review_modified_at index
 * (H2's plan names the index it reads), never from a scan of every claim.
 */
@SpringBootTest
class FeedQueryPlanTest {

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void each_table_a_claim_review_is_made_of_is_read_through_its_review_modified_index() {
        String sql = "select id from (" + ReportQueryService.CHANGED_SINCE + ") changed order by id";
        String plan = jdbc.queryForObject("explain " + sql.replace(":since",
                "timestamp with time zone '2026-01-01 00:00:00+00'"), String.class);

        String indexed = plan.replaceAll("\\s+", " ");

        assertThat(indexed).as(plan).contains(
                "IX_CLAIM_REVIEW_MODIFIED: STATUS = 'APPROVED' AND REVIEW_MODIFIED_AT >=",
                "IX_CLAIM_STATUS_ARTICLE: STATUS = 'APPROVED' AND ARTICLE_ID IN(",
                "IX_ARTICLE_REVIEW_MODIFIED: REVIEW_MODIFIED_AT >=",
                "IX_CLAIM_STATUS_RATING: STATUS = 'APPROVED' AND APPROVED_RATING_ID IN(",
                "IX_RATING_REVIEW_MODIFIED: REVIEW_MODIFIED_AT >=");
    }
}
