package org.factdesk.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.EntityManager;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.factdesk.article.ArticleData;
import org.factdesk.article.ArticleService;
import org.factdesk.claim.ClaimListItem;
import org.factdesk.claim.ClaimQueryService;
import org.factdesk.claim.ClaimRow;
import org.factdesk.claim.ClaimService;
import org.factdesk.claim.ClaimStatus;
import org.factdesk.claim.ClaimWorkflow;
import org.factdesk.claim.Priority;
import org.factdesk.claim.ResearchService;
import org.factdesk.claim.SignedIn;
import org.factdesk.claim.VerdictData;
import org.factdesk.desk.DeskSettingsService;
import org.factdesk.rating.RatingScaleService;
import org.factdesk.source.Reliability;
import org.factdesk.source.SourceData;
import org.factdesk.source.SourceKind;
import org.factdesk.source.SourceService;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.annotation.Transactional;

/**
 * My tasks and the review queue read by seek pages (issue 15): the first page and a page far down, reached by
 * paging or by a jump, hold the rows the list by offset holds there, in its order, with many ties (the same due date
 * and priority, the same submission time) and for each person's own tasks.
 */
@SpringBootTest
@ExtendWith(SignedIn.class)
@Transactional
@WithUserDetails("editor")
class TaskAndReviewSeekTest {

    private static final PageRequest ALL = PageRequest.of(0, 1_000);
    private static final Instant T0 = Instant.parse("2026-01-05T09:00:00Z");

    @Autowired
    ClaimQueryService queries;
    @Autowired
    ReviewQueueService queue;
    @Autowired
    ClaimService claims;
    @Autowired
    WorkflowService workflow;
    @Autowired
    ResearchService research;
    @Autowired
    ArticleService articles;
    @Autowired
    RatingScaleService ratings;
    @Autowired
    DeskSettingsService settings;
    @Autowired
    UserDetailsService users;
    @Autowired
    SourceService sources;
    @Autowired
    EntityManager entities;
    @Autowired
    JdbcTemplate jdbc;

    private List<Long> ids;

    /**
     * Forty claims chosen for checking: thirty for the checker (eight pairs of the same due date and priority, undated
     * ones, different priorities), six for the editor; twenty taken and submitted by the checker, two of them
     * approved (no longer anyone's task nor in the queue).
     */
    @BeforeEach
    void a_desk_with_many_tasks_and_submissions_that_tie() {
        String body = IntStream.rangeClosed(1, 44).mapToObj(i -> "In " + (1950 + i) + " the city counted "
                + (1000 + i * 7) + " new homes, the mayor said.").collect(Collectors.joining(" "));
        long article = articles.importArticle(new ArticleData("Homes built since 1950", body, null, null, null,
                null, "en"));
        ids = claims.list(article, ALL).stream().map(ClaimRow::id).sorted().toList();
        assertThat(ids).hasSizeGreaterThanOrEqualTo(40);
        ids = ids.subList(0, 40);
        claims.selectAll(ids);
        LocalDate today = settings.today();
        assign(ids.subList(0, 10), "checker", today.plusDays(3), Priority.HIGH);
        assign(ids.subList(10, 16), "checker", null, Priority.URGENT);
        assign(ids.subList(16, 24), "checker", today.plusDays(3), Priority.NORMAL);
        assign(ids.subList(24, 30), "checker", today.plusDays(1), Priority.LOW);
        assign(ids.subList(30, 36), "editor", today.plusDays(2), Priority.HIGH);
        long rating = ratings.active().getFirst().id();
        SignedIn.as(users, "checker");
        for (long id : ids.subList(0, 20)) {
            research.take(id, version(id));
            sources.add(id, new SourceData("https://stats.example.org/homes", "Homes built", "Statistics office", SourceKind.OFFICIAL_STATISTICS,
                    null, null, Reliability.HIGH, null));
            research.submit(id, version(id), new VerdictData(rating, "Per the statistics office."));
        }
        SignedIn.as(users, "editor");
        for (long id : ids.subList(4, 6)) {
            workflow.approve(id, version(id));
        }
        entities.flush();
        // Submitted within the same few seconds: ties broken by the id; one from old data without a time.
        for (int i = 0; i < 20; i++) {
            jdbc.update("update claim set submitted_at = ? where id = ? and status = 'IN_REVIEW'",
                    Timestamp.from(T0.plusSeconds(i % 3)), ids.get(19 - i));
        }
        jdbc.update("update claim set submitted_at = null where id = ?", ids.get(7));
        entities.clear();
    }

    private void assign(List<Long> some, String assignee, @Nullable LocalDate due, Priority priority) {
        workflow.assignAll(some, new AssignmentData(assignee, due, priority));
    }

    private long version(long id) {
        entities.flush();
        return claims.find(id).orElseThrow().version();
    }

    @Test
    void my_tasks_by_seek_pages_of_any_size_are_my_tasks_by_offset_in_the_same_order() {
        for (String who : List.of("checker", "editor")) {
            SignedIn.as(users, who);
            List<Long> expected = queries.myTasks(ALL).stream().map(ClaimListItem::id).toList();
            assertThat(expected).as(who).hasSize(who.equals("checker") ? 28 : 6);
            for (int size : new int[] {1, 3, 7, 100}) {
                assertThat(paged(queries::myTasksAfter, ClaimQueryService.TaskKey::of, size, ClaimListItem::id))
                        .as("%s by pages of %d", who, size).containsExactlyElementsOf(expected);
            }
            assertThat(queries.myTaskCountUpTo(10_001)).isEqualTo(expected.size());
            assertThat(queries.myTaskCountUpTo(5)).isEqualTo(5);
        }
    }

    @Test
    void my_tasks_first_page_and_a_jump_far_down_hold_the_rows_of_the_list_by_offset() {
        SignedIn.as(users, "checker");
        List<ClaimListItem> expected = queries.myTasks(ALL);

        List<ClaimListItem> first = queries.myTasksAfter(null, 5);
        ClaimQueryService.TaskKey before21 = queries.myTaskKeyAfter(null, 20).orElseThrow();
        List<ClaimListItem> far = queries.myTasksAfter(before21, 5);

        assertThat(first).extracting(ClaimListItem::id).containsExactlyElementsOf(ids(expected.subList(0, 5)));
        assertThat(far).extracting(ClaimListItem::id).containsExactlyElementsOf(ids(expected.subList(20, 25)));
        // Soonest due first, the urgent before the low on the same day, undated last; approved claims are gone.
        assertThat(expected.getFirst().dueDate()).isEqualTo(settings.today().plusDays(1));
        assertThat(expected.getLast().dueDate()).isNull();
        assertThat(ids(expected)).doesNotContain(ids.get(4), ids.get(5)).contains(ids.get(0));
        assertThat(queries.myTaskKeyAfter(null, 28)).isPresent();
        assertThat(queries.myTaskKeyAfter(null, 29)).isEmpty();
        assertThat(queries.myTaskKeyAfter(before21, 8)).hasValue(ClaimQueryService.TaskKey.of(expected.getLast()));
    }

    @Test
    void the_review_queue_by_seek_pages_is_the_queue_by_offset_the_undated_first_then_the_oldest_ties_by_id() {
        List<ReviewItem> expected = queue.list(ALL);
        assertThat(expected).hasSize(18);
        assertThat(expected.getFirst().id()).as("without a submission time, first").isEqualTo(ids.get(7));
        assertThat(expected.subList(1, 18)).extracting(ReviewItem::submittedAt).isSorted();
        for (int size : new int[] {1, 2, 5, 100}) {
            assertThat(paged(queue::listAfter, ReviewItem::key, size, ReviewItem::id)).as("by pages of %d", size)
                    .containsExactlyElementsOf(ids(expected, ReviewItem::id));
        }
        for (int row : new int[] {1, 2, 9, 18}) {
            assertThat(queue.keyAfter(null, row)).as("row %d", row).hasValue(expected.get(row - 1).key());
        }
        assertThat(queue.keyAfter(null, 19)).isEmpty();
        ClaimWorkflow.ReviewKey before12 = queue.keyAfter(expected.get(1).key(), 9).orElseThrow();
        assertThat(queue.listAfter(before12, 4)).extracting(ReviewItem::id)
                .containsExactlyElementsOf(ids(expected.subList(11, 15), ReviewItem::id));
        assertThat(queue.countUpTo(10_001)).isEqualTo(18);
        assertThat(queue.countUpTo(3)).isEqualTo(3);
    }

    private static <T, K> List<Long> paged(BiFunction<@Nullable K, Integer, List<T>> page, Function<T, K> key,
                                           int size, Function<T, Long> id) {
        List<Long> seen = new ArrayList<>();
        K after = null;
        while (true) {
            List<T> rows = page.apply(after, size);
            rows.forEach(row -> seen.add(id.apply(row)));
            if (rows.size() < size) {
                return seen;
            }
            after = key.apply(rows.getLast());
        }
    }

    private static List<Long> ids(List<ClaimListItem> items) {
        return ids(items, ClaimListItem::id);
    }

    private static <T> List<Long> ids(List<T> items, Function<T, Long> id) {
        return items.stream().map(id).toList();
    }
}
