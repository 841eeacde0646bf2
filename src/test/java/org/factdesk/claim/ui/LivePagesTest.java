package org.factdesk.claim.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.Set;
import java.util.function.BooleanSupplier;
import java.util.stream.IntStream;
import org.factdesk.PageText;
import org.factdesk.workflow.AssignmentData;
import org.factdesk.claim.ClaimRow;
import org.factdesk.claim.ClaimService;
import org.factdesk.comment.CommentService;
import org.factdesk.claim.CommittedArticle;
import org.factdesk.claim.Live;
import org.factdesk.claim.Priority;
import org.factdesk.claim.ResearchService;
import org.factdesk.claim.SignedIn;
import org.factdesk.claim.VerdictData;
import org.factdesk.workflow.WorkflowService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.test.context.support.WithUserDetails;

/**
 * The claim page and the article workspace follow a colleague's committed change without a reload, and never
 * overwrite what the user is typing. No test transaction, since only commits are pushed: the test's own article goes
 * away afterwards. The page belongs to the user signed in last; a colleague acts in between.
 */
@SpringBootTest
@ExtendWith(SignedIn.class)
@ViewPackages(packages = "org.factdesk")
@WithUserDetails("editor")
class LivePagesTest extends SpringBrowserlessTest {

    @Autowired
    ClaimService claims;

    @Autowired
    WorkflowService workflow;

    @Autowired
    CommentService comments;

    @Autowired
    ResearchService research;

    @Autowired
    UserDetailsService users;

    @Autowired
    ApplicationContext context;

    private CommittedArticle article;

    /** The article's claim is assigned to the checker, who took it; its other claim is still a candidate. */
    @BeforeEach
    void a_claim_assigned_to_the_checker() {
        article = CommittedArticle.importedBy(context);
        claims.select(article.claim(), version(article.claim()));
        workflow.assign(article.claim(), version(article.claim()), new AssignmentData("checker", null,
                Priority.NORMAL));
        by("checker", () -> research.take(article.claim(), version(article.claim())));
    }

    @AfterEach
    void remove_the_article() {
        // Leaving the page ends its subscription, so no update still on its way runs after the user signed out.
        UI.getCurrent().navigate("login");
        SignedIn.out();
        article.remove();
    }

    @Test
    void the_claim_page_shows_a_colleagues_change_without_a_reload() {
        SignedIn.as(users, "checker");
        navigate("claims/" + article.claim(), ClaimView.class);
        assertThat(priority()).contains("Normal");

        by("editor", () -> reprioritise(Priority.URGENT));

        awaitLive(() -> priority().contains("Urgent"), "the new priority");
        assertThat(notice()).as("nothing of the checker's was kept, so there is nothing to reload").isFalse();
    }

    @Test
    void a_verdict_being_written_stays_through_a_change_elsewhere_and_is_saved_against_it() {
        SignedIn.as(users, "checker");
        navigate("claims/" + article.claim(), ClaimView.class);
        test(rationale()).setValue("My rationale, typed while the editor moved the priority");

        by("editor", () -> reprioritise(Priority.URGENT));

        awaitLive(() -> priority().contains("Urgent"), "the new priority around the kept verdict");
        assertThat(rationale().getValue()).isEqualTo("My rationale, typed while the editor moved the priority");
        assertThat(notice()).as("the change did not touch the verdict: no conflict").isFalse();

        test($(Button.class).id("verdict-save")).click();

        assertThat(research.details(article.claim()).orElseThrow().rationale())
                .isEqualTo("My rationale, typed while the editor moved the priority");
        assertThat(research.details(article.claim()).orElseThrow().priority()).isEqualTo(Priority.URGENT);
    }

    @Test
    void a_verdict_being_written_that_a_colleague_also_changed_stays_and_a_notice_offers_their_version() {
        SignedIn.as(users, "checker");
        navigate("claims/" + article.claim(), ClaimView.class);
        test(rationale()).setValue("Half of my rationale");

        by("editor", () -> research.saveVerdict(article.claim(), version(article.claim()),
                new VerdictData(null, "The editor's rationale")));

        awaitLive(this::notice, "a notice that the verdict changed under the edit");
        assertThat(rationale().getValue()).isEqualTo("Half of my rationale");
        assertThat($(Span.class, $(Notification.class).id("live-notice")).first().getText())
                .isEqualTo("Eddie Editor changed this claim while you were editing it. Your edits are still here; "
                        + "Reload shows the new version instead.");

        test($(Button.class).id("live-reload")).click();

        assertThat(rationale().getValue()).isEqualTo("The editor's rationale");
        assertThat(notice()).isFalse();
    }

    @Test
    void a_comment_being_typed_stays_while_the_colleagues_comment_appears() {
        SignedIn.as(users, "checker");
        navigate("claims/" + article.claim(), ClaimView.class);
        test($(TextArea.class).id("comment-body")).setValue("My half-written comment");

        by("editor", () -> comments.post(article.claim(), "Look at the 2022 figure first.", Set.of()));

        awaitLive(() -> PageText.blocks($(ClaimView.class).single()).stream()
                .anyMatch(block -> block.select(".fd-comment-body").text().equals("Look at the 2022 figure first.")),
                "the colleague's comment");
        assertThat($(TextArea.class).id("comment-body").getValue()).isEqualTo("My half-written comment");
        assertThat(notice()).as("the thread is up to date: nothing to reload").isFalse();
    }

    @Test
    void a_colleague_reading_the_workspace_sees_a_claim_selected_and_keeps_their_own_selection() {
        SignedIn.as(users, "checker");
        navigate("articles/" + article.id(), ArticleWorkspaceView.class);
        test(grid()).select(row(article.claim()));
        assertThat(status(article.otherClaim())).isEqualTo("Candidate");
        int candidates = numbers("fd-status-candidate");

        by("editor", () -> claims.select(article.otherClaim(), version(article.otherClaim())));

        awaitLive(() -> status(article.otherClaim()).equals("To check"), "the claim the editor selected");
        assertThat(grid().asSingleSelect().getValue().id()).isEqualTo(article.claim());
        assertThat(grid().getSelectionModel().isSelected(test(grid()).getRow(row(article.claim()))))
                .as("the row, as read again, is still shown selected").isTrue();
        assertThat(numbers("fd-status-candidate")).as("the text's numbers follow").isEqualTo(candidates - 1);
        assertThat(numbers("fd-status-to_check")).isOne();
    }

    @Test
    void an_editor_rewording_a_claim_keeps_the_words_through_a_verdict_and_saves_them_against_it() {
        navigate("articles/" + article.id(), ArticleWorkspaceView.class);
        test(grid()).select(row(article.claim()));
        test($(TextArea.class).id("claim-statement")).setValue("My better wording");

        by("checker", () -> research.saveVerdict(article.claim(), version(article.claim()),
                new VerdictData(null, "Checked against the jobs report.")));
        // Seen once the editor's own later change shows: every refresh reads the claims as they are by then.
        claims.select(article.otherClaim(), version(article.otherClaim()));

        awaitLive(() -> status(article.otherClaim()).equals("To check"), "the later change");
        assertThat($(TextArea.class).id("claim-statement").getValue()).isEqualTo("My better wording");
        assertThat(notice()).isFalse();

        test($(Button.class).id("claim-reword")).click();

        assertThat(claims.find(article.claim()).orElseThrow().statement()).isEqualTo("My better wording");
    }

    @Test
    void an_editor_rewording_a_claim_a_colleague_takes_keeps_the_words_and_is_offered_a_reload() {
        claims.select(article.otherClaim(), version(article.otherClaim()));
        navigate("articles/" + article.id(), ArticleWorkspaceView.class);
        test(grid()).select(row(article.otherClaim()));
        test($(TextArea.class).id("claim-statement")).setValue("My better wording");

        by("checker", () -> research.take(article.otherClaim(), version(article.otherClaim())));

        awaitLive(this::notice, "a notice that the claim changed under the edit");
        assertThat($(TextArea.class).id("claim-statement").getValue()).isEqualTo("My better wording");
        assertThat(grid().asSingleSelect().getValue().id()).isEqualTo(article.otherClaim());
        assertThat(status(article.otherClaim())).isEqualTo("In research");

        test($(Button.class).id("live-reload")).click();

        assertThat($(TextArea.class).id("claim-statement").getValue()).isEqualTo(CommittedArticle.OTHER_SENTENCE);
    }

    private void reprioritise(Priority priority) {
        workflow.assign(article.claim(), version(article.claim()), new AssignmentData("checker", null, priority));
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

    private String priority() {
        return PageText.byId($(ClaimView.class).single(), "claim-priority").orElseThrow().text();
    }

    private TextArea rationale() {
        return $(TextArea.class).id("verdict-rationale");
    }

    private boolean notice() {
        return $(Notification.class).withId("live-notice").exists();
    }

    @SuppressWarnings("unchecked")
    private Grid<ClaimRow> grid() {
        return $(Grid.class).id("claims-grid");
    }

    private int row(long claimId) {
        return IntStream.range(0, test(grid()).size()).filter(i -> test(grid()).getRow(i).id() == claimId)
                .findFirst().orElseThrow();
    }

    private int numbers(String statusClass) {
        return $(Span.class).withClassName("fd-num").withClassName(statusClass).all().size();
    }

    private String status(long claimId) {
        int column = grid().getColumns().indexOf(grid().getColumnByKey("status"));
        return ((Span) test(grid()).getCellComponent(row(claimId), column)).getText();
    }
}
