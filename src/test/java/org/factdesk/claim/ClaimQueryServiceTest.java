package org.factdesk.claim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.factdesk.article.ArticleService;
import org.factdesk.desk.DeskSettingsService;
import org.factdesk.rating.RatingItem;
import org.factdesk.rating.RatingScaleService;
import org.factdesk.workflow.AssignmentData;
import org.factdesk.workflow.WorkflowService;
import org.jspecify.annotations.Nullable;
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

/** The desk's claim list, each user's tasks and the dashboard's figures, over a few claims of the seed article. */
@SpringBootTest
@ExtendWith(SignedIn.class)
@Transactional
@WithUserDetails("editor")
class ClaimQueryServiceTest {

    private static final PageRequest ALL = PageRequest.of(0, 100);
    private static final Instant T0 = Instant.parse("2026-01-05T09:00:00Z");

    @Autowired
    ClaimQueryService queries;

    @Autowired
    ClaimService claimService;

    @Autowired
    WorkflowService workflow;

    @Autowired
    ClaimRepository repository;

    @Autowired
    RatingScaleService ratings;

    @Autowired
    ArticleService articles;

    @Autowired
    UserDetailsService users;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    EntityManager entityManager;

    private long article;
    private List<Long> seed;
    @Autowired
    DeskSettingsService settings;

    /** The desk's day, as the lists and the dashboard count overdue and due soon. */
    private LocalDate today;

    @BeforeEach
    void the_seed_articles_claims() {
        today = settings.today();
        article = articles.list(ClaimServiceTest.SEED_TITLE, PageRequest.of(0, 1)).getFirst().id();
        seed = claimService.list(article, ALL).stream().map(ClaimRow::id).toList();
    }

    private Claim claim(int index) {
        return repository.findById(seed.get(index)).orElseThrow();
    }

    /** Selected, reworded to {@code statement}, assigned to {@code assignee} (in research). */
    private Claim assigned(int index, String statement, String assignee, @Nullable LocalDate due,
                           Priority priority) {
        Claim claim = claim(index);
        claim.select(T0);
        claim.reword(statement, T0);
        claim.assign(assignee, due, priority, T0);
        claim.take(assignee, T0);
        return claim;
    }

    private Claim approved(int index, String statement, long ratingId, Instant selected, Instant approvedAt) {
        Claim claim = claim(index);
        claim.select(selected);
        claim.reword(statement, selected);
        claim.assign("checker", null, Priority.NORMAL, selected);
        claim.take("checker", selected);
        claim.propose(ratingId, "Because.", "checker", selected);
        claim.submit("checker", selected);
        claim.approve("editor", approvedAt);
        return claim;
    }

    private List<String> statements(ClaimFilter filter) {
        repository.flush();
        return queries.list(filter, ALL).stream().map(ClaimListItem::statement).toList();
    }

    private static ClaimFilter statuses(ClaimStatus... statuses) {
        return new ClaimFilter(Set.of(statuses), null, null, null, false, "");
    }

    private static ClaimFilter text(String text) {
        return new ClaimFilter(Set.of(), null, null, null, false, text);
    }

    @Test
    void without_a_filter_every_claim_is_listed_in_article_order_with_its_articles_title() {
        List<ClaimListItem> all = queries.list(ClaimFilter.none(), ALL);

        assertThat(all).extracting(ClaimListItem::id).containsExactlyElementsOf(
                repository.findInArticleOrder(article).stream().map(Claim::getId).toList());
        assertThat(all).allSatisfy(item -> assertThat(item.articleTitle()).isEqualTo(ClaimServiceTest.SEED_TITLE));
        assertThat(queries.count(ClaimFilter.none())).isEqualTo(seed.size());
        assertThat(queries.list(ClaimFilter.none(), PageRequest.of(1, 5))).extracting(ClaimListItem::id)
                .containsExactlyElementsOf(all.subList(5, 10).stream().map(ClaimListItem::id).toList());
    }

    @Test
    void claims_of_a_newer_article_come_first() {
        long newer = articles.importArticle(new org.factdesk.article.ArticleData("Newer article",
                "The unemployment rate fell to 4.2 percent in March, according to the statistics office.", null, null,
                null, null, "en"));
        repository.flush();

        List<ClaimListItem> all = queries.list(ClaimFilter.none(), ALL);

        assertThat(all.getFirst().articleId()).isEqualTo(newer);
        assertThat(all.getFirst().articleTitle()).isEqualTo("Newer article");
        assertThat(all.getLast().articleId()).isEqualTo(article);
    }

    @Test
    void each_filter_narrows_the_list_and_they_combine() {
        long rating = ratings.active().getFirst().id();
        assigned(0, "Alpha in research for the checker", "checker", today.plusDays(3), Priority.HIGH);
        assigned(1, "Beta in research for the editor", "editor", today.plusDays(3), Priority.LOW);
        Claim inReview = assigned(2, "Gamma in review", "checker", today.plusDays(3), Priority.NORMAL);
        inReview.propose(rating, "Because.", "checker", T0);
        inReview.submit("checker", T0);
        claim(3).select(T0);

        assertThat(queries.count(statuses(ClaimStatus.IN_RESEARCH))).isEqualTo(2);
        assertThat(statements(statuses(ClaimStatus.IN_REVIEW, ClaimStatus.IN_RESEARCH))).containsExactlyInAnyOrder(
                "Alpha in research for the checker", "Beta in research for the editor", "Gamma in review");
        assertThat(queries.count(statuses(ClaimStatus.TO_CHECK))).isEqualTo(1);
        assertThat(statements(new ClaimFilter(Set.of(), "checker", null, null, false, "")))
                .containsExactlyInAnyOrder("Alpha in research for the checker", "Gamma in review");
        assertThat(statements(new ClaimFilter(Set.of(), null, null, rating, false, "")))
                .containsExactly("Gamma in review");
        assertThat(queries.count(new ClaimFilter(Set.of(), null, article, null, false, ""))).isEqualTo(seed.size());
        assertThat(queries.count(new ClaimFilter(Set.of(), null, article + 1000, null, false, ""))).isZero();
        assertThat(statements(new ClaimFilter(Set.of(ClaimStatus.IN_RESEARCH), "checker", article, null, false,
                "ALPHA"))).containsExactly("Alpha in research for the checker");
        assertThat(statements(new ClaimFilter(Set.of(ClaimStatus.IN_REVIEW), "editor", null, null, false, "")))
                .isEmpty();
    }

    @Test
    void the_text_filter_finds_words_through_the_index_ignoring_case_and_takes_wildcards_literally() {
        assigned(0, "Prices rose 50% in a year", "checker", today.plusDays(1), Priority.NORMAL);
        assigned(1, "Prices rose 50 times in a year", "checker", today.plusDays(1), Priority.NORMAL);
        assigned(2, "The file_name was leaked", "checker", today.plusDays(1), Priority.NORMAL);
        assigned(3, "The filename was leaked", "checker", today.plusDays(1), Priority.NORMAL);

        assertThat(statements(text("50% times"))).as("the index looks up words: % is no wildcard")
                .containsExactly("Prices rose 50 times in a year");
        assertThat(statements(text("file_name"))).containsExactly("The file_name was leaked");
        assertThat(statements(text("PRICES ROSE"))).hasSize(2);
        assertThat(statements(text("price rose"))).as("English stemming").hasSize(2);
        assertThat(statements(text("leak fil"))).as("the last word also as the start of a word, as one types")
                .containsExactlyInAnyOrder("The file_name was leaked", "The filename was leaked");
        assertThat(queries.count(text("%"))).as("without a word, the statement is searched as typed").isEqualTo(1);
    }

    @Test
    void the_due_date_range_includes_both_ends_and_either_end_may_be_open() {
        assigned(0, "Due today", "checker", today, Priority.NORMAL);
        assigned(1, "Due in a week", "checker", today.plusDays(7), Priority.NORMAL);
        assigned(2, "Due in eight days", "checker", today.plusDays(8), Priority.NORMAL);
        assigned(3, "Undated", "checker", null, Priority.NORMAL);

        assertThat(statements(ClaimFilter.none().dueBetween(today, today.plusDays(7))))
                .containsExactlyInAnyOrder("Due today", "Due in a week");
        assertThat(statements(ClaimFilter.none().dueBetween(today.plusDays(1), null)))
                .containsExactlyInAnyOrder("Due in a week", "Due in eight days");
        assertThat(statements(ClaimFilter.none().dueBetween(null, today))).containsExactly("Due today");
        assertThat(queries.count(ClaimFilter.none().dueBetween(today.plusDays(8), today))).as("reversed").isZero();
    }

    @Test
    void overdue_claims_are_open_claims_due_before_today() {
        assigned(0, "Late one", "checker", today.minusDays(1), Priority.NORMAL);
        assigned(1, "Due today", "checker", today, Priority.NORMAL);
        approved(2, "Late but approved", ratings.active().getFirst().id(), T0, T0.plusSeconds(60))
                .schedule(today.minusDays(5), Priority.NORMAL, T0);

        assertThat(statements(new ClaimFilter(Set.of(), null, null, null, true, ""))).containsExactly("Late one");
        assertThat(queries.list(text("Due today"), ALL).getFirst().overdue()).isFalse();
        assertThat(queries.list(text("Late one"), ALL).getFirst().overdue()).isTrue();
        assertThat(queries.list(text("Late but approved"), ALL).getFirst().overdue()).isFalse();
    }

    @Test
    void my_tasks_are_my_open_claims_soonest_due_first_then_the_most_urgent() {
        assigned(0, "Undated", "editor", null, Priority.URGENT);
        assigned(1, "Later", "editor", today.plusDays(5), Priority.URGENT);
        assigned(2, "Soon, low", "editor", today.plusDays(2), Priority.LOW);
        assigned(3, "Soon, urgent", "editor", today.plusDays(2), Priority.URGENT);
        assigned(4, "The checker's", "checker", today.plusDays(1), Priority.URGENT);
        approved(5, "Approved, not a task", ratings.active().getFirst().id(), T0, T0);
        repository.flush();
        jdbc.update("update claim set assignee = 'editor' where id = ?", seed.get(5));
        entityManager.clear();

        List<ClaimListItem> tasks = queries.myTasks(ALL);

        assertThat(tasks).extracting(ClaimListItem::statement)
                .containsExactly("Soon, urgent", "Soon, low", "Later", "Undated");
        assertThat(queries.myTaskCount()).isEqualTo(4);
    }

    @Test
    void my_tasks_flag_the_overdue_ones() {
        assigned(0, "On time", "editor", today.plusDays(1), Priority.NORMAL);
        assigned(1, "Late", "editor", today.plusDays(1), Priority.NORMAL);
        repository.flush();
        jdbc.update("update claim set due_date = ? where id = ?", today.minusDays(2), seed.get(1));
        entityManager.clear();

        List<ClaimListItem> tasks = queries.myTasks(ALL);

        assertThat(tasks).extracting(ClaimListItem::overdue).containsExactly(true, false);
        assertThat(tasks.getFirst().dueDate()).isEqualTo(today.minusDays(2));
    }

    @Test
    void a_claim_assigned_through_the_workflow_is_the_checkers_task() {
        ClaimRow row = claimService.list(article, PageRequest.of(0, 1)).getFirst();
        claimService.select(row.id(), row.version());
        repository.flush();
        long version = claimService.find(row.id()).orElseThrow().version();
        workflow.assign(row.id(), version, new AssignmentData("checker", today.plusDays(1), Priority.HIGH));
        repository.flush();
        jdbc.update("update claim set due_date = ? where id = ?", today.minusDays(1), row.id());
        entityManager.clear();
        SignedIn.as(users, "checker");

        assertThat(queries.myTasks(ALL)).singleElement().satisfies(task -> {
            assertThat(task.id()).isEqualTo(row.id());
            assertThat(task.priority()).isEqualTo(Priority.HIGH);
            assertThat(task.status()).as("waiting for the checker to take it").isEqualTo(ClaimStatus.TO_CHECK);
            assertThat(task.assignee()).isEqualTo("checker");
            assertThat(task.overdue()).isTrue();
        });
    }

    @Test
    void the_stats_count_by_status_overdue_work_per_assignee_verdicts_and_the_median_time_to_approval() {
        List<RatingItem> scale = ratings.active();
        assigned(0, "Checker late", "checker", today.minusDays(1), Priority.NORMAL);
        assigned(1, "Checker soon", "checker", today.plusDays(3), Priority.NORMAL);
        assigned(2, "Checker later", "checker", today.plusDays(30), Priority.NORMAL);
        assigned(3, "Editor undated", "editor", null, Priority.NORMAL);
        approved(4, "One hour", scale.get(0).id(), T0, T0.plus(Duration.ofHours(1)));
        approved(5, "Three hours", scale.get(0).id(), T0, T0.plus(Duration.ofHours(3)));
        approved(6, "Ten hours", scale.get(1).id(), T0, T0.plus(Duration.ofHours(10)));
        claim(7).dismiss(DismissReason.values()[0], T0);
        repository.flush();

        DeskStats stats = queries.stats();

        assertThat(stats.count(ClaimStatus.IN_RESEARCH)).isEqualTo(4);
        assertThat(stats.count(ClaimStatus.APPROVED)).isEqualTo(3);
        assertThat(stats.count(ClaimStatus.DISMISSED)).isEqualTo(1);
        assertThat(stats.count(ClaimStatus.CANDIDATE)).isEqualTo(seed.size() - 8);
        assertThat(stats.count(ClaimStatus.IN_REVIEW)).isZero();
        assertThat(stats.overdue()).isEqualTo(1);
        assertThat(stats.workloads()).containsExactly(new DeskStats.Workload("checker", 3, 1, 1),
                new DeskStats.Workload("editor", 1, 0, 0));
        assertThat(stats.verdicts()).containsExactlyInAnyOrder(new DeskStats.VerdictCount(scale.get(0).id(), 2),
                new DeskStats.VerdictCount(scale.get(1).id(), 1));
        assertThat(stats.medianTimeToApproval()).isEqualTo(Duration.ofHours(3));
    }

    @Test
    void the_median_of_an_even_number_of_approvals_is_the_mean_of_the_middle_two_and_none_without_approvals() {
        assertThat(queries.stats().medianTimeToApproval()).isNull();
        long rating = ratings.active().getFirst().id();
        approved(0, "One hour", rating, T0, T0.plus(Duration.ofHours(1)));
        approved(1, "Two hours", rating, T0, T0.plus(Duration.ofHours(2)));
        repository.flush();

        assertThat(queries.stats().medianTimeToApproval()).isEqualTo(Duration.ofMinutes(90));
    }

    @Test
    @WithUserDetails("checker")
    void only_editors_see_the_stats_and_everyone_reads_the_list() {
        assertThatThrownBy(queries::stats).isInstanceOf(AccessDeniedException.class);
        assertThat(queries.count(ClaimFilter.none())).isEqualTo(seed.size());
        assertThat(queries.myTaskCount()).isZero();
    }

    @Test
    @WithUserDetails("viewer")
    void a_viewer_reads_the_list_but_not_the_stats() {
        assertThat(queries.list(ClaimFilter.none(), PageRequest.of(0, 3))).hasSize(3);
        assertThatThrownBy(queries::stats).isInstanceOf(AccessDeniedException.class);
    }
}
