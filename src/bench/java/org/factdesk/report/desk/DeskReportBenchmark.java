package org.factdesk.report.desk;

import com.sun.management.GarbageCollectionNotificationInfo;
import com.sun.management.GcInfo;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import javax.management.NotificationEmitter;
import javax.management.openmbean.CompositeData;
import org.factdesk.Application;
import org.factdesk.report.ReportFormat;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * A desk report of 5,000 approved claims (two sources each, over 250 articles) exported the way the screen does it
 * (background thread, temporary file), in each desk format, by a JVM of at most 256 MB of heap that also runs the
 * application and its in-memory H2 database. An OutOfMemoryError fails the run. After each iteration it prints how
 * much heap the iteration needed (see {@link #printPeak()}).
 */
@State(Scope.Benchmark)
@Fork(value = 1, jvmArgsAppend = "-Xmx256m")
@BenchmarkMode(Mode.SingleShotTime)
@Warmup(iterations = 2)
@Measurement(iterations = 5)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class DeskReportBenchmark {

    static final int CLAIMS = 5_000;
    private static final int CLAIMS_PER_ARTICLE = 20;
    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    private static final LocalDate DAY = LocalDate.of(2026, 3, 1);

    @Param({"PDF", "HTML", "CSV"})
    public ReportFormat format;

    private static final long MB = 1024 * 1024;

    private final AtomicLong liveAfterGc = new AtomicLong();
    private ConfigurableApplicationContext context;
    private DeskReportService reports;
    private DeskReport report;

    @Setup(Level.Trial)
    public void startTheDesk() {
        // Arguments, not default properties: they must win over application.properties (the desk's file database).
        context = new SpringApplicationBuilder(Application.class).web(WebApplicationType.NONE).run(
                "--spring.datasource.url=jdbc:h2:mem:bench;DB_CLOSE_DELAY=-1", "--factdesk.seed-articles=false",
                "--spring.main.lazy-initialization=true", "--spring.main.banner-mode=off",
                "--logging.level.root=warn",
                // No web server, so no Vaadin: the report's services and the database are what is measured.
                "--spring.autoconfigure.exclude=com.vaadin.flow.spring.SpringBootAutoConfiguration,"
                        + "com.vaadin.flow.spring.SpringSecurityAutoConfiguration");
        fill(context.getBean(JdbcTemplate.class));
        listenToCollections();
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                "editor", null, List.of(new SimpleGrantedAuthority("ROLE_EDITOR"))));
        reports = context.getBean(DeskReportService.class);
        report = reports.prepare(new DeskReportRequest(DAY.withDayOfMonth(1), DAY.withDayOfMonth(31), null, null),
                Locale.FRENCH);
        long count = reports.count(new DeskReportRequest(DAY, DAY.plusDays(30), null, null));
        if (count != CLAIMS) {
            throw new IllegalStateException("The desk holds " + count + " approved claims in March, not " + CLAIMS
                    + "; in the table: " + context.getBean(JdbcTemplate.class).queryForList(
                            "select status, count(*), min(approved_at), max(approved_at) from claim group by status"));
        }
    }

    @Setup(Level.Iteration)
    public void resetPeaks() {
        System.gc();
        MemoryUsage heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage();
        System.out.printf("%n[%s] before the export, after a full GC (application and database): %d MB%n", format,
                heap.getUsed() / MB);
        liveAfterGc.set(0);
        ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
    }

    @Benchmark
    public long export() throws Exception {
        DeskExportFile file = reports.export(report, format, (done, total) -> { }).result().get();
        if (file.claims() != CLAIMS) {
            throw new IllegalStateException("Exported " + file.claims() + " claims");
        }
        file.delete();
        return file.size();
    }

    /**
     * After each iteration: the most heap left in use right after any collection during it, and the sum of each heap
     * pool's peak. Both are upper bounds of what the export needs on top of the figure printed before it (the
     * application, its NLP models and its database after a full GC): a young collection leaves the old generation's
     * garbage in place, and pool peaks include garbage not yet collected, so both grow towards the limit on their own.
     * Running with a smaller -Xmx is the sharper test of how little the export needs.
     */
    @TearDown(Level.Iteration)
    public void printPeak() {
        long peaks = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(pool -> pool.getType() == MemoryType.HEAP)
                .mapToLong(pool -> pool.getPeakUsage().getUsed()).sum();
        System.out.printf("%n[%s] during the export: at most %d MB right after a collection, pool peaks %d MB; "
                + "limit %d MB%n", format, liveAfterGc.get() / MB, peaks / MB, Runtime.getRuntime().maxMemory() / MB);
    }

    /** Remembers the largest heap use left after any collection, from the collectors' notifications. */
    private void listenToCollections() {
        for (GarbageCollectorMXBean collector : ManagementFactory.getGarbageCollectorMXBeans()) {
            ((NotificationEmitter) collector).addNotificationListener((notification, handback) -> {
                if (GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(notification.getType())) {
                    GcInfo info = GarbageCollectionNotificationInfo.from((CompositeData) notification.getUserData())
                            .getGcInfo();
                    long used = info.getMemoryUsageAfterGc().values().stream().mapToLong(MemoryUsage::getUsed).sum()
                            - nonHeapAfterGc(info);
                    liveAfterGc.accumulateAndGet(used, Math::max);
                }
            }, null, null);
        }
    }

    private static long nonHeapAfterGc(GcInfo info) {
        return ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(pool -> pool.getType() == MemoryType.NON_HEAP)
                .map(pool -> info.getMemoryUsageAfterGc().get(pool.getName())).filter(Objects::nonNull)
                .mapToLong(MemoryUsage::getUsed).sum();
    }

    @TearDown(Level.Trial)
    public void stop() {
        context.close();
    }

    /** 250 articles of 20 claims, each claim approved on 1 to 28 March with a long rationale and two sources. */
    private static void fill(JdbcTemplate jdbc) {
        long rating = jdbc.queryForObject("select min(id) from rating", Long.class);
        Timestamp created = Timestamp.from(DAY.minusDays(10).atStartOfDay(PARIS).toInstant());
        String statement = "Selon l’Insee, le taux de chômage a reculé à 7,3 % au troisième trimestre, contre 7,5 % "
                + "un an plus tôt, a déclaré le ministre lors d’une conférence de presse à Bakou. ";
        String rationale = "Les chiffres publiés par l’Insee le 14 novembre confirment un recul, mais de 0,1 point "
                + "seulement ; la comparaison avec l’an dernier porte sur une série révisée depuis. ".repeat(4);
        for (int a = 0; a < CLAIMS / CLAIMS_PER_ARTICLE; a++) {
            long article = article(jdbc, a, created);
            List<Object[]> claims = new ArrayList<>();
            for (int c = 0; c < CLAIMS_PER_ARTICLE; c++) {
                int n = a * CLAIMS_PER_ARTICLE + c;
                Timestamp approved = Timestamp.from(DAY.plusDays(n % 28).atTime(9, 0).atZone(PARIS).toInstant()
                        .plusSeconds(n));
                claims.add(new Object[] {article, c * 10, c * 10 + 9, statement + n, statement + n, rating, rating,
                        rationale, rationale, n % 3 == 0 ? "editor" : "checker", "editor", approved, created,
                        created});
            }
            jdbc.batchUpdate("insert into claim (article_id, part, start_offset, end_offset, quote_exact, "
                    + "quote_prefix, quote_suffix, statement, origin, status, rating_id, approved_rating_id, "
                    + "rationale, approved_rationale, submitted_by, approved_by, approved_at, created_by, "
                    + "created_at, updated_at) values (?, 'BODY', ?, ?, ?, '', '', ?, 'SELECTED', 'APPROVED', ?, ?, "
                    + "?, ?, ?, ?, ?, 'editor', ?, ?)", claims);
        }
        List<Object[]> sources = new ArrayList<>();
        for (long claim : jdbc.queryForList("select id from claim", Long.class)) {
            for (int s = 0; s < 2; s++) {
                sources.add(new Object[] {claim, "https://www.insee.fr/fr/statistiques/" + claim + "/" + s,
                        "Insee — Taux de chômage au sens du BIT, série " + s, sha256(claim * 2 + s)});
            }
        }
        jdbc.batchUpdate("insert into source (claim_id, url, title, kind, reliability, archive_status, "
                + "archive_sha256, created_by, created_at) values (?, ?, ?, 'OFFICIAL_STATISTICS', 'HIGH', "
                + "'ARCHIVED', ?, 'checker', current_timestamp)", sources);
    }

    private static long article(JdbcTemplate jdbc, int a, Timestamp created) {
        jdbc.update("insert into article (title, body, language, outlet, url, imported_by, imported_at) values "
                + "(?, 'Corps de l’article.', 'fr', ?, ?, 'editor', ?)", "Article n° " + a + " : l’économie à Bakou",
                "Outlet " + (a % 7), "https://news.example.org/" + a, created);
        return jdbc.queryForObject("select max(id) from article", Long.class);
    }

    private static String sha256(long seed) {
        byte[] bytes = new byte[32];
        for (int i = 0; i < bytes.length; i++) {
            bytes[i] = (byte) (seed >>> (i % 8) * 8 ^ i);
        }
        return HexFormat.of().formatHex(bytes);
    }
}
