package org.factdesk.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The feed's reads stay indexed (H2's plan names the index it reads): what changed since comes from each table's
 * review_modified_at index and the approved claims' indexes by article and rating, never from a scan of every claim;
 * the next approved claims in id order come from an index in its order, never sorted.
 */
@SpringBootTest
class FeedQueryPlanTest {

    private static final String SINCE = "timestamp with time zone '2026-01-01 00:00:00+00'";

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void what_changed_since_is_read_through_the_review_modified_indexes() {
        assertThat(plan(ReportQueryService.CLAIMS_CHANGED.replace(":since", SINCE)))
                .contains("IX_CLAIM_REVIEW_MODIFIED: STATUS = 'APPROVED' AND REVIEW_MODIFIED_AT >=");
        assertThat(plan(ReportQueryService.TABLE_CHANGED.formatted("article").replace(":since", SINCE)))
                .contains("IX_ARTICLE_REVIEW_MODIFIED: REVIEW_MODIFIED_AT >=");
        assertThat(plan(ReportQueryService.TABLE_CHANGED.formatted("rating").replace(":since", SINCE)))
                .contains("IX_RATING_REVIEW_MODIFIED: REVIEW_MODIFIED_AT >=");
    }

    @Test
    void the_claims_of_changed_articles_and_ratings_are_looked_up_in_their_indexes() {
        assertThat(plan(ReportQueryService.CLAIMS_OF.formatted("article_id", 0).replace(":v0", "1")))
                .contains("IX_CLAIM_STATUS_ARTICLE: STATUS = 'APPROVED' AND ARTICLE_ID = CAST(1 AS BIGINT)");
        assertThat(plan(ReportQueryService.CLAIMS_OF.formatted("approved_rating_id", 0).replace(":v0", "2")))
                .contains("IX_CLAIM_STATUS_RATING: STATUS = 'APPROVED' AND APPROVED_RATING_ID = CAST(2 AS BIGINT)");
    }

    @Test
    void the_next_approved_claims_come_from_an_index_in_id_order_without_a_sort() {
        String plan = plan(ReportQueryService.NEXT_APPROVED.replace(":after", "0") + " fetch first 2000 rows only");

        assertThat(plan).contains("IX_CLAIM_STATUS_ID: STATUS = 'APPROVED' AND ID > ", "/* index sorted */");
    }

    private String plan(String sql) {
        return jdbc.queryForObject("explain " + sql, String.class).replaceAll("\\s+", " ");
    }
}
