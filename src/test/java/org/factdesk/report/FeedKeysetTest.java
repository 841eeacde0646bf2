package org.factdesk.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.factdesk.article.ArticleData;
import org.factdesk.article.ArticleService;
import org.factdesk.claim.ClaimFixture;
import org.factdesk.claim.ClaimRow;
import org.factdesk.claim.SignedIn;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.annotation.Transactional;

/**
 * The ClaimReview feed by key (issue 15): whatever the page size, the claim it starts after and how many approved
 * claims it looks through before it asks the indexes of changes, a page holds exactly the claims the feed by page
 * number lists there (the union of the four kinds of change); the desk's settings changing publishes every claim.
 */
@SpringBootTest
@ExtendWith(SignedIn.class)
@Transactional
@WithUserDetails("editor")
class FeedKeysetTest {

    private static final Instant SINCE = Instant.parse("2026-03-01T00:00:00Z");
    private static final String BEFORE = "2026-02-01 00:00:00+00";
    private static final String AFTER = "2026-04-01 00:00:00+00";

    @Autowired
    ReportQueryService reports;
    @Autowired
    ArticleService articles;
    @Autowired
    ApplicationContext context;
    @Autowired
    JdbcTemplate jdbc;

    private final List<Long> approved = new ArrayList<>();
    private long otherArticle;
    private long otherRating;

    /**
     * Twelve claims of the seed article, ten approved, spread over two articles and two ratings, every change before
     * {@link #SINCE}; each test then changes some parts after it.
     */
    @BeforeEach
    void ten_approved_claims_unchanged_since() {
        List<ClaimRow> rows = new ClaimFixture(context).seedRows(12);
        assertThat(rows).hasSize(12);
        otherArticle = articles.importArticle(new ArticleData("Another article", "Crime fell by 20 % in 2025.", null,
                null, null, null, "en"));
        List<Long> ratings = jdbc.queryForList("select id from rating order by id", Long.class);
        otherRating = ratings.get(1);
        for (int i = 0; i < rows.size(); i++) {
            long id = rows.get(i).id();
            boolean isApproved = i % 6 != 5;
            jdbc.update("update claim set status = ?, approved_rating_id = ?, review_modified_at = cast(? as "
                            + "timestamp with time zone) where id = ?", isApproved ? "APPROVED" : "TO_CHECK",
                    i % 3 == 0 ? otherRating : ratings.getFirst(), BEFORE, id);
            if (i % 4 == 1) {
                jdbc.update("update claim set article_id = ? where id = ?", otherArticle, id);
            }
            if (isApproved) {
                approved.add(id);
            }
        }
        approved.sort(Long::compare);
        jdbc.update("update article set review_modified_at = cast(? as timestamp with time zone)", BEFORE);
        jdbc.update("update rating set review_modified_at = cast(? as timestamp with time zone)", BEFORE);
        jdbc.update("update desk_settings set review_modified_at = cast(? as timestamp with time zone)", BEFORE);
    }

    @Test
    void nothing_changed_since_gives_empty_pages() {
        assertThat(reports.approvedSince(SINCE, 0, 100)).isEmpty();
        assertKeysetPagesMatchTheUnion(List.of());
    }

    @Test
    void a_claim_an_article_or_a_rating_changed_since_puts_its_approved_claims_on_the_feed() {
        // Two claims changed themselves, the other article changed, and one rating changed.
        jdbc.update("update claim set review_modified_at = cast(? as timestamp with time zone) where id in (?, ?)",
                AFTER, approved.get(2), approved.get(7));
        jdbc.update("update article set review_modified_at = cast(? as timestamp with time zone) where id = ?",
                AFTER, otherArticle);
        List<Long> expected = jdbc.queryForList("select id from claim where status = 'APPROVED' and (id in (?, ?) "
                + "or article_id = ?) order by id", Long.class, approved.get(2), approved.get(7), otherArticle);
        assertThat(expected).hasSizeBetween(3, approved.size() - 1);
        assertKeysetPagesMatchTheUnion(expected);

        jdbc.update("update rating set review_modified_at = cast(? as timestamp with time zone) where id = ?", AFTER,
                otherRating);
        List<Long> withRating = jdbc.queryForList("select id from claim where status = 'APPROVED' and (id in (?, ?) "
                        + "or article_id = ? or approved_rating_id = ?) order by id", Long.class, approved.get(2),
                approved.get(7), otherArticle, otherRating);
        assertThat(withRating).hasSizeGreaterThan(expected.size());
        assertKeysetPagesMatchTheUnion(withRating);
    }

    @Test
    void the_desk_s_settings_changed_since_put_every_approved_claim_on_the_feed() {
        jdbc.update("update desk_settings set review_modified_at = cast(? as timestamp with time zone)", AFTER);

        assertKeysetPagesMatchTheUnion(approved);
        assertThat(reports.countApprovedSince(SINCE)).isEqualTo(approved.size());
    }

    @Test
    void a_since_finer_than_the_database_s_microseconds_reads_the_same_by_key_and_by_number() {
        jdbc.update("update claim set review_modified_at = timestamp with time zone '2026-03-01 00:00:00.000001+00' "
                + "where id = ?", approved.get(4));
        Instant finer = Instant.parse("2026-03-01T00:00:00.000001500Z");

        List<Long> byNumber = reports.approvedSince(finer, 0, 100).stream().map(ReportedClaim::id).toList();
        assertThat(byNumber).containsExactly(approved.get(4));
        for (int window : List.of(1, 100)) {
            assertThat(reports.changedAfter(finer, 0, 2, window)).as("window %d", window).isEqualTo(byNumber);
        }
    }

    /**
     * Every page by key, from the top and after every approved claim, with page sizes and windows from one claim to
     * more than all of them, equals the same slice of the feed by page number, which equals {@code expected}.
     */
    private void assertKeysetPagesMatchTheUnion(List<Long> expected) {
        List<Long> byNumber = reports.approvedSince(SINCE, 0, 100).stream().map(ReportedClaim::id).toList();
        assertThat(byNumber).isEqualTo(expected);
        assertThat(reports.countApprovedSince(SINCE)).isEqualTo(expected.size());
        List<Long> afters = new ArrayList<>(List.of(0L));
        afters.addAll(approved);
        for (long after : afters) {
            for (int size : List.of(1, 2, 3, 100)) {
                List<Long> slice = expected.stream().filter(id -> id > after).limit(size).toList();
                for (int window : List.of(1, 2, 3, 5, 100)) {
                    assertThat(reports.changedAfter(SINCE, after, size, window))
                            .as("after %d, size %d, window %d", after, size, window).isEqualTo(slice);
                }
            }
        }
        ReportQueryService.FeedPage first = reports.approvedSinceAfter(SINCE, 0, 100, true);
        assertThat(first.claims()).extracting(ReportedClaim::id).isEqualTo(expected);
        assertThat(first.total()).isEqualTo(expected.size());
        assertThat(reports.approvedSinceAfter(SINCE, 0, 100, false).total()).isNull();
    }
}
