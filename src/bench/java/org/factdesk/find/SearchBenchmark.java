package org.factdesk.find;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.factdesk.Application;
import org.factdesk.claim.ClaimFilter;
import org.factdesk.claim.ClaimListItem;
import org.factdesk.claim.ClaimQueryService;
import org.factdesk.generator.DeskGenerator;
import org.factdesk.library.CsvColumn;
import org.factdesk.library.ImportProgress;
import org.factdesk.library.LibraryService;
import org.factdesk.search.SearchIndexes;
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
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The header's search and the claims list's text filter on a desk made by the generator (100,000 claims by default,
 * {@code FACTDESK_BENCH_CLAIMS=1000000} for a million), the database and the index in files as in production; the
 * index is built once at setup (its time is printed). {@link #import10000FactChecks} imports 10,000 fact-checks as
 * CSV through the library's import, indexing included, one shot per iteration.
 */
@State(Scope.Benchmark)
@Fork(1)
@BenchmarkMode(Mode.AverageTime)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 3)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class SearchBenchmark {

    private static final int CLAIMS = Integer.parseInt(
            System.getenv().getOrDefault("FACTDESK_BENCH_CLAIMS", "100000"));
    private static final Path DESK = Path.of("target", "bench-search-" + CLAIMS).toAbsolutePath();

    private ConfigurableApplicationContext context;
    private EverythingSearch search;
    private ClaimQueryService queries;
    private LibraryService library;

    @Setup(Level.Trial)
    public void openTheDesk() throws Exception {
        Path data = DESK.resolve("data");
        if (!Files.exists(data.resolve("factdesk.mv.db"))) {
            Files.createDirectories(data);
            DeskGenerator.generate("jdbc:h2:file:" + data.resolve("factdesk"), CLAIMS, done -> { });
        }
        context = new SpringApplicationBuilder(Application.class).web(WebApplicationType.NONE).run(
                "--factdesk.data-dir=" + data, "--factdesk.seed-articles=false", "--factdesk.demo-users=false",
                "--factdesk.overdue.check-enabled=false", "--factdesk.backup.nightly=false",
                "--factdesk.search.rebuild-on-start=false", "--spring.main.banner-mode=off",
                "--spring.main.lazy-initialization=true",
                "--logging.level.root=warn",
                "--spring.autoconfigure.exclude=com.vaadin.flow.spring.SpringBootAutoConfiguration,"
                        + "com.vaadin.flow.spring.SpringSecurityAutoConfiguration");
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                "editor01", null, List.of(new SimpleGrantedAuthority("ROLE_EDITOR"))));
        SearchIndexes indexes = context.getBean(SearchIndexes.class);
        if (!Files.exists(data.resolve("index").resolve("factdesk-index-version"))) {
            long start = System.nanoTime();
            indexes.rebuild().toCompletableFuture().get();
            System.out.printf("%nIndexed the desk (%,d documents) in %.1f s%n", indexes.progress().done(),
                    (System.nanoTime() - start) / 1e9);
        }
        search = context.getBean(EverythingSearch.class);
        queries = context.getBean(ClaimQueryService.class);
        library = context.getBean(LibraryService.class);
    }

    @TearDown(Level.Trial)
    public void close() {
        context.close();
    }

    /** Words in a tenth of the claims: every kind searched, ten hits of each shown, the totals counted. */
    @Benchmark
    public SearchResults headerSearchCommonWords() {
        return search.search(SearchRequest.of("tram passengers"));
    }

    /** Words of one article's claims. */
    @Benchmark
    public SearchResults headerSearchRareWords() {
        return search.search(SearchRequest.of("teachers article no. 4242"));
    }

    /** The claims list filtered by text: the index's best 1,000 ids, then the first seek page of 50. */
    @Benchmark
    public List<ClaimListItem> claimsListTextFilter() {
        return queries.listAfter(new ClaimFilter(Set.of(), null, null, null, false, "tram passengers"), null, 50);
    }

    /**
     * 10,000 new fact-checks as one CSV import, from the file to the index. Their URLs are new in every run (the desk
     * and its library are kept in {@code target/} between runs), so each run adds and never merely meets known URLs.
     * {@code -Dbench.include=org.factdesk.find.SearchBenchmark.import10000FactChecks} runs it alone.
     */
    @Benchmark
    @BenchmarkMode(Mode.SingleShotTime)
    @Warmup(iterations = 0)
    @Measurement(iterations = 1)
    @OutputTimeUnit(TimeUnit.SECONDS)
    public ImportProgress import10000FactChecks() throws Exception {
        String batch = Long.toString(System.currentTimeMillis(), 36);
        StringBuilder csv = new StringBuilder("claim,rating,url,date,publisher,language\n");
        for (int i = 0; i < 10_000; i++) {
            csv.append("\"The council spent ").append(i).append(" million on harbour works in round ").append(batch)
                    .append("\",False,https://bench.example.org/").append(batch).append('/').append(i)
                    .append(",2024-03-01,Bench Checkers,en\n");
        }
        com.sun.management.OperatingSystemMXBean os = (com.sun.management.OperatingSystemMXBean)
                java.lang.management.ManagementFactory.getOperatingSystemMXBean();
        long cpu = os.getProcessCpuTime();
        long wall = System.nanoTime();
        long id = library.importCsv("bench.csv", csv.toString().getBytes(StandardCharsets.UTF_8), Map.of(
                CsvColumn.CLAIM, "claim", CsvColumn.RATING, "rating", CsvColumn.URL, "url", CsvColumn.DATE, "date",
                CsvColumn.PUBLISHER, "publisher", CsvColumn.LANGUAGE, "language"));
        while (true) {
            ImportProgress progress = library.importProgress(id);
            if (progress != null && progress.finished()) {
                // Wall time on a shared machine follows its load; the process's CPU time (every thread, indexing
                // and merges included) compares runs better.
                System.out.printf("%nImported %,d fact-checks: process CPU %.1f s, wall %.1f s, load %.1f%n",
                        progress.added(), (os.getProcessCpuTime() - cpu) / 1e9, (System.nanoTime() - wall) / 1e9,
                        os.getSystemLoadAverage());
                return progress;
            }
            Thread.sleep(50);
        }
    }
}
