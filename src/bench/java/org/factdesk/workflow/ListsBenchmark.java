package org.factdesk.workflow;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.factdesk.Application;
import org.factdesk.claim.ClaimFilter;
import org.factdesk.claim.ClaimListItem;
import org.factdesk.claim.ClaimListKey;
import org.factdesk.claim.ClaimStatus;
import org.factdesk.claim.ClaimQueryService;
import org.factdesk.claim.DeskStats;
import org.factdesk.dashboard.DeskFigures;
import org.factdesk.generator.DeskGenerator;
import org.factdesk.rating.RatingItem;
import org.factdesk.rating.RatingScaleService;
import org.factdesk.report.claimreview.ClaimReviewPage;
import org.factdesk.report.claimreview.ClaimReviewService;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The desk's lists and dashboard on a large desk made by the generator, through the services the screens call, with
 * the database in a file as in production (issue 15). The desk is generated once into
 * {@code target/bench-desk-lists-<claims>/pristine} and copied once into {@code run/}, which the first start migrates
 * (on a busy machine V28 takes minutes on 100,000 claims) and every benchmark then reads; nothing measured writes.
 * Delete {@code run/} to start again from the pristine desk. {@code FACTDESK_BENCH_CLAIMS=1000000} for a million claims.
 * Signed in as {@code checker01} with the editor's role as well, so that My tasks has rows. On PostgreSQL with
 * {@code FACTDESK_BENCH_DB_URL}: the same generated desk, copied there once.
 */
@State(Scope.Benchmark)
@Fork(1)
@BenchmarkMode(Mode.AverageTime)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 3)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class ListsBenchmark {

    // An environment variable: Maven's -D properties do not reach JMH's forked JVM.
    private static final int CLAIMS = Integer.parseInt(
            System.getenv().getOrDefault("FACTDESK_BENCH_CLAIMS", "100000"));
    private static final Path DESK = Path.of("target", "bench-desk-lists-" + CLAIMS).toAbsolutePath();
    private static final int PAGE = 50;
    private static final int FEED_PAGE = ClaimReviewService.MAX_PAGE_SIZE;
    /**
     * PostgreSQL instead of the H2 file: {@code FACTDESK_BENCH_DB_URL} (+ {@code _USER}, {@code _PASSWORD}, default
     * {@code factdesk}) names an empty database, into which the generated desk is copied once
     * ({@link PostgresDeskCopy}); later runs find it there.
     */
    private static final String POSTGRES = System.getenv().getOrDefault("FACTDESK_BENCH_DB_URL", "");

    private ConfigurableApplicationContext context;
    private ClaimQueryService queries;
    private ReviewQueueService reviewQueue;
    private RatingScaleService ratings;
    private OverdueClaims overdue;
    private long claims;
    private ClaimListKey middle;
    private ClaimListKey beforeLast;
    private DeskFigures figures;
    private long tasks;
    private ClaimQueryService.TaskKey tasksBeforeLast;
    private ClaimReviewService feed;
    private long approvedBeforeLastFeedPage;
    private int lastFeedPage;
    private Instant laterHalf;
    private long inTheLaterHalf;
    private long inReview;
    private org.factdesk.claim.ClaimWorkflow.ReviewKey reviewBeforeLast;

    @Setup(Level.Trial)
    public void openTheDesk() throws SQLException, IOException {
        Path pristine = DESK.resolve("pristine");
        if (!Files.exists(pristine.resolve("factdesk.mv.db"))) {
            DeskGenerator.generate("jdbc:h2:file:" + pristine.resolve("factdesk"), CLAIMS, done -> { });
        }
        // A folder of its own on PostgreSQL (the search index, backups), so that runs on both may go at once.
        Path run = Files.createDirectories(DESK.resolve(POSTGRES.isEmpty() ? "run" : "run-postgresql"));
        if (POSTGRES.isEmpty() && !Files.exists(run.resolve("factdesk.mv.db"))) {
            Files.copy(pristine.resolve("factdesk.mv.db"), run.resolve("factdesk.mv.db"));
        }
        List<String> arguments = new java.util.ArrayList<>(List.of(
                "--factdesk.data-dir=" + run, "--factdesk.seed-articles=false", "--factdesk.demo-users=false",
                "--factdesk.overdue.check-enabled=false", "--factdesk.backup.nightly=false",
                // Indexing a million claims in the background at start would share the CPU with every measurement.
                "--factdesk.search.rebuild-on-start=false",
                "--spring.main.lazy-initialization=true", "--spring.main.banner-mode=off",
                "--logging.level.root=warn",
                "--spring.autoconfigure.exclude=com.vaadin.flow.spring.SpringBootAutoConfiguration,"
                        + "com.vaadin.flow.spring.SpringSecurityAutoConfiguration"));
        if (POSTGRES.isEmpty()) {
            // As in production but QUERY_CACHE_SIZE=0: with its statement cache H2 hands back a statement's previous
            // result when it runs again with the same parameters and nothing changed, so a benchmark that repeats
            // one read would measure that reuse, not the read.
            arguments.add("--spring.datasource.url=jdbc:h2:file:" + run.resolve("factdesk")
                    + ";WRITE_DELAY=0;DB_CLOSE_ON_EXIT=FALSE;QUERY_CACHE_SIZE=0");
        } else {
            arguments.add("--spring.datasource.url=" + POSTGRES);
            arguments.add("--spring.datasource.username="
                    + System.getenv().getOrDefault("FACTDESK_BENCH_DB_USER", "factdesk"));
            arguments.add("--spring.datasource.password="
                    + System.getenv().getOrDefault("FACTDESK_BENCH_DB_PASSWORD", "factdesk"));
        }
        context = new SpringApplicationBuilder(Application.class).web(WebApplicationType.NONE)
                .run(arguments.toArray(String[]::new));
        if (!POSTGRES.isEmpty()) {
            try (java.sql.Connection postgres = context.getBean(javax.sql.DataSource.class).getConnection()) {
                if (PostgresDeskCopy.empty(postgres)) {
                    PostgresDeskCopy.copy(pristine.resolve("factdesk"), postgres);
                }
            }
        }
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                "checker01", null, List.of(new SimpleGrantedAuthority("ROLE_EDITOR"),
                        new SimpleGrantedAuthority("ROLE_CHECKER"))));
        queries = context.getBean(ClaimQueryService.class);
        reviewQueue = context.getBean(ReviewQueueService.class);
        ratings = context.getBean(RatingScaleService.class);
        overdue = context.getBean(OverdueClaims.class);
        claims = queries.count(ClaimFilter.none());
        middle = queries.keyAfter(ClaimFilter.none(), null, (int) (claims / 2)).orElseThrow();
        beforeLast = queries.keyAfter(ClaimFilter.none(), null, (int) (claims - PAGE)).orElseThrow();
        figures = context.getBean(DeskFigures.class);
        figures.stats();
        tasks = queries.myTaskCount();
        tasksBeforeLast = queries.myTaskKeyAfter(null, (int) (tasks - PAGE)).orElseThrow();
        inReview = reviewQueue.countUpTo(Integer.MAX_VALUE);
        reviewBeforeLast = reviewQueue.keyAfter(null, (int) (inReview - PAGE)).orElseThrow();
        feed = context.getBean(ClaimReviewService.class);
        long approved = feed.approvedSince(Instant.EPOCH, 0, 1).total();
        lastFeedPage = (int) ((approved - 1) / FEED_PAGE);
        approvedBeforeLastFeedPage = feed.approvedSince(Instant.EPOCH, lastFeedPage * FEED_PAGE, 1).claims().getFirst()
                .id() - 1;
        // When half of the approved claims had changed (the generator's times grow with the ids), and a claim in the
        // half that changed since.
        JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
        laterHalf = jdbc.queryForObject("select review_modified_at from claim where status = 'APPROVED' "
                + "order by review_modified_at offset ? rows fetch next 1 rows only", OffsetDateTime.class,
                approved / 2).toInstant();
        inTheLaterHalf = jdbc.queryForObject("select id from claim where status = 'APPROVED' "
                + "order by review_modified_at offset ? rows fetch next 1 rows only", Long.class, approved * 3 / 4);
        System.out.printf("%nDesk: %,d claims, %,d tasks of checker01, %,d in review, %,d approved%n", claims, tasks,
                inReview, approved);
    }

    /** The claims list's first page, as the grid reads it (a seek from the top). */
    @Benchmark
    public List<ClaimListItem> claimsFirstPage() {
        return queries.listAfter(ClaimFilter.none(), null, PAGE);
    }

    /** The page after a remembered boundary in the middle, as scrolling reads it. */
    @Benchmark
    public List<ClaimListItem> claimsMiddlePage() {
        return queries.listAfter(ClaimFilter.none(), middle, PAGE);
    }

    @Benchmark
    public List<ClaimListItem> claimsLastPage() {
        return queries.listAfter(ClaimFilter.none(), beforeLast, PAGE);
    }

    /**
     * A scrollbar drag: the grid's size grows by {@code SeekPaging.ESTIMATE_STEP} (5,000) rows at a time above
     * 10,000, so a jump lands at most that far past a boundary it remembers; this one is a jump of 5,000 rows.
     */
    @Benchmark
    public List<ClaimListItem> claimsJumpOf5000Rows() {
        return queries.listAfter(ClaimFilter.none(), queries.keyAfter(ClaimFilter.none(), middle, 5_000)
                .orElseThrow(), PAGE);
    }

    /** The farthest jump below the "10,000+" threshold: row 10,000 from the top. */
    @Benchmark
    public List<ClaimListItem> claimsJumpOf10000Rows() {
        return queries.listAfter(ClaimFilter.none(), queries.keyAfter(ClaimFilter.none(), null, 10_000)
                .orElseThrow(), PAGE);
    }

    /** The grid's count: exact up to 10,000, "10,000+" above. */
    @Benchmark
    public long claimsCount() {
        return queries.countUpTo(ClaimFilter.none(), 10_001);
    }

    @Benchmark
    public List<ClaimListItem> claimsOfOneAssigneeFirstPage() {
        return queries.listAfter(assignee(), null, PAGE);
    }

    @Benchmark
    public long claimsOfOneAssigneeCount() {
        return queries.countUpTo(assignee(), 10_001);
    }

    /** Three statuses at once: read one status at a time through its index, then merged. */
    @Benchmark
    public List<ClaimListItem> claimsInWorkFirstPage() {
        return queries.listAfter(new ClaimFilter(java.util.Set.of(ClaimStatus.TO_CHECK, ClaimStatus.IN_RESEARCH,
                ClaimStatus.IN_REVIEW), null, null, null, false, ""), null, PAGE);
    }

    /** My tasks as the grid reads it: a seek through (assignee, task_position, id). */
    @Benchmark
    public List<ClaimListItem> myTasksFirstPage() {
        return queries.myTasksAfter(null, PAGE);
    }

    @Benchmark
    public List<ClaimListItem> myTasksLastPage() {
        return queries.myTasksAfter(tasksBeforeLast, PAGE);
    }

    /** Before: My tasks by offset, sorted on each read, its last page. */
    @Benchmark
    public List<ClaimListItem> myTasksLastPageByOffset() {
        return queries.myTasks(PageRequest.of((int) ((tasks - 1) / PAGE), PAGE));
    }

    @Benchmark
    public List<ClaimListItem> myTasksFirstPageByOffset() {
        return queries.myTasks(PageRequest.of(0, PAGE));
    }

    /** The review queue as the grid reads it: a seek through (status, submitted_at, id). */
    @Benchmark
    public List<ReviewItem> reviewQueueFirstPage() {
        return reviewQueue.listAfter(null, PAGE);
    }

    @Benchmark
    public List<ReviewItem> reviewQueueLastPage() {
        return reviewQueue.listAfter(reviewBeforeLast, PAGE);
    }

    /** Before: the review queue by offset, its last page. */
    @Benchmark
    public List<ReviewItem> reviewQueueLastPageByOffset() {
        return reviewQueue.list(PageRequest.of((int) ((inReview - 1) / PAGE), PAGE));
    }

    @Benchmark
    public List<ReviewItem> reviewQueueFirstPageByOffset() {
        return reviewQueue.list(PageRequest.of(0, PAGE));
    }

    /** The dashboard as it shows now: the kept counters and the indexed day-dependent figures (decision 024). */
    @Benchmark
    public DeskStats dashboard() {
        return figures.stats();
    }

    /** Before: the dashboard's five passes over the claims, the full recount. */
    @Benchmark
    public DeskStats dashboardByFullRecount() {
        return queries.stats();
    }

    @Benchmark
    public List<RatingItem> ratingScale() {
        return ratings.all();
    }

    /** The 15-minute job on a day when nothing is due. */
    @Benchmark
    public int overdueCheckWithNothingDue() {
        return overdue.tellWatchers(LocalDate.of(2000, 1, 1));
    }

    /**
     * The ClaimReview feed's first page from the beginning, as a CMS's first full pull asks it: the count over all
     * pages comes with it.
     */
    @Benchmark
    public ClaimReviewPage feedFirstPage() {
        return feed.approvedSinceAfter(Instant.EPOCH, 0, FEED_PAGE);
    }

    /** The feed's last page of a full pull, reached through the pages' next addresses (by the last claim's id). */
    @Benchmark
    public ClaimReviewPage feedLastPageByKey() {
        return feed.approvedSinceAfter(Instant.EPOCH, approvedBeforeLastFeedPage, FEED_PAGE);
    }

    /** The same page asked for by number, as before: it reads and counts every change up to it. */
    @Benchmark
    public ClaimReviewPage feedLastPageByNumber() {
        return feed.approvedSince(Instant.EPOCH, lastFeedPage, FEED_PAGE);
    }

    /**
     * A pull since half of the approved claims changed, those with the higher ids: its first page looks through the
     * first approved claims, finds none changed, and reads the changes from their indexes (the design's worst case).
     */
    @Benchmark
    public ClaimReviewPage feedFirstPageSinceHalfChanged() {
        return feed.approvedSinceAfter(laterHalf, 0, FEED_PAGE);
    }

    /** The same pull further on, among the claims that changed. */
    @Benchmark
    public ClaimReviewPage feedPageSinceHalfChanged() {
        return feed.approvedSinceAfter(laterHalf, inTheLaterHalf, FEED_PAGE);
    }

    /** A CMS polling every few minutes: nothing changed since its last pull. */
    @Benchmark
    public ClaimReviewPage feedPollWithNothingChanged() {
        return feed.approvedSinceAfter(Instant.now().plusSeconds(60), 0, FEED_PAGE);
    }

    private static ClaimFilter assignee() {
        return new ClaimFilter(java.util.Set.of(), "checker07", null, null, false, "");
    }

    @TearDown(Level.Trial)
    public void close() {
        context.close();
    }
}
