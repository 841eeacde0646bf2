package org.factdesk.claim.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import org.factdesk.PageText;
import org.factdesk.workflow.AssignmentData;
import org.factdesk.claim.ClaimDetails;
import org.factdesk.claim.ClaimFixture;
import org.factdesk.claim.ClaimService;
import org.factdesk.claim.ClaimStatus;
import org.factdesk.comment.CommentItem;
import org.factdesk.comment.CommentService;
import org.factdesk.claim.Priority;
import org.factdesk.rating.RatingScaleService;
import org.factdesk.claim.ResearchService;
import org.factdesk.claim.SignedIn;
import org.factdesk.claim.VerdictData;
import org.factdesk.workflow.WorkflowService;
import org.factdesk.security.Colleague;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.annotation.Transactional;

/** The workflow section of the claim page: assigning, four eyes on approval, returning, reopening, watching. */
@SpringBootTest
@ExtendWith(SignedIn.class)
@Transactional
@ViewPackages(packages = "org.factdesk")
@WithUserDetails("editor")
class ClaimViewWorkflowTest extends SpringBrowserlessTest {

    @Autowired
    ClaimService claims;

    @Autowired
    ResearchService research;

    @Autowired
    WorkflowService workflow;

    @Autowired
    CommentService comments;

    @Autowired
    RatingScaleService ratings;

    @Autowired
    UserDetailsService users;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Clock clock;

    @PersistenceContext
    EntityManager entities;

    @Autowired
    ApplicationContext context;

    private long claimId;

    @BeforeEach
    void a_claim_to_check() {
        claimId = new ClaimFixture(context).seedClaimToCheck();
    }

    private ClaimDetails claim() {
        entities.flush();
        return research.details(claimId).orElseThrow();
    }

    private void open() {
        entities.flush();
        navigate("claims/" + claimId, ClaimView.class);
    }

    /** Assigned to {@code checker}, who proposes a verdict with a source and submits it; the editor signs in again. */
    private void inReviewProposedBy(String checker) {
        workflow.assign(claimId, claim().version(), new AssignmentData(checker, null, Priority.NORMAL));
        SignedIn.as(users, checker);
        research.take(claimId, claim().version());
        research.saveVerdict(claimId, claim().version(), new VerdictData(ratings.active().getFirst().id(),
                "Per INSEE."));
        jdbc.update("insert into source (claim_id, url, title, kind, reliability, created_by, created_at) "
                + "values (?, 'https://example.org', 'A source', 'OTHER', 'UNKNOWN', ?, current_timestamp)",
                claimId, checker);
        research.submit(claimId, claim().version());
        SignedIn.as(users, "editor");
    }

    @Test
    @SuppressWarnings("unchecked")
    void an_editor_assigns_the_claim_with_a_due_date_and_a_priority() {
        open();
        LocalDate due = LocalDate.now(clock).plusDays(4);

        ComboBox<Colleague> assignee = $(ComboBox.class).id("assign-to");
        test(assignee).selectItem("Chloé Checker");
        $(DatePicker.class).id("assign-due").setValue(due);
        test((Select<Priority>) $(Select.class).id("assign-priority")).selectItem("Urgent");
        test($(Button.class).id("assign-save")).click();

        ClaimDetails assigned = claim();
        assertThat(assigned.status()).as("waits for the checker to take it").isEqualTo(ClaimStatus.TO_CHECK);
        assertThat(assigned.assignee()).isEqualTo("checker");
        assertThat(assigned.dueDate()).isEqualTo(due);
        assertThat(assigned.priority()).isEqualTo(Priority.URGENT);
        assertThat(PageText.byId($(ClaimView.class).single(), "claim-priority").orElseThrow().text()).isEqualTo("Priority: Urgent");
        assertThat($(Button.class).id("claim-unassign").isVisible()).isTrue();
        String history = PageText.byId($(ClaimView.class).single(), "claim-page-history").orElseThrow().text();
        assertThat(history).as("people by their display names").contains("Eddie Editor", "Assigned to Chloé Checker")
                .doesNotContain("Assigned to checker");
    }

    @Test
    void the_desk_s_own_work_is_signed_by_the_application_not_a_system_username() {
        jdbc.update("insert into activity (occurred_at, actor, article_id, claim_id, action, after_value) "
                + "values (current_timestamp, 'system', (select article_id from claim where id = ?), ?, "
                + "'claim.overdue', '2026-01-05')", claimId, claimId);
        open();

        String history = PageText.byId($(ClaimView.class).single(), "claim-page-history").orElseThrow().text();
        assertThat(history).contains("FactDesk").doesNotContain("system");
    }

    @Test
    void a_checker_and_a_viewer_see_no_assignment_form_but_may_watch() {
        for (String username : new String[] {"checker", "viewer"}) {
            SignedIn.as(users, username);
            open();

            assertThat($(ComboBox.class).withId("assign-to").exists()).isFalse();
            assertThat($(Button.class).id("claim-watch").getText()).isEqualTo("Watch");
        }
        test($(Button.class).id("claim-watch")).click();

        assertThat($(Button.class).id("claim-watch").getText()).isEqualTo("Unwatch");
        assertThat(workflow.isWatching(claimId)).isTrue();
    }

    @Test
    void approval_is_disabled_with_the_four_eyes_reason_for_the_editor_who_proposed_the_verdict() {
        inReviewProposedBy("editor");

        open();

        Button approve = $(Button.class).id("claim-approve");
        assertThat(approve.isEnabled()).isFalse();
        assertThat($(Span.class).id("claim-approve-help").getText()).contains("Four eyes");
        assertThat($(Button.class).id("claim-return").isEnabled()).isTrue();
    }

    @Test
    void approve_first_shows_the_verdict_the_rationale_and_the_sources_to_be_published_and_cancel_publishes_nothing() {
        inReviewProposedBy("checker");
        open();

        test($(Button.class).id("claim-approve")).click();

        assertThat(claim().status()).as("one click publishes nothing").isEqualTo(ClaimStatus.IN_REVIEW);
        assertThat($(Paragraph.class).id("approve-verdict").getText())
                .contains(ratings.active().getFirst().labelEn());
        assertThat($(Paragraph.class).id("approve-rationale").getText()).isEqualTo("Per INSEE.");
        assertThat($(UnorderedList.class).id("approve-sources").getElement().getTextRecursively())
                .contains("A source", "https://example.org");
        test($(Button.class).id("approve-cancel")).click();
        assertThat(claim().status()).isEqualTo(ClaimStatus.IN_REVIEW);
        assertThat($(Button.class).withId("approve-confirm").exists()).isFalse();
    }

    @Test
    void another_editor_approves_and_sees_the_approved_verdict() {
        inReviewProposedBy("checker");
        open();

        test($(Button.class).id("claim-approve")).click();
        test($(Button.class).id("approve-confirm")).click();

        assertThat(claim().status()).isEqualTo(ClaimStatus.APPROVED);
        assertThat(PageText.byId($(ClaimView.class).single(), "claim-approved").orElseThrow().text()).contains("Eddie Editor");
        assertThat($(Button.class).id("claim-reopen").isVisible()).isTrue();
    }

    @Test
    void returning_to_research_asks_for_a_comment_and_posts_it() {
        inReviewProposedBy("checker");
        open();

        test($(Button.class).id("claim-return")).click();
        test($(Button.class).id("return-confirm")).click();
        assertThat($(TextArea.class).id("return-comment").isInvalid()).as("a comment is required").isTrue();
        assertThat(claim().status()).isEqualTo(ClaimStatus.IN_REVIEW);
        test($(TextArea.class).id("return-comment")).setValue("The second source says otherwise.");
        test($(Button.class).id("return-confirm")).click();

        assertThat(claim().status()).isEqualTo(ClaimStatus.IN_RESEARCH);
        assertThat(comments.list(claimId)).extracting(CommentItem::body)
                .contains("The second source says otherwise.");
    }

    @Test
    void reopening_an_approved_claim_with_a_reason_marks_it_corrected() {
        inReviewProposedBy("checker");
        workflow.approve(claimId, claim().version());
        open();

        test($(Button.class).id("claim-reopen")).click();
        test($(TextArea.class).id("reopen-reason")).setValue("A newer figure was published.");
        test($(Button.class).id("reopen-confirm")).click();

        assertThat(claim().status()).isEqualTo(ClaimStatus.IN_RESEARCH);
        assertThat(claim().corrected()).isTrue();
        assertThat(PageText.byId($(ClaimView.class).single(), "claim-corrected").orElseThrow().text()).isEqualTo("Corrected");
    }
}
