package org.factdesk.workflow;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.factdesk.Application;
import org.factdesk.claim.ClaimFilter;
import org.factdesk.claim.ClaimListItem;
import org.factdesk.claim.ClaimQueryService;
import org.factdesk.claim.DeskStats;
import org.factdesk.generator.DeskGenerator;
import org.factdesk.rating.RatingItem;
import org.factdesk.rating.RatingScaleService;
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
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The desk's lists and dashboard on a large desk made by the generator, through the services the screens call, with
 * the database in a file as in production (issue 15). The desk is generated once into
 * {@code target/bench-desk-lists-<claims>/pristine} and copied for each run, so every run starts from the same data
 * (and a run's migrations never touch the pristine copy). {@code -Dbench.claims=1000000} for the million-claim desk.
 * Signed in as {@code checker01} with the editor's role as well, so that My tasks has rows.
 */
@State(Scope.Benchmark)
@Fork(1)
@BenchmarkMode(Mode.AverageTime)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 3)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class ListsBenchmark {

    private static final int CLAIMS = Integer.getInteger("bench.claims", 100_000);
    private static final Path DESK = Path.of("target", "bench-desk-lists-" + CLAIMS).toAbsolutePath();
    private static final int PAGE = 50;

    private ConfigurableApplicationContext context;
    private ClaimQueryService queries;
    private ReviewQueueService reviewQueue;
    private RatingScaleService ratings;
    private OverdueClaims overdue;
    private long claims;

    @Setup(Level.Trial)
    public void openTheDesk() throws SQLException, IOException {
        Path pristine = DESK.resolve("pristine");
        if (!Files.exists(pristine.resolve("factdesk.mv.db"))) {
            DeskGenerator.generate("jdbc:h2:file:" + pristine.resolve("factdesk"), CLAIMS, done -> { });
        }
        Path run = Files.createDirectories(DESK.resolve("run"));
        Files.copy(pristine.resolve("factdesk.mv.db"), run.resolve("factdesk.mv.db"),
                StandardCopyOption.REPLACE_EXISTING);
        context = new SpringApplicationBuilder(Application.class).web(WebApplicationType.NONE).run(
                "--factdesk.data-dir=" + run, "--factdesk.seed-articles=false", "--factdesk.demo-users=false",
                "--factdesk.overdue.check-enabled=false", "--factdesk.backup.nightly=false",
                "--spring.main.lazy-initialization=true", "--spring.main.banner-mode=off",
                "--logging.level.root=warn",
                "--spring.autoconfigure.exclude=com.vaadin.flow.spring.SpringBootAutoConfiguration,"
                        + "com.vaadin.flow.spring.SpringSecurityAutoConfiguration");
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                "checker01", null, List.of(new SimpleGrantedAuthority("ROLE_EDITOR"),
                        new SimpleGrantedAuthority("ROLE_CHECKER"))));
        queries = context.getBean(ClaimQueryService.class);
        reviewQueue = context.getBean(ReviewQueueService.class);
        ratings = context.getBean(RatingScaleService.class);
        overdue = context.getBean(OverdueClaims.class);
        claims = queries.count(ClaimFilter.none());
        System.out.printf("%nDesk: %,d claims%n", claims);
    }

    @Benchmark
    public List<ClaimListItem> claimsFirstPage() {
        return queries.list(ClaimFilter.none(), PageRequest.of(0, PAGE));
    }

    /** Where a scrollbar drag to the middle lands. */
    @Benchmark
    public List<ClaimListItem> claimsMiddlePage() {
        return queries.list(ClaimFilter.none(), PageRequest.of((int) (claims / 2 / PAGE), PAGE));
    }

    @Benchmark
    public List<ClaimListItem> claimsLastPage() {
        return queries.list(ClaimFilter.none(), PageRequest.of((int) ((claims - 1) / PAGE), PAGE));
    }

    @Benchmark
    public long claimsCount() {
        return queries.count(ClaimFilter.none());
    }

    @Benchmark
    public List<ClaimListItem> claimsOfOneAssigneeFirstPage() {
        return queries.list(assignee(), PageRequest.of(0, PAGE));
    }

    @Benchmark
    public long claimsOfOneAssigneeCount() {
        return queries.count(assignee());
    }

    @Benchmark
    public List<ClaimListItem> myTasksFirstPage() {
        return queries.myTasks(PageRequest.of(0, PAGE));
    }

    @Benchmark
    public List<ReviewItem> reviewQueueFirstPage() {
        return reviewQueue.list(PageRequest.of(0, PAGE));
    }

    @Benchmark
    public DeskStats dashboard() {
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

    private static ClaimFilter assignee() {
        return new ClaimFilter(java.util.Set.of(), "checker07", null, null, false, "");
    }

    @TearDown(Level.Trial)
    public void close() {
        context.close();
    }
}
