package org.factdesk.library;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.factdesk.Application;
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

/**
 * "Checked before?" for one English claim against a library of 100,000 fact-checks ({@code FACTDESK_BENCH_LIBRARY}
 * for another size), as the claim page ranks it: the claim's sentence embedding (the real model), BM25 over the
 * index, the candidates' stored vectors, the learned reranker's features and the five best loaded. The library is
 * generated once into files (the database and the index, as in production) with synthetic claims and SYNTHETIC
 * vectors (seeded random unit vectors: 100,000 real embeddings take about an hour here); the ranking's cost does not
 * depend on what the vectors say.
 */
@State(Scope.Benchmark)
@Fork(1)
@BenchmarkMode(Mode.AverageTime)
@Warmup(iterations = 3, time = 3)
@Measurement(iterations = 5, time = 3)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class MatchingBenchmark {

    private static final int LIBRARY = Integer.parseInt(
            System.getenv().getOrDefault("FACTDESK_BENCH_LIBRARY", "100000"));
    private static final Path DESK = Path.of("target", "bench-library-" + LIBRARY + "-"
            + Embeddings.FORMAT.replace(":", "")).toAbsolutePath();
    private static final String[] WHO = {"The council", "The minister", "A senator", "The mayor", "The WHO",
        "The government", "Bill Gates", "The EU", "A vaccine maker", "The police", "NASA", "The president"};
    private static final String[] DID = {"banned", "spent", "cut", "doubled", "hid", "approved", "funded", "closed",
        "tripled", "sold", "invented", "cancelled"};
    private static final String[] WHAT = {"school meals", "harbour works", "tram fares", "flu vaccines", "wind farms",
        "bank notes", "police stations", "hospital beds", "fuel taxes", "election ballots", "5G masts",
        "face masks", "pension funds", "nurse salaries", "bridge repairs", "the border wall"};
    private static final String[] QUERIES = {
        "BREAKING: the minister secretly banned flu vaccines in 12 hospitals, share before they delete this!",
        "So the council spent 40 million on harbour works while nurse salaries were cut?",
        "Bill Gates funded 5G masts to spread the virus #wakeup",
        "The mayor closed 7 police stations last year, crime doubled"};

    private ConfigurableApplicationContext context;
    private Matcher matcher;
    private Embeddings embeddings;
    private int next;

    @Setup(Level.Trial)
    public void openTheLibrary() throws Exception {
        Path data = DESK.resolve("data");
        Files.createDirectories(data);
        context = new SpringApplicationBuilder(Application.class).web(WebApplicationType.NONE).run(
                "--factdesk.data-dir=" + data, "--factdesk.seed-articles=false", "--factdesk.demo-users=false",
                "--factdesk.overdue.check-enabled=false", "--factdesk.backup.nightly=false",
                "--factdesk.search.rebuild-on-start=false", "--spring.main.banner-mode=off",
                "--spring.main.lazy-initialization=true",
                "--logging.level.root=warn",
                "--spring.autoconfigure.exclude=com.vaadin.flow.spring.SpringBootAutoConfiguration,"
                        + "com.vaadin.flow.spring.SpringSecurityAutoConfiguration");
        if (context.getBean(FactCheckRepository.class).count() < LIBRARY) {
            long start = System.nanoTime();
            generate(context.getBean(DataSource.class));
            System.out.printf("%nGenerated %,d fact-checks with synthetic vectors in %.1f s%n", LIBRARY,
                    (System.nanoTime() - start) / 1e9);
            start = System.nanoTime();
            SearchIndexes indexes = context.getBean(SearchIndexes.class);
            indexes.rebuild().toCompletableFuture().get();
            System.out.printf("Indexed them in %.1f s%n", (System.nanoTime() - start) / 1e9);
        }
        matcher = context.getBean(Matcher.class);
        embeddings = context.getBean(Embeddings.class);
        embeddings.nearestLoaded().get();
    }

    /**
     * Bulk rows: words picked by the row's number, two seeded random unit vectors (384 dimensions, as bge-small's and
     * e5-small's).
     */
    private static void generate(DataSource dataSource) throws Exception {
        Random random = new Random(42);
        Timestamp now = Timestamp.from(Instant.parse("2026-01-01T00:00:00Z"));
        try (Connection connection = dataSource.getConnection(); PreparedStatement insert = connection.prepareStatement(
                "insert into fact_check (url, claim, title, rating, publisher, language, origin, added_at, updated_at, "
                        + "embedding) values (?, ?, ?, 'False', 'Bench Checkers', 'en', 'IMPORT', ?, ?, ?)")) {
            connection.setAutoCommit(false);
            for (int i = 0; i < LIBRARY; i++) {
                String claim = WHO[i % WHO.length] + " " + DID[(i / 7) % DID.length] + " "
                        + (i % 97 + 1) + " " + WHAT[(i / 3) % WHAT.length] + " in " + (1990 + i % 35)
                        + " (fact-check no. " + i + ")";
                Embeddings.Vectors vectors = new Embeddings.Vectors(unitVector(random), unitVector(random));
                insert.setString(1, "https://bench.example.org/fact-check/" + i);
                insert.setString(2, claim);
                insert.setString(3, "Did " + WHAT[(i / 5) % WHAT.length] + " really change? " + i);
                insert.setTimestamp(4, now);
                insert.setTimestamp(5, now);
                insert.setString(6, Embeddings.encode(vectors));
                insert.addBatch();
                if (i % 1000 == 999) {
                    insert.executeBatch();
                    connection.commit();
                }
            }
            insert.executeBatch();
            connection.commit();
        }
    }

    private static float[] unitVector(Random random) {
        float[] vector = new float[384];
        double norm = 0;
        for (int d = 0; d < vector.length; d++) {
            vector[d] = (float) random.nextGaussian();
            norm += vector[d] * vector[d];
        }
        for (int d = 0; d < vector.length; d++) {
            vector[d] /= (float) Math.sqrt(norm);
        }
        return vector;
    }

    @TearDown(Level.Trial)
    public void close() {
        context.close();
    }

    /**
     * The part of {@link #matchOneClaim} that does not depend on the library: the claim's sentence embeddings, by both
     * models one after the other (the matcher runs them side by side).
     */
    @Benchmark
    public float[] embedOneClaim() {
        String claim = QUERIES[next++ % QUERIES.length];
        embeddings.embedQuery(claim);
        return embeddings.embedQueryE5(claim);
    }

    /** One claim ranked against the whole library, as on the claim page (its embedding computed each time). */
    @Benchmark
    public List<LibraryMatch> matchOneClaim() {
        return matcher.rank(QUERIES[next++ % QUERIES.length], "en", null, 5);
    }
}
