package org.factdesk.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import jakarta.persistence.EntityManager;
import jakarta.validation.ConstraintViolationException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.factdesk.article.ArticleService;
import org.factdesk.base.RefusedException;
import org.factdesk.claim.ActivityEntry;
import org.factdesk.claim.ClaimDetails;
import org.factdesk.claim.ClaimQueryService;
import org.factdesk.claim.ClaimRow;
import org.factdesk.claim.ClaimService;
import org.factdesk.claim.ClaimStatus;
import org.factdesk.comment.CommentItem;
import org.factdesk.comment.CommentService;
import org.factdesk.claim.Priority;
import org.factdesk.claim.ResearchService;
import org.factdesk.claim.SeedArticle;
import org.factdesk.claim.SignedIn;
import org.factdesk.claim.VerdictData;
import org.factdesk.notification.NotificationItem;
import org.factdesk.notification.NotificationKind;
import org.factdesk.notification.NotificationService;
import org.factdesk.rating.RatingScaleService;
import org.factdesk.security.NewUserData;
import org.factdesk.security.Role;
import org.factdesk.security.UserService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.annotation.Transactional;

/** The desk's workflow through its service: assignment, four-eyes review, return, reopen, watchers, and roles. */
@SpringBootTest
@ExtendWith(SignedIn.class)
@Transactional
@WithUserDetails("editor")
class WorkflowServiceTest {

    @Autowired
    WorkflowService workflow;

    @Autowired
    ResearchService research;

    @Autowired
    ClaimService claims;

    @Autowired
    ClaimQueryService queries;

    @Autowired
    CommentService comments;

    /** Flushes the claims' changes before SQL reads them: the claim's repository is the claim feature's own. */
    @Autowired
    EntityManager entities;

    @Autowired
    RatingScaleService ratings;

    @Autowired
    ArticleService articles;

    @Autowired
    UserService userService;

    @Autowired
    NotificationService notifications;

    @Autowired
    UserDetailsService users;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Clock clock;

    private long claimId;
    private List<ClaimRow> rows;

    /** The seed article's first claim, selected by the editor: TO_CHECK, nobody's yet. */
    @BeforeEach
    void a_claim_to_check() {
        long article = articles.list(SeedArticle.TITLE, PageRequest.of(0, 1)).getFirst().id();
        rows = claims.list(article, PageRequest.of(0, 3));
        claims.select(rows.getFirst().id(), rows.getFirst().version());
        claimId = rows.getFirst().id();
    }

    private ClaimDetails claim() {
        return research.details(claimId).orElseThrow();
    }

    private long version() {
        entities.flush();
        return claim().version();
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    private void assign(String username) {
        workflow.assign(claimId, version(), new AssignmentData(username, today().plusDays(3), Priority.HIGH));
    }

    /** As {@code checker}: assigned, a verdict with a source, submitted; then the editor is signed in again. */
    private void inReviewProposedBy(String checker) {
        assign(checker);
        SignedIn.as(users, checker);
        research.take(claimId, version());
        research.saveVerdict(claimId, version(), new VerdictData(ratings.active().getFirst().id(), "Per INSEE."));
        jdbc.update("insert into source (claim_id, url, title, kind, reliability, created_by, created_at) "
                + "values (?, 'https://example.org', 'A source', 'OTHER', 'UNKNOWN', ?, current_timestamp)",
                claimId, checker);
        research.submit(claimId, version());
        SignedIn.as(users, "editor");
    }

    private List<NotificationItem> notificationsOf(String username) {
        entities.flush();
        SignedIn.as(users, username);
        List<NotificationItem> mine = notifications.mine(NotificationService.LIMIT_MAX).stream()
                .filter(item -> item.claimId() == claimId).toList();
        SignedIn.as(users, "editor");
        return mine;
    }

    /** A second editor, created by the administrator, who does not watch the claim. */
    private String anotherEditor() {
        SignedIn.as(users, "admin");
        userService.create(new NewUserData("edith", "Edith Second", null, "edith-password-1", Set.of(Role.EDITOR)));
        SignedIn.as(users, "editor");
        return "edith";
    }

    /** A user who is both fact-checker and editor, created by the administrator. */
    private String checkerWhoIsAlsoEditor() {
        SignedIn.as(users, "admin");
        userService.create(new NewUserData("chief", "Chief Both", null, "chief-password-1",
                Set.of(Role.EDITOR, Role.CHECKER)));
        SignedIn.as(users, "editor");
        return "chief";
    }

    @Test
    void an_editor_assigns_a_claim_with_a_due_date_and_a_priority_and_may_reassign_it() {
        workflow.assign(claimId, version(), new AssignmentData("checker", today().plusDays(2), Priority.URGENT));

        assertThat(claim().status()).isEqualTo(ClaimStatus.TO_CHECK);
        assertThat(claim().assignee()).isEqualTo("checker");
        assertThat(claim().dueDate()).isEqualTo(today().plusDays(2));
        assertThat(claim().priority()).isEqualTo(Priority.URGENT);

        workflow.assign(claimId, version(), new AssignmentData("editor", null, Priority.LOW));

        assertThat(claim().assignee()).isEqualTo("editor");
        assertThat(claim().dueDate()).isNull();
        assertThat(claim().priority()).isEqualTo(Priority.LOW);
        assertThat(claims.history(claimId)).filteredOn(entry -> entry.action().equals("claim.assigned"))
                .extracting(ActivityEntry::after).as("newest first").containsExactly("editor", "checker");
    }

    @Test
    void a_due_date_in_the_past_is_refused() {
        assertThatThrownBy(() -> workflow.assign(claimId, version(),
                new AssignmentData("checker", today().minusDays(1), Priority.NORMAL)))
                .isInstanceOf(RefusedException.class).hasMessage("workflow.error.due-past");
        assertThat(claim().status()).isEqualTo(ClaimStatus.TO_CHECK);
    }

    @Test
    void a_viewer_or_a_disabled_user_cannot_be_assigned() {
        assertThatThrownBy(() -> workflow.assign(claimId, version(),
                new AssignmentData("viewer", null, Priority.NORMAL)))
                .isInstanceOf(RefusedException.class).hasMessage("workflow.error.assignee");
        SignedIn.as(users, "admin");
        long id = userService.create(new NewUserData("gone", "Gone Checker", null, "gone-password-1",
                Set.of(Role.CHECKER)));
        userService.setEnabled(id, false);
        SignedIn.as(users, "editor");

        assertThatThrownBy(() -> workflow.assign(claimId, version(),
                new AssignmentData("gone", null, Priority.NORMAL)))
                .isInstanceOf(RefusedException.class).hasMessage("workflow.error.assignee");
        assertThat(claim().assignee()).isNull();
    }

    @Test
    void bulk_assignment_skips_claims_that_cannot_be_assigned_now() {
        long candidate = rows.get(1).id();

        int assigned = workflow.assignAll(List.of(claimId, candidate),
                new AssignmentData("checker", null, Priority.NORMAL));

        assertThat(assigned).isEqualTo(1);
        assertThat(claim().assignee()).isEqualTo("checker");
        assertThat(research.details(candidate).orElseThrow().status()).isEqualTo(ClaimStatus.CANDIDATE);
        assertThat(research.details(candidate).orElseThrow().assignee()).isNull();
    }

    @Test
    void an_assigned_claim_waits_to_check_in_the_assignee_s_tasks_until_they_take_it() {
        int statusChanges = statusChanges();
        workflow.assign(claimId, version(), new AssignmentData("checker", today().plusDays(2), Priority.HIGH));

        assertThat(claim().status()).isEqualTo(ClaimStatus.TO_CHECK);
        assertThat(statusChanges()).as("nobody started anything yet").isEqualTo(statusChanges);
        SignedIn.as(users, "checker");
        assertThat(queries.myTasks(PageRequest.of(0, 50))).filteredOn(task -> task.id() == claimId)
                .extracting(task -> task.status()).containsExactly(ClaimStatus.TO_CHECK);
        assertThat(research.details(claimId).orElseThrow().mayTake()).isTrue();

        research.take(claimId, version());

        assertThat(claim().status()).isEqualTo(ClaimStatus.IN_RESEARCH);
        assertThat(claim().assignee()).isEqualTo("checker");
        ActivityEntry started = claims.history(claimId).getFirst();
        assertThat(started.action()).isEqualTo("claim.status");
        assertThat(started.actor()).as("the checker started the research, not the editor").isEqualTo("checker");
        assertThat(claims.history(claimId)).filteredOn(entry -> entry.action().equals("claim.assigned"))
                .as("taking one's own assignment assigns nothing again").hasSize(1);
    }

    @Test
    void the_editor_who_assigns_a_claim_watches_it() {
        assertThat(workflow.isWatching(claimId)).isFalse();

        assign("checker");

        assertThat(workflow.isWatching(claimId)).isTrue();
    }

    @Test
    void a_submission_tells_the_watching_editor_who_may_approve_that_it_waits_for_their_review() {
        inReviewProposedBy("checker");

        assertThat(notificationsOf("editor")).extracting(NotificationItem::kind, NotificationItem::detail)
                .contains(tuple(NotificationKind.STATUS, "review"));
    }

    @Test
    void when_no_watcher_may_approve_every_editor_who_may_is_told_and_the_proposer_is_not() {
        String edith = anotherEditor();
        // The editor writes the verdict (a proposer: four eyes), then assigns it; the checker submits.
        research.saveVerdict(claimId, version(), new VerdictData(ratings.active().getFirst().id(), "Per INSEE."));
        inReviewProposedBy("checker");

        assertThat(notificationsOf("editor")).extracting(NotificationItem::detail).as("the proposer may not approve")
                .doesNotContain("review").contains("submit");
        assertThat(notificationsOf(edith)).extracting(NotificationItem::kind, NotificationItem::detail)
                .containsExactly(tuple(NotificationKind.STATUS, "review"));
        assertThat(notificationsOf("checker")).extracting(NotificationItem::detail)
                .as("the submitter is not told of their own submission").doesNotContain("submit", "review");
    }

    @Test
    void a_fact_checker_cannot_take_a_claim_assigned_to_a_colleague() {
        workflow.assign(claimId, version(), new AssignmentData("editor", null, Priority.NORMAL));
        SignedIn.as(users, "checker");

        assertThat(research.details(claimId).orElseThrow().mayTake()).isFalse();
        assertThatThrownBy(() -> research.take(claimId, version())).isInstanceOf(RefusedException.class)
                .hasMessage("claim.error.assigned-to-other");
        assertThat(claim().status()).isEqualTo(ClaimStatus.TO_CHECK);
    }

    @Test
    void a_claim_assigned_while_to_check_can_be_unassigned() {
        workflow.assign(claimId, version(), new AssignmentData("checker", null, Priority.NORMAL));
        int statusChanges = statusChanges();

        workflow.unassign(claimId, version());

        assertThat(claim().status()).isEqualTo(ClaimStatus.TO_CHECK);
        assertThat(claim().assignee()).isNull();
        assertThat(claims.history(claimId)).extracting(ActivityEntry::action).contains("claim.unassigned");
        assertThat(statusChanges()).as("no status change to tell").isEqualTo(statusChanges);
    }

    private int statusChanges() {
        entities.flush();
        return (int) claims.history(claimId).stream().filter(entry -> entry.action().equals("claim.status")).count();
    }

    @Test
    void unassigning_puts_the_claim_back_to_check() {
        assign("checker");
        SignedIn.by(users, "checker", () -> research.take(claimId, version()));

        workflow.unassign(claimId, version());

        assertThat(claim().status()).isEqualTo(ClaimStatus.TO_CHECK);
        assertThat(claim().assignee()).isNull();
        assertThat(claims.history(claimId)).extracting(ActivityEntry::action).contains("claim.unassigned");
    }

    @Test
    void the_checker_who_proposed_the_verdict_cannot_approve_it_even_as_an_editor() {
        String chief = checkerWhoIsAlsoEditor();
        inReviewProposedBy(chief);
        SignedIn.as(users, chief);

        assertThatThrownBy(() -> workflow.approve(claimId, version()))
                .isInstanceOf(RefusedException.class).hasMessage("claim.error.four-eyes");
        assertThat(claim().status()).isEqualTo(ClaimStatus.IN_REVIEW);
    }

    @Test
    void another_editor_approves_the_verdict() {
        inReviewProposedBy("checker");
        long rating = claim().ratingId();

        workflow.approve(claimId, version());

        ClaimDetails approved = claim();
        assertThat(approved.status()).isEqualTo(ClaimStatus.APPROVED);
        assertThat(approved.approvedBy()).isEqualTo("editor");
        assertThat(approved.approvedAt()).isNotNull();
        assertThat(approved.approvedRatingId()).isEqualTo(rating);
        assertThat(approved.corrected()).isFalse();
    }

    @Test
    void returning_to_research_requires_a_comment_and_posts_it() {
        inReviewProposedBy("checker");

        assertThatThrownBy(() -> workflow.sendBack(claimId, version(), " "))
                .isInstanceOf(ConstraintViolationException.class);
        workflow.sendBack(claimId, version(), "The second source contradicts the first.");

        assertThat(claim().status()).isEqualTo(ClaimStatus.IN_RESEARCH);
        assertThat(claim().proposers()).as("a return keeps who had a hand in the verdict").containsExactly("checker");
        assertThat(comments.list(claimId)).extracting(CommentItem::body)
                .contains("The second source contradicts the first.");
    }

    @Test
    void reopening_requires_a_reason_marks_the_claim_corrected_and_keeps_the_approved_verdict() {
        inReviewProposedBy("checker");
        workflow.approve(claimId, version());
        long rating = claim().ratingId();

        assertThatThrownBy(() -> workflow.reopen(claimId, version(), ""))
                .isInstanceOf(ConstraintViolationException.class);
        workflow.reopen(claimId, version(), "A reader found a newer figure.");

        ClaimDetails reopened = claim();
        assertThat(reopened.status()).isEqualTo(ClaimStatus.IN_RESEARCH);
        assertThat(reopened.corrected()).isTrue();
        assertThat(reopened.approvedRatingId()).isEqualTo(rating);
        assertThat(reopened.approvedBy()).isEqualTo("editor");
        assertThat(claims.history(claimId)).filteredOn(entry -> entry.action().equals("claim.status"))
                .extracting(ActivityEntry::after).as("newest first").containsSubsequence("IN_RESEARCH", "APPROVED");
        assertThat(claims.history(claimId)).extracting(ActivityEntry::action).contains("claim.verdict");
        assertThat(comments.list(claimId)).extracting(CommentItem::body).contains("A reader found a newer figure.");
    }

    @Test
    void watchers_are_notified_of_transitions_and_comments_but_not_the_actor() {
        inReviewProposedBy("checker");

        workflow.approve(claimId, version());
        SignedIn.as(users, "checker");
        comments.post(claimId, "Thanks, publishing.", Set.of());
        SignedIn.as(users, "editor");

        assertThat(notificationsOf("checker")).extracting(NotificationItem::kind, NotificationItem::detail)
                .containsExactly(tuple(NotificationKind.STATUS, "approve"),
                        tuple(NotificationKind.ASSIGNED, "checker"));
        // The editor assigned the claim, so watches it: told of the take, of the verdict waiting, of the comment.
        assertThat(notificationsOf("editor")).extracting(NotificationItem::kind, NotificationItem::detail)
                .containsExactly(tuple(NotificationKind.COMMENT, null), tuple(NotificationKind.STATUS, "review"),
                        tuple(NotificationKind.STATUS, "take"));
    }

    /** What each of {@code usernames} was told about the claim while {@code action} ran, newest first. */
    private Map<String, List<NotificationItem>> toldDuring(Runnable action, String... usernames) {
        Map<String, Integer> before = new HashMap<>();
        for (String username : usernames) {
            before.put(username, notificationsOf(username).size());
        }
        action.run();
        Map<String, List<NotificationItem>> told = new HashMap<>();
        for (String username : usernames) {
            List<NotificationItem> after = notificationsOf(username);
            told.put(username, after.subList(0, after.size() - before.get(username)));
        }
        return told;
    }

    private void watchAs(String username) {
        SignedIn.as(users, username);
        workflow.watch(claimId, true);
        SignedIn.as(users, "editor");
    }

    @Test
    void a_return_with_a_comment_tells_each_watcher_once_with_the_comment() {
        inReviewProposedBy("checker");
        watchAs("viewer");

        Map<String, List<NotificationItem>> told = toldDuring(() -> workflow.sendBack(claimId, version(),
                "The second   source\ncontradicts the first."), "checker", "viewer", "editor");

        for (String watcher : List.of("checker", "viewer")) {
            assertThat(told.get(watcher)).as(watcher).extracting(NotificationItem::kind, NotificationItem::detail,
                    NotificationItem::excerpt).containsExactly(tuple(NotificationKind.STATUS, "return",
                    "The second source contradicts the first."));
        }
        assertThat(told.get("editor")).as("who returned it").isEmpty();
    }

    @Test
    void a_reopening_tells_each_watcher_once_with_its_reason() {
        inReviewProposedBy("checker");
        workflow.approve(claimId, version());

        Map<String, List<NotificationItem>> told = toldDuring(
                () -> workflow.reopen(claimId, version(), "A reader found a newer figure."), "checker");

        assertThat(told.get("checker")).extracting(NotificationItem::kind, NotificationItem::detail,
                NotificationItem::excerpt)
                .containsExactly(tuple(NotificationKind.STATUS, "reopen", "A reader found a newer figure."));
    }

    @Test
    void a_watcher_mentioned_in_a_comment_is_told_of_the_mention_only_and_the_others_of_the_comment() {
        assign("checker");
        watchAs("viewer");

        Map<String, List<NotificationItem>> told = toldDuring(() -> comments.post(claimId,
                "@checker the 1991 date needs a primary source.", Set.of()), "checker", "viewer");

        assertThat(told.get("checker")).extracting(NotificationItem::kind).containsExactly(NotificationKind.MENTION);
        assertThat(told.get("viewer")).extracting(NotificationItem::kind, NotificationItem::excerpt)
                .containsExactly(tuple(NotificationKind.COMMENT, "@checker the 1991 date needs a primary source."));
    }

    @Test
    void whoever_clicks_watch_hears_of_changes_until_they_unwatch() {
        SignedIn.as(users, "viewer");
        workflow.watch(claimId, true);
        assertThat(workflow.isWatching(claimId)).isTrue();
        SignedIn.as(users, "editor");

        assign("checker");

        assertThat(notificationsOf("viewer")).extracting(NotificationItem::kind)
                .containsExactly(NotificationKind.ASSIGNED);
        SignedIn.as(users, "viewer");
        workflow.watch(claimId, false);
        assertThat(workflow.isWatching(claimId)).isFalse();
        SignedIn.as(users, "editor");
        workflow.unassign(claimId, version());
        assertThat(notificationsOf("viewer")).hasSize(1);
    }

    @Test
    void watching_does_not_make_an_open_page_stale() {
        long before = version();

        workflow.watch(claimId, true);

        assertThat(version()).isEqualTo(before);
    }

    @Test
    void checkers_and_viewers_may_not_take_an_editor_s_decisions() {
        for (String username : List.of("checker", "viewer")) {
            SignedIn.as(users, username);
            long version = version();
            assertThatThrownBy(() -> workflow.assign(claimId, version,
                    new AssignmentData("checker", null, Priority.NORMAL))).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> workflow.approve(claimId, version)).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> workflow.sendBack(claimId, version, "no"))
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> workflow.reopen(claimId, version, "no"))
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> workflow.unassign(claimId, version)).isInstanceOf(AccessDeniedException.class);
        }
    }
}
