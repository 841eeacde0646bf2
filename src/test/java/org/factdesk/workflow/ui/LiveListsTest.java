package org.factdesk.workflow.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.QueryParameters;
import java.util.Set;
import java.util.function.BooleanSupplier;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.factdesk.PageText;
import org.factdesk.workflow.AssignmentData;
import org.factdesk.claim.ClaimListItem;
import org.factdesk.claim.ClaimService;
import org.factdesk.comment.CommentService;
import org.factdesk.claim.CommittedArticle;
import org.factdesk.claim.Live;
import org.factdesk.claim.Priority;
import org.factdesk.rating.RatingScaleService;
import org.factdesk.source.Reliability;
import org.factdesk.claim.ResearchService;
import org.factdesk.workflow.ReviewItem;
import org.factdesk.claim.SignedIn;
import org.factdesk.source.SourceData;
import org.factdesk.source.SourceKind;
import org.factdesk.source.SourceService;
import org.factdesk.claim.VerdictData;
import org.factdesk.workflow.WorkflowService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.test.context.support.WithUserDetails;

/**
 * My tasks, the review queue, the claims list and the bell follow colleagues' committed changes without a reload. No
 * test transaction, since only commits are pushed: the test's own article (both claims selected, to check) and its
 * notifications go away afterwards.
 */
@SpringBootTest
@ExtendWith(SignedIn.class)
@ViewPackages(packages = "org.factdesk")
@WithUserDetails("editor")
class LiveListsTest extends SpringBrowserlessTest {

    @Autowired
    ClaimService claims;

    @Autowired
    WorkflowService workflow;

    @Autowired
    ResearchService research;

    @Autowired
    SourceService sources;

    @Autowired
    RatingScaleService ratings;

    @Autowired
    CommentService comments;

    @Autowired
    UserDetailsService users;

    @Autowired
    ApplicationContext context;

    private CommittedArticle article;

    @BeforeEach
    void two_claims_to_check() {
        article = CommittedArticle.importedBy(context);
        claims.select(article.claim(), version(article.claim()));
        claims.select(article.otherClaim(), version(article.otherClaim()));
    }

    @AfterEach
    void remove_the_article() {
        // Leaving the page ends its subscription, so no update still on its way runs after the user signed out.
        UI.getCurrent().navigate("login");
        SignedIn.out();
        article.remove();
    }

    @Test
    void my_tasks_shows_a_claim_a_colleague_assigns_without_a_reload() {
        SignedIn.as(users, "checker");
        navigate(MyTasksView.class);
        Grid<ClaimListItem> grid = grid("tasks-grid");
        assertThat(ids(grid)).doesNotContain(article.claim());

        by("editor", () -> assign(article.claim()));

        awaitLive(() -> ids(grid).contains(article.claim()), "the assigned claim in My tasks");
    }

    @Test
    void the_dashboard_counts_again_when_a_checker_takes_a_claim() {
        assign(article.claim());
        navigate(DashboardView.class);
        String before = toCheck();

        by("checker", () -> research.take(article.claim(), version(article.claim())));

        awaitLive(() -> !toCheck().equals(before), "the new number of claims to check on the dashboard");
        assertThat(Integer.parseInt(toCheck())).isEqualTo(Integer.parseInt(before) - 1);
    }

    private String toCheck() {
        return PageText.byId($(DashboardView.class).single(), "status-count-TO_CHECK").orElseThrow().text();
    }

    /** The checker takes the claim, adds a source and a verdict, and submits it for review. */
    private void submittedByTheChecker() {
        by("checker", () -> {
            research.take(article.claim(), version(article.claim()));
            sources.add(article.claim(), new SourceData("https://example.org/jobs", "Jobs report", null,
                    SourceKind.OFFICIAL_STATISTICS, null, null, Reliability.HIGH, null));
            research.saveVerdict(article.claim(), version(article.claim()),
                    new VerdictData(ratings.active().getFirst().id(), "The report says so."));
            research.submit(article.claim(), version(article.claim()));
        });
    }

    @Test
    void the_review_queue_shows_a_submission_without_a_reload() {
        assign(article.claim());
        navigate(ReviewQueueView.class);
        Grid<ReviewItem> grid = grid("review-grid");
        assertThat(reviewIds(grid)).doesNotContain(article.claim());

        submittedByTheChecker();

        awaitLive(() -> reviewIds(grid).contains(article.claim()), "the submitted claim in the review queue");
    }

    @Test
    void the_review_count_in_the_menu_follows_a_submission_and_is_not_counted_again_on_every_page() {
        assign(article.claim());
        navigate(ReviewQueueView.class);
        long before = reviewCount();

        submittedByTheChecker();
        awaitLive(() -> reviewCount() == before + 1, "the new review count in the menu");

        // A change that tells no page (as no change of the app does): only a count on navigation would see it.
        JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
        jdbc.update("update claim set status = 'IN_REVIEW' where id = ?", article.otherClaim());
        try {
            UI.getCurrent().navigate("claims");
            UI.getCurrent().navigate("articles");
            assertThat(reviewCount()).as("the frame stays, the count is not read again").isEqualTo(before + 1);
        } finally {
            jdbc.update("update claim set status = 'TO_CHECK' where id = ?", article.otherClaim());
        }
    }

    private long reviewCount() {
        return $(Span.class).withId("nav-review-count").exists()
                ? Long.parseLong($(Span.class).id("nav-review-count").getText()) : 0;
    }

    @Test
    void the_claims_list_shows_a_change_and_keeps_the_editors_selection() {
        UI.getCurrent().navigate("claims", QueryParameters.fromString("article=" + article.id()));
        Grid<ClaimListItem> grid = grid("claims-grid");
        test(grid).select(row(grid, article.claim()));
        test(grid).select(row(grid, article.otherClaim()));

        by("checker", () -> research.take(article.otherClaim(), version(article.otherClaim())));

        awaitLive(() -> status(grid, article.otherClaim()).equals("In research"), "the claim the checker took");
        assertThat(grid.getSelectedItems()).extracting(ClaimListItem::id)
                .containsExactlyInAnyOrder(article.claim(), article.otherClaim());
        assertThat(grid.getSelectionModel().isSelected(test(grid).getRow(row(grid, article.otherClaim()))))
                .as("the changed row, as read again, is still shown selected").isTrue();
        assertThat($(Button.class).id("assign-selected").isEnabled()).isTrue();
    }

    @Test
    void the_bell_counts_a_notification_as_it_arrives() {
        SignedIn.as(users, "checker");
        UI.getCurrent().navigate("login");
        UI.getCurrent().navigate("articles");
        assertThat($(Span.class).withId("notification-count").exists()).isFalse();

        by("editor", () -> comments.post(article.claim(), "@checker could you take this one?", Set.of()));

        awaitLive(() -> $(Span.class).withId("notification-count").exists(), "the unread count");
        assertThat($(Span.class).id("notification-count").getText()).isEqualTo("1");
        assertThat($(Button.class).id("notification-bell").getAriaLabel()).contains("Notifications, 1 unread");
    }

    private void assign(long claimId) {
        workflow.assign(claimId, version(claimId), new AssignmentData("checker", null, Priority.NORMAL));
    }

    /** A colleague acts; then the page's own user is signed in again. */
    private void by(String colleague, Runnable action) {
        SignedIn.by(users, colleague, action);
    }

    private void awaitLive(BooleanSupplier shown, String what) {
        Live.await(() -> roundTrip(), shown, what);
    }

    private long version(long claimId) {
        return claims.find(claimId).orElseThrow().version();
    }

    @SuppressWarnings("unchecked")
    private <T> Grid<T> grid(String id) {
        return $(Grid.class).id(id);
    }

    private Set<Long> ids(Grid<ClaimListItem> grid) {
        return IntStream.range(0, test(grid).size()).mapToObj(i -> test(grid).getRow(i).id())
                .collect(Collectors.toSet());
    }

    private Set<Long> reviewIds(Grid<ReviewItem> grid) {
        return IntStream.range(0, test(grid).size()).mapToObj(i -> test(grid).getRow(i).id())
                .collect(Collectors.toSet());
    }

    private int row(Grid<ClaimListItem> grid, long claimId) {
        return IntStream.range(0, test(grid).size()).filter(i -> test(grid).getRow(i).id() == claimId).findFirst()
                .orElseThrow();
    }

    private String status(Grid<ClaimListItem> grid, long claimId) {
        // The status column is drawn in the browser from the row's label (a Lit template).
        return ClaimCells.property(grid, "status", test(grid).getRow(row(grid, claimId)), "statusLabel");
    }
}
