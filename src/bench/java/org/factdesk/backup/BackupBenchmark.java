package org.factdesk.backup;

import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.Comparator;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.factdesk.generator.DeskGenerator;
import org.flywaydb.core.Flyway;
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
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * "Back up now" and a restore on a desk of 100,000 claims made by the generator (kept in
 * {@code target/bench-desk-100000/} between runs, as generating it takes a minute or two). The backup runs against the
 * desk's database held open by a connection pool, as in the running app; the restore unpacks the backup into a fresh
 * folder, then opens it as a start does (Flyway validates the schema) and counts the claims.
 */
@State(Scope.Benchmark)
@Fork(1)
@BenchmarkMode(Mode.SingleShotTime)
@Warmup(iterations = 1)
@Measurement(iterations = 5)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class BackupBenchmark {

    static final int CLAIMS = 100_000;
    private static final Path DESK = Path.of("target", "bench-desk-" + CLAIMS).toAbsolutePath();

    private HikariDataSource pool;
    private Backups backups;
    private Path zip;
    private Path fresh;

    @Setup(Level.Trial)
    public void desk() throws SQLException, IOException {
        if (!Files.exists(DESK.resolve("factdesk.mv.db"))) {
            DeskGenerator.generate("jdbc:h2:file:" + DESK.resolve("factdesk"), CLAIMS, done -> { });
        }
        pool = new HikariDataSource();
        pool.setJdbcUrl("jdbc:h2:file:" + DESK.resolve("factdesk") + ";WRITE_DELAY=0;DB_CLOSE_ON_EXIT=FALSE");
        pool.setUsername("sa");
        pool.setPassword("");
        backups = new Backups(pool, Clock.systemUTC());
        zip = backups.path(backups.backUp(BackupKind.MANUAL).name());
        System.out.printf("%nDesk: %,d bytes; its backup: %,d bytes%n", Files.size(DESK.resolve("factdesk.mv.db")),
                Files.size(zip));
    }

    @Benchmark
    public BackupItem backUpNow() {
        return backups.backUp(BackupKind.MANUAL);
    }

    @Benchmark
    public long restoreAndOpen() throws IOException, SQLException {
        fresh = Files.createTempDirectory(Path.of("target"), "bench-restored-");
        Restore.restore(zip, fresh, Clock.systemUTC());
        String url = "jdbc:h2:file:" + fresh.toAbsolutePath().resolve("factdesk");
        DriverManagerDataSource restored = new DriverManagerDataSource(url, "sa", "");
        Flyway.configure().dataSource(restored).load().validate();
        try (Connection connection = restored.getConnection(); Statement statement = connection.createStatement();
             ResultSet count = statement.executeQuery("select count(*) from claim")) {
            count.next();
            long claims = count.getLong(1);
            statement.execute("shutdown");
            if (claims < CLAIMS) {
                throw new IllegalStateException("The restored desk holds " + claims + " claims");
            }
            return claims;
        }
    }

    @TearDown(Level.Invocation)
    public void removeCopies() throws IOException {
        for (BackupItem item : backups.list()) {
            if (!backups.path(item.name()).equals(zip)) {
                backups.delete(item.name());
            }
        }
        if (fresh != null) {
            delete(fresh);
            fresh = null;
        }
    }

    @TearDown(Level.Trial)
    public void close() throws IOException {
        pool.close();
        Files.deleteIfExists(zip);
    }

    private static void delete(Path folder) throws IOException {
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
