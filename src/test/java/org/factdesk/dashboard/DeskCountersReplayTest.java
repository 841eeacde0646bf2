package org.factdesk.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.EntityManager;
import jakarta.validation.ConstraintViolationException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.factdesk.article.ArticleData;
import org.factdesk.article.ArticleService;
import org.factdesk.base.RefusedException;
import org.factdesk.claim.ClaimFilter;
import org.factdesk.claim.ClaimListItem;
import org.factdesk.claim.ClaimQueryService;
import org.factdesk.claim.ClaimService;
import org.factdesk.claim.ClaimShapingService;
import org.factdesk.claim.ClaimStatus;
import org.factdesk.claim.DeskStats;
import org.factdesk.claim.DismissReason;
import org.factdesk.claim.Priority;
import org.factdesk.claim.ResearchService;
import org.factdesk.claim.SignedIn;
import org.factdesk.claim.VerdictData;
import org.factdesk.desk.DeskSettingsService;
import org.factdesk.extraction.TextPart;
import org.factdesk.rating.RatingScaleService;
import org.factdesk.security.MutableClock;
import org.factdesk.security.NewUserData;
import org.factdesk.security.Role;
import org.factdesk.security.UserService;
import org.factdesk.source.Reliability;
import org.factdesk.source.SourceData;
import org.factdesk.source.SourceKind;
import org.factdesk.source.SourceService;
import org.factdesk.workflow.AssignmentData;
import org.factdesk.workflow.WorkflowService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.annotation.Transactional;

/**
 * Replays random changes to a desk's claims through the services, as colleagues make them (create, accept, dismiss,
 * restore, assign, take, submit, return, approve, reopen, unassign, merge, which deletes, and edits of the article,
 * which re-extract its candidates), from a fixed seed, while the desk's clock moves on, days at a time now and then,
 * and checks after every step that the dashboard's kept figures equal a full recount over the claims
 * ({@code ClaimQueryService.stats()}), and that they were kept, not recounted.
 */
@SpringBootTest
@ExtendWith(SignedIn.class)
@Import(MutableClock.InTests.class)
@Transactional
@WithUserDetails("editor")
class DeskCountersReplayTest {


    private static final long SEED = 20_260_105L;
    private static final int STEPS = 400;
    private static final List<String> ASSIGNEES = List.of("checker", "checker2", "editor", "editor2");
    private static final PageRequest ALL = PageRequest.of(0, 1_000);

    enum Action {
        CREATE, ACCEPT, DESELECT, DISMISS, RESTORE, ASSIGN, UNASSIGN, TAKE, SUBMIT, RETURN, APPROVE, REOPEN, MERGE,
        EDIT_ARTICLE, DAYS_PASS
    }

    @Autowired
    DeskFigures figures;
    @Autowired
    ClaimQueryService queries;
    @Autowired
    ClaimService claims;
    @Autowired
    ClaimShapingService shaping;
    @Autowired
    ResearchService research;
    @Autowired
    SourceService sources;
    @Autowired
    WorkflowService workflow;
    @Autowired
    ArticleService articles;
    @Autowired
    RatingScaleService ratings;
    @Autowired
    DeskSettingsService settings;
    @Autowired
    UserService userService;
    @Autowired
    UserDetailsService users;
    @Autowired
    EntityManager entities;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    DeskCounters counters;
    @Autowired
    MutableClock clock;

    private long article;
    private String body;
    private List<Long> scale;
    /** What the replay did to due dates, and how often. */
    private final Map<String, Integer> covered = new java.util.TreeMap<>();

    private void covered(String what) {
        covered.merge(what, 1, Integer::sum);
    }

    @BeforeEach
    void an_article_of_claims_and_two_more_colleagues() {
        clock.set(MutableClock.START);
        SignedIn.as(users, "admin");
        userService.create(new NewUserData("editor2", "Second Editor", null, "editor2-password",
                Set.of(Role.EDITOR)));
        userService.create(new NewUserData("checker2", "Second Checker", null, "checker2-password",
                Set.of(Role.CHECKER)));
        SignedIn.as(users, "editor");
        body = body(12);
        article = articles.importArticle(new ArticleData("Homes built since 1950", body, null, null, null, null,
                "en"));
        scale = ratings.active().stream().map(rating -> rating.id()).toList();
    }

    private static String body(int sentences) {
        return IntStream.rangeClosed(1, sentences).mapToObj(i -> "In " + (1950 + i) + " the city counted "
                + (1000 + i * 7) + " new homes, the mayor said.").collect(Collectors.joining(" "));
    }

    @Test
    void the_kept_figures_equal_a_full_recount_after_every_step_of_a_long_random_replay() {
        figures.recount();
        Random random = new Random(SEED);
        Map<Action, Integer> done = new EnumMap<>(Action.class);
        Set<java.time.Duration> medians = new java.util.HashSet<>();
        // How often a day-dependent figure was above zero: compared while it counted something.
        Map<String, Integer> dated = new java.util.TreeMap<>();
        Set<LocalDate> days = new java.util.HashSet<>();
        DeskStats previous = null;
        for (int step = 0; step < STEPS; step++) {
            Action action = Action.values()[random.nextInt(Action.values().length)];
            // Colleagues take minutes to hours between changes (approval times differ); the day turns now and then.
            clock.advance(Duration.ofMinutes(random.nextInt(180)));
            SignedIn.as(users, "editor");
            boolean played;
            try {
                played = play(action, random);
            } catch (RefusedException | AccessDeniedException
                     | ConstraintViolationException refused) {
                played = false;
            }
            if (played) {
                done.merge(action, 1, Integer::sum);
            }
            entities.flush();
            SignedIn.as(users, "editor");

            assertThat(figures.waitsForRecount()).as("step %d, %s: kept, not recounted", step, action).isFalse();
            DeskStats kept = figures.stats();
            assertThat(normal(kept)).as("step %d, %s", step, action).isEqualTo(normal(queries.stats()));
            assertThat(dueCounters()).as("step %d, %s: the counters per due day, none at zero", step, action)
                    .isEqualTo(dueCountersOfTheClaims());
            if (kept.medianTimeToApproval() != null) {
                medians.add(kept.medianTimeToApproval());
            }
            if (action == Action.DAYS_PASS && previous != null && (kept.overdue() != previous.overdue()
                    || !kept.workloads().equals(previous.workloads()))) {
                covered("the day passed over dated claims");
            }
            previous = kept;
            days.add(kept.today());
            if (kept.overdue() > 0) {
                dated.merge("overdue", 1, Integer::sum);
            }
            if (kept.workloads().stream().anyMatch(work -> work.dueSoon() > 0)) {
                dated.merge("due soon", 1, Integer::sum);
            }
            if (kept.workloads().stream().anyMatch(work -> work.overdue() > 0)) {
                dated.merge("an assignee's overdue", 1, Integer::sum);
            }
        }
        assertThat(dated).as("steps with each day-dependent figure above zero")
                .containsOnlyKeys("overdue", "due soon", "an assignee's overdue")
                .allSatisfy((figure, steps) -> assertThat(steps).as(figure).isGreaterThan(STEPS / 10));
        assertThat(days).as("days the desk went through").hasSizeGreaterThan(20);
        assertThat(covered).as("what the replay did to due dates").containsKeys("a due date set",
                "a due date changed", "a due date cleared", "a dated claim handed to another assignee",
                "a dated claim dismissed", "a dated claim approved", "a dated claim reopened",
                "the day passed over dated claims");
        // The median was compared while it moved, not only while no claim was approved.
        assertThat(medians).hasSizeGreaterThanOrEqualTo(3);
        // The replay went through every kind of change, most of them many times.
        assertThat(done.keySet()).containsExactlyInAnyOrder(Action.values());
        assertThat(queries.stats().count(ClaimStatus.APPROVED) + done.get(Action.REOPEN)).isPositive();
    }

    @Test
    void a_recount_after_bulk_sql_brings_the_kept_figures_back_to_the_claims() {
        figures.recount();
        List<ClaimListItem> mine = mine();
        jdbc.update("update claim set status = 'DISMISSED', dismiss_reason = 'OPINION' where id = ?",
                mine.getFirst().id());

        assertThat(normal(figures.stats())).as("bulk SQL bypasses the counters").isNotEqualTo(normal(queries.stats()));
        figures.recount();
        assertThat(normal(figures.stats())).isEqualTo(normal(queries.stats()));
    }

    @Test
    void the_median_through_the_buckets_is_the_middle_of_the_sorted_times_from_a_microsecond_to_a_year() {
        figures.recount();
        Random random = new Random(SEED);
        long fortyNineHours = 49L * 3_600_000_000L;
        List<Long> times = new ArrayList<>();
        Map<Long, Long> byClaim = new java.util.HashMap<>();
        long claim = 1_000_000_000L;
        for (int step = 0; step < 1_500; step++) {
            if (!byClaim.isEmpty() && random.nextInt(4) == 0) {
                long gone = List.copyOf(byClaim.keySet()).get(random.nextInt(byClaim.size()));
                long micros = byClaim.remove(gone);
                times.remove(micros);
                counters.apply(approved(micros), null, gone);
            } else {
                int kind = random.nextInt(20);
                // Many approvals in the very same time (a generated desk's), then also one microsecond apart, in
                // the same bucket; the rest spread from a microsecond to a year, and a few negative.
                long micros = kind < 8 ? fortyNineHours
                        : kind < 10 && step > 700 ? fortyNineHours + 1 + random.nextInt(3)
                        : kind == 10 ? -(long) Math.pow(10, random.nextDouble() * 9)
                        : (long) Math.pow(10, random.nextDouble() * 13.5);
                byClaim.put(++claim, micros);
                times.add(micros);
                counters.apply(null, approved(micros), claim);
            }
            List<Long> sorted = times.stream().sorted().toList();
            java.time.Duration expected = sorted.isEmpty() ? null : sorted.size() % 2 == 1
                    ? java.time.Duration.of(sorted.get(sorted.size() / 2), java.time.temporal.ChronoUnit.MICROS)
                    : java.time.Duration.of(sorted.get(sorted.size() / 2 - 1) + sorted.get(sorted.size() / 2),
                            java.time.temporal.ChronoUnit.MICROS).dividedBy(2);
            assertThat(figures.stats().medianTimeToApproval()).as("step %d, %d times", step, sorted.size())
                    .isEqualTo(expected);
        }
    }

    @Test
    void after_the_migration_the_buckets_are_counted_from_the_kept_times_alone() {
        figures.recount();
        long claim = 2_000_000_000L;
        for (long micros : List.of(5L, 900L, 900L, 3_600_000_000L, 176_400_000_000L, 176_400_000_000L, -40L)) {
            counters.apply(null, approved(micros), ++claim);
        }
        Map<String, Long> kept = counters.counters();
        DeskStats before = figures.stats();
        // As V55 leaves a desk: times kept, no buckets, a row asking for them.
        jdbc.update("delete from desk_counter where name like 'approved-in:%'");
        jdbc.update("insert into desk_counter (name, n) values ('recount-buckets', 1)");
        assertThat(figures.waitsForRecount()).isTrue();

        assertThat(figures.stats()).isEqualTo(before);
        assertThat(figures.waitsForRecount()).isFalse();
        assertThat(counters.counters()).isEqualTo(kept).containsEntry("approved-in:481", 2L);
    }

    @Test
    void a_days_counter_goes_when_its_last_claim_leaves_it_so_the_table_does_not_grow_with_the_days() {
        figures.recount();
        List<ClaimListItem> selected = mine().subList(0, 3);
        selected.forEach(claim -> claims.select(claim.id(), claim.version()));
        Random random = new Random(SEED);
        Set<LocalDate> used = new java.util.HashSet<>();
        for (int day = 0; day < 40; day++) {
            LocalDate today = settings.today();
            for (ClaimListItem claim : mine().stream().filter(claim -> claim.status() == ClaimStatus.TO_CHECK)
                    .toList()) {
                LocalDate due = today.plusDays(random.nextInt(4));
                used.add(due);
                workflow.assign(claim.id(), claim.version(), new AssignmentData(
                        ASSIGNEES.get(random.nextInt(ASSIGNEES.size())), due, Priority.NORMAL));
            }
            entities.flush();
            assertThat(dueCounters()).as("day %d", day).isEqualTo(dueCountersOfTheClaims())
                    .hasSizeLessThanOrEqualTo(6);
            assertThat(normal(figures.stats())).as("day %d", day).isEqualTo(normal(queries.stats()));
            clock.advance(Duration.ofDays(1));
        }
        assertThat(used).as("days the claims were due on").hasSizeGreaterThan(30);
        mine().stream().filter(claim -> claim.status() == ClaimStatus.TO_CHECK)
                .forEach(claim -> workflow.unassign(claim.id(), claim.version()));
        mine().stream().filter(claim -> claim.status() == ClaimStatus.TO_CHECK)
                .forEach(claim -> claims.dismiss(claim.id(), claim.version(), DismissReason.OPINION));
        entities.flush();
        assertThat(dueCounters()).as("no claim due any more: no counter per day left").isEmpty();
        assertThat(figures.stats().overdue()).isZero();
    }

    @Test
    void a_day_emptied_and_filled_again_in_one_transaction_is_counted_by_that_transaction() {
        // No recount first (after one, this transaction creates every counter itself): a day no other test uses,
        // whose rows are created at zero on a connection of their own, as a real change's are.
        LocalDate day = LocalDate.of(2099, 1, 5);
        DeskCounters.Share due = new DeskCounters.Share(ClaimStatus.TO_CHECK, "checker2", null, null, day);
        counters.apply(null, due, 3_000_000_001L);
        assertThat(dueCounters()).isEqualTo(Map.of("due:" + day, 1L, "due-of:checker2:" + day, 1L));
        counters.apply(due, null, 3_000_000_001L);
        assertThat(dueCounters()).as("the day emptied: its rows deleted").isEmpty();
        // Only this transaction may create the rows again: another connection would wait for its deletion (on
        // PostgreSQL forever, H2 refuses it).
        counters.apply(null, due, 3_000_000_002L);
        counters.apply(null, due, 3_000_000_003L);
        assertThat(dueCounters()).isEqualTo(Map.of("due:" + day, 2L, "due-of:checker2:" + day, 2L));
    }

    @Test
    void after_the_migration_the_due_counters_are_counted_from_the_open_dated_claims_alone() throws Exception {
        figures.recount();
        List<ClaimListItem> selected = mine().subList(0, 6);
        selected.forEach(claim -> claims.select(claim.id(), claim.version()));
        LocalDate today = settings.today();
        for (int i = 0; i < selected.size(); i++) {
            long id = selected.get(i).id();
            workflow.assign(id, version(id), new AssignmentData(ASSIGNEES.get(i % 3),
                    i == 5 ? null : today.plusDays(i), Priority.NORMAL));
        }
        long dismissed = selected.get(4).id();
        workflow.unassign(dismissed, version(dismissed));
        claims.dismiss(dismissed, version(dismissed), DismissReason.OPINION);
        entities.flush();
        clock.advance(Duration.ofDays(2));
        DeskStats before = figures.stats();
        Map<String, Long> kept = counters.counters();
        assertThat(before.overdue()).isEqualTo(2);
        // As V55 left a desk (no counter per due day), then V56 itself; and a figure V56 does not recount, off.
        jdbc.update("delete from desk_counter where name like 'due:%'");
        jdbc.update("delete from desk_counter where name like 'due-of:%'");
        jdbc.execute((org.springframework.jdbc.core.ConnectionCallback<Void>) connection -> {
            org.springframework.jdbc.datasource.init.ScriptUtils.executeSqlScript(connection,
                    new org.springframework.core.io.ClassPathResource("db/migration/V56__due_day_counters.sql"));
            return null;
        });
        jdbc.update("update desk_counter set n = n + 1000 where name = 'status:TO_CHECK'");
        assertThat(figures.waitsForRecount()).isTrue();

        DeskStats after = figures.stats();

        assertThat(figures.waitsForRecount()).isFalse();
        assertThat(after.overdue()).isEqualTo(before.overdue());
        assertThat(after.workloads()).isEqualTo(before.workloads());
        assertThat(after.count(ClaimStatus.TO_CHECK)).as("not the full recount")
                .isEqualTo(before.count(ClaimStatus.TO_CHECK) + 1000);
        Map<String, Long> counted = counters.counters();
        assertThat(counted).containsEntry("status:TO_CHECK", kept.get("status:TO_CHECK") + 1000);
        counted.put("status:TO_CHECK", kept.get("status:TO_CHECK"));
        assertThat(counted).isEqualTo(kept);
        figures.recount();
        assertThat(counters.counters()).as("as the full recount counts them").isEqualTo(kept);
        assertThat(normal(figures.stats())).isEqualTo(normal(queries.stats()));
    }

    private static DeskCounters.Share approved(long micros) {
        return new DeskCounters.Share(ClaimStatus.APPROVED, null, null, micros, null);
    }

    /** The kept counters per due day, as the table holds them, zeros included. */
    private Map<String, Long> dueCounters() {
        Map<String, Long> kept = new java.util.TreeMap<>();
        jdbc.query("select name, n from desk_counter", row -> {
            if (DeskCounters.perDay(row.getString(1))) {
                kept.put(row.getString(1), row.getLong(2));
            }
        });
        return kept;
    }

    /** What the counters per due day should be, counted here from the claims: only days with a claim due. */
    private Map<String, Long> dueCountersOfTheClaims() {
        Map<String, Long> expected = new java.util.TreeMap<>();
        jdbc.query("select status, assignee, due_date from claim where due_date is not null", row -> {
            String status = row.getString(1);
            String assignee = row.getString(2);
            LocalDate day = row.getObject(3, LocalDate.class);
            if (!Set.of("APPROVED", "DISMISSED").contains(status)) {
                expected.merge("due:" + day, 1L, Long::sum);
                if (assignee != null && Set.of("TO_CHECK", "IN_RESEARCH", "IN_REVIEW").contains(status)) {
                    expected.merge("due-of:" + assignee + ":" + day, 1L, Long::sum);
                }
            }
        });
        return expected;
    }

    /** Plays one action on a claim of the article in the status it needs; false when there is none. */
    private boolean play(Action action, Random random) {
        LocalDate today = settings.today();
        switch (action) {
            case CREATE -> {
                int sentence = random.nextInt(12);
                int start = body.indexOf("In " + (1951 + sentence));
                if (start < 0) {
                    return false;
                }
                shaping.createFromSelection(article, TextPart.BODY, start, body.indexOf('.', start) + 1);
            }
            case ACCEPT -> {
                return on(random, ClaimStatus.CANDIDATE, claim -> claims.select(claim.id(), claim.version()));
            }
            case DESELECT -> {
                return on(random, ClaimStatus.TO_CHECK, claim -> claims.deselect(claim.id(), claim.version()));
            }
            case DISMISS -> {
                return on(random, random.nextBoolean() ? ClaimStatus.CANDIDATE : ClaimStatus.TO_CHECK, claim -> {
                    claims.dismiss(claim.id(), claim.version(),
                            DismissReason.values()[random.nextInt(DismissReason.values().length)]);
                    if (claim.dueDate() != null) {
                        covered("a dated claim dismissed");
                    }
                });
            }
            case RESTORE -> {
                return on(random, ClaimStatus.DISMISSED, claim -> claims.restore(claim.id(), claim.version()));
            }
            case ASSIGN -> {
                return on(random, random.nextBoolean() ? ClaimStatus.TO_CHECK : ClaimStatus.IN_RESEARCH, claim -> {
                    String assignee = ASSIGNEES.get(random.nextInt(ASSIGNEES.size()));
                    LocalDate due = random.nextInt(4) == 0 ? null : today.plusDays(random.nextInt(12));
                    workflow.assign(claim.id(), claim.version(), new AssignmentData(assignee, due,
                            Priority.values()[random.nextInt(Priority.values().length)]));
                    covered(claim.dueDate() == null ? due == null ? "no due date kept" : "a due date set"
                            : due == null ? "a due date cleared" : due.equals(claim.dueDate()) ? "a due date kept"
                            : "a due date changed");
                    if (claim.assignee() != null && !claim.assignee().equals(assignee) && claim.dueDate() != null) {
                        covered("a dated claim handed to another assignee");
                    }
                });
            }
            case UNASSIGN -> {
                return on(random, ClaimStatus.IN_RESEARCH, claim -> workflow.unassign(claim.id(), claim.version()));
            }
            case TAKE -> {
                return on(random, ClaimStatus.TO_CHECK, claim -> {
                    if (claim.assignee() == null) {
                        throw new RefusedException(null, "not assigned");
                    }
                    SignedIn.as(users, claim.assignee());
                    research.take(claim.id(), claim.version());
                });
            }
            case SUBMIT -> {
                return on(random, ClaimStatus.IN_RESEARCH, claim -> {
                    SignedIn.as(users, claim.assignee());
                    sources.add(claim.id(), new SourceData("https://stats.example.org/homes/" + claim.id(),
                            "Homes built", "Statistics office", SourceKind.OFFICIAL_STATISTICS, null, null,
                            Reliability.HIGH, null));
                    research.submit(claim.id(), version(claim.id()), new VerdictData(
                            scale.get(random.nextInt(scale.size())), "Per the statistics office."));
                });
            }
            case RETURN -> {
                return on(random, ClaimStatus.IN_REVIEW,
                        claim -> workflow.sendBack(claim.id(), claim.version(), "Please check the 1970 figure."));
            }
            case APPROVE -> {
                return on(random, ClaimStatus.IN_REVIEW, claim -> {
                    SignedIn.as(users, "editor".equals(claim.assignee()) ? "editor2"
                            : random.nextBoolean() ? "editor" : "editor2");
                    workflow.approve(claim.id(), claim.version());
                    if (claim.dueDate() != null) {
                        covered("a dated claim approved");
                    }
                });
            }
            case REOPEN -> {
                return on(random, ClaimStatus.APPROVED, claim -> {
                    workflow.reopen(claim.id(), claim.version(), "The office revised its figures.");
                    if (claim.dueDate() != null) {
                        covered("a dated claim reopened");
                    }
                });
            }
            case MERGE -> {
                return on(random, ClaimStatus.CANDIDATE, claim -> shaping.mergeWithNext(claim.id(), claim.version()));
            }
            case EDIT_ARTICLE -> {
                // Sentences come and go: their candidates are extracted again, or deleted.
                var details = articles.find(article).orElseThrow();
                body = body(8 + random.nextInt(8));
                articles.update(article, details.version(), new ArticleData(details.title(), body, null, null, null,
                        null, "en"));
            }
            case DAYS_PASS -> {
                // Time passes: the desk's day moves on over the dated claims, due soon becomes overdue, nothing is
                // written (overdue and due soon follow the day).
                clock.advance(Duration.ofHours(12 + random.nextInt(60)));
            }
            default -> throw new IllegalStateException();
        }
        return true;
    }

    private interface Change {
        void on(ClaimListItem claim);
    }

    private boolean on(Random random, ClaimStatus status, Change change) {
        List<ClaimListItem> candidates = mine().stream().filter(claim -> claim.status() == status).toList();
        if (candidates.isEmpty()) {
            return false;
        }
        change.on(candidates.get(random.nextInt(candidates.size())));
        return true;
    }

    private List<ClaimListItem> mine() {
        entities.flush();
        return queries.list(new ClaimFilter(Set.of(), null, article, null, false, ""), ALL);
    }

    private long version(long claimId) {
        entities.flush();
        return claims.find(claimId).orElseThrow().version();
    }

    /** The verdicts in one order: the recount lists them as the database groups them. */
    private static DeskStats normal(DeskStats stats) {
        List<DeskStats.VerdictCount> verdicts = new ArrayList<>(stats.verdicts());
        verdicts.sort(Comparator.comparingLong(DeskStats.VerdictCount::ratingId));
        return new DeskStats(stats.today(), stats.byStatus(), stats.overdue(), stats.workloads(), verdicts,
                stats.medianTimeToApproval());
    }
}
