package org.factdesk.workflow.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import java.time.Instant;
import java.util.List;
import org.factdesk.base.ui.AccessDeniedView;
import org.factdesk.claim.ClaimRow;
import org.factdesk.rating.RatingScaleService;
import org.factdesk.workflow.ReviewItem;
import org.factdesk.workflow.ReviewQueueService;
import org.factdesk.claim.SignedIn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.annotation.Transactional;

/** The editors' review queue: claims in review, the oldest submission first, a row opening its claim. */
@SpringBootTest
@ExtendWith(SignedIn.class)
@Transactional
@ViewPackages(packages = "org.factdesk")
@WithUserDetails("editor")
class ReviewQueueViewTest extends SpringBrowserlessTest {

    @Autowired
    ReviewQueueService queue;

    @Autowired
    RatingScaleService ratings;

    @Autowired
    UserDetailsService users;

    @Autowired
    JdbcTemplate jdbc;

    @RegisterExtension
    final DeskClaims desk = new DeskClaims();

    /** Selects, assigns to the checker, who proposes a verdict with a source and submits it at {@code when}. */
    private long inReview(ClaimRow row, Instant when) {
        return desk.inReview(row, when);
    }

    private List<ClaimRow> seedClaims() {
        return desk.seed().subList(0, 2);
    }

    @SuppressWarnings("unchecked")
    private Grid<ReviewItem> grid() {
        return $(Grid.class).id("review-grid");
    }

    @Test
    void with_nothing_in_review_the_menu_shows_no_count() {
        navigate(ReviewQueueView.class);

        assertThat($(Span.class).withId("nav-review-count").exists()).as("hidden while nothing waits").isFalse();
    }

    @Test
    void the_menu_shows_how_many_verdicts_wait_for_review() {
        List<ClaimRow> rows = seedClaims();
        inReview(rows.get(0), Instant.parse("2026-03-02T10:00:00Z"));
        inReview(rows.get(1), Instant.parse("2026-03-01T10:00:00Z"));
        navigate(ReviewQueueView.class);

        Span count = $(Span.class).id("nav-review-count");
        assertThat(count.isVisible()).isTrue();
        assertThat(count.getText()).isEqualTo("2");
        assertThat(count.getElement().getAttribute("title")).isEqualTo("2 verdicts wait for review");
    }

    @Test
    void above_999_waiting_the_menu_says_999_plus_and_counts_no_further() {
        long waiting = inReview(seedClaims().get(0), Instant.parse("2026-03-02T10:00:00Z"));
        // A thousand more copies of that claim in review, by SQL (rolled back with the test).
        String columns = String.join(", ", jdbc.queryForList("select column_name from information_schema.columns "
                + "where table_name = 'CLAIM' and column_name <> 'ID' order by ordinal_position", String.class));
        jdbc.update("insert into claim (" + columns + ") select " + columns
                + " from claim, system_range(1, 1000) where claim.id = ?", waiting);
        navigate(ReviewQueueView.class);

        Span count = $(Span.class).id("nav-review-count");
        assertThat(count.getText()).isEqualTo("999+");
        assertThat(count.getElement().getAttribute("title")).isEqualTo("More than 999 verdicts wait for review");
    }

    @Test
    void a_checker_has_no_review_count_in_the_menu() {
        SignedIn.as(users, "checker");
        navigate(MyTasksView.class);

        assertThat($(Span.class).withId("nav-review-count").exists()).isFalse();
    }

    @Test
    void the_count_reads_the_status_index_not_every_claim() {
        String plan = jdbc.queryForObject("explain select id from claim where status = 'IN_REVIEW' fetch first 1000 "
                + "rows only", String.class).replaceAll("\\s+", " ");

        assertThat(plan).as(plan).contains("IX_CLAIM_STATUS");
    }

    @Test
    void the_queue_lists_claims_in_review_oldest_submission_first() {
        List<ClaimRow> rows = seedClaims();
        long newer = inReview(rows.get(0), Instant.parse("2026-03-02T10:00:00Z"));
        long older = inReview(rows.get(1), Instant.parse("2026-03-01T10:00:00Z"));

        UI.getCurrent().navigate("review");

        assertThat(test(grid()).size()).isEqualTo(2);
        assertThat(test(grid()).getRow(0).id()).isEqualTo(older);
        assertThat(test(grid()).getRow(1).id()).isEqualTo(newer);
        assertThat(ClaimCells.statement(grid(), 0, test(grid()).getRow(0))).isEqualTo(rows.get(1).statement());
        assertThat(ClaimCells.article(grid(), 0, test(grid()).getRow(0))).startsWith("Le dirigeant russe");
        assertThat(test(grid()).getCellText(0, 1)).isEqualTo("Chloé Checker");
        assertThat(test(grid()).getCellText(0, 3)).isEqualTo(ratings.active().getFirst().labelEn());
    }

    @Test
    void clicking_a_row_opens_its_claim() {
        long id = inReview(seedClaims().getFirst(), Instant.parse("2026-03-01T10:00:00Z"));
        UI.getCurrent().navigate("review");

        test(grid()).clickRow(0);

        assertThat(UI.getCurrent().getActiveViewLocation().getPath()).isEqualTo("claims/" + id);
    }

    @Test
    void an_empty_queue_says_so() {
        UI.getCurrent().navigate("review");

        assertThat(test(grid()).size()).isZero();
        assertThat(grid().getEmptyStateText()).isEqualTo("No claim is waiting for review.");
    }

    @Test
    void a_checker_cannot_open_the_review_queue_nor_read_it() {
        SignedIn.as(users, "checker");
        UI.getCurrent().navigate("review");

        assertThat(getCurrentView()).isInstanceOf(AccessDeniedView.class);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> queue.countUpTo(1))
                .isInstanceOf(AccessDeniedException.class);
    }
}
