package org.factdesk.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.EntityManager;
import jakarta.validation.ConstraintViolationException;
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
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.annotation.Transactional;

/**
 * Replays random changes to a desk's claims through the services, as colleagues make them (create, accept, dismiss,
 * restore, assign, take, submit, return, approve, reopen, unassign, merge, which deletes, and edits of the article,
 * which re-extract its candidates), from a fixed seed, and checks after every step that the dashboard's kept figures
 * equal a full recount over the claims ({@code ClaimQueryService.stats()}), and that they were kept, not recounted.
 */
@SpringBootTest
@ExtendWith(SignedIn.class)
@Transactional
@WithUserDetails("editor")
class DeskCountersReplayTest {

    private static final long SEED = 20_260_105L;
    private static final int STEPS = 400;
    private static final List<String> ASSIGNEES = List.of("checker", "checker2", "editor", "editor2");
    private static final PageRequest ALL = PageRequest.of(0, 1_000);

    enum Action {
        CREATE, ACCEPT, DESELECT, DISMISS, RESTORE, ASSIGN, UNASSIGN, TAKE, SUBMIT, RETURN, APPROVE, REOPEN, MERGE,
        EDIT_ARTICLE, FALL_DUE
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

    private long article;
    private String body;
    private List<Long> scale;

    @BeforeEach
    void an_article_of_claims_and_two_more_colleagues() {
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
        for (int step = 0; step < STEPS; step++) {
            Action action = Action.values()[random.nextInt(Action.values().length)];
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
            if (kept.medianTimeToApproval() != null) {
                medians.add(kept.medianTimeToApproval());
            }
        }
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

    private static DeskCounters.Share approved(long micros) {
        return new DeskCounters.Share(ClaimStatus.APPROVED, null, null, micros);
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
                return on(random, random.nextBoolean() ? ClaimStatus.CANDIDATE : ClaimStatus.TO_CHECK,
                        claim -> claims.dismiss(claim.id(), claim.version(),
                                DismissReason.values()[random.nextInt(DismissReason.values().length)]));
            }
            case RESTORE -> {
                return on(random, ClaimStatus.DISMISSED, claim -> claims.restore(claim.id(), claim.version()));
            }
            case ASSIGN -> {
                return on(random, random.nextBoolean() ? ClaimStatus.TO_CHECK : ClaimStatus.IN_RESEARCH,
                        claim -> workflow.assign(claim.id(), claim.version(), new AssignmentData(
                                ASSIGNEES.get(random.nextInt(ASSIGNEES.size())),
                                random.nextInt(4) == 0 ? null : today.plusDays(random.nextInt(12)),
                                Priority.values()[random.nextInt(Priority.values().length)])));
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
                });
            }
            case REOPEN -> {
                return on(random, ClaimStatus.APPROVED,
                        claim -> workflow.reopen(claim.id(), claim.version(), "The office revised its figures."));
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
            case FALL_DUE -> {
                // Time passes: a dated claim's due date is now behind it (overdue and due soon follow the day).
                List<ClaimListItem> dated = mine().stream().filter(claim -> claim.dueDate() != null).toList();
                if (dated.isEmpty()) {
                    return false;
                }
                jdbc.update("update claim set due_date = ? where id = ?", today.minusDays(1 + random.nextInt(5)),
                        dated.get(random.nextInt(dated.size())).id());
                entities.clear();
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
