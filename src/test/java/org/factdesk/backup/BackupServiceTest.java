package org.factdesk.backup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.factdesk.article.ArticleData;
import org.factdesk.article.ArticleService;
import org.factdesk.base.RefusedException;
import org.factdesk.claim.DeskScenario;
import org.factdesk.claim.SignedIn;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Backups of a desk on a file-based H2 database in a folder of its own (the tests' usual in-memory database cannot be
 * backed up): back up now, the list, download and delete, the nightly pruning, and a restore into a fresh folder that
 * holds the same articles, claims, sources and history as the desk had when it was backed up.
 */
@SpringBootTest
@ExtendWith(SignedIn.class)
@DirtiesContext
class BackupServiceTest {

    private static final Path DATA = folder("backup-test-data-");

    @DynamicPropertySource
    static void fileDatabase(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", () -> "jdbc:h2:file:" + DATA.resolve("factdesk")
                + ";WRITE_DELAY=0;DB_CLOSE_ON_EXIT=FALSE");
        registry.add("factdesk.data-dir", DATA::toString);
        registry.add("factdesk.backup.keep", () -> "2");
    }

    @Autowired
    BackupService backups;

    @Autowired
    NightlyBackup nightly;

    @Autowired
    ArticleService articles;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    DataSource dataSource;

    @Autowired
    UserDetailsService users;

    @Autowired
    ApplicationContext context;

    @BeforeEach
    void signInAsAdmin() {
        SignedIn.as(users, "admin");
    }

    @Test
    void back_up_now_writes_a_zip_of_the_database_into_the_backups_folder_and_lists_it() throws Exception {
        BackupItem made = backups.start().get(60, TimeUnit.SECONDS);

        Path file = DATA.resolve("backups").resolve(made.name());
        assertThat(file).isRegularFile();
        assertThat(made.name()).matches("factdesk-\\d{8}-\\d{6}(-\\d+)?\\.zip");
        assertThat(made.kind()).isEqualTo(BackupKind.MANUAL);
        assertThat(made.size()).isEqualTo(Files.size(file)).isPositive();
        assertThat(BackupZip.entries(file)).contains("factdesk.mv.db");
        assertThat(backups.list()).contains(made);
        assertThat(backups.progress().running()).isFalse();
        assertThat(backups.progress().done()).isEqualTo(made);
        try (InputStream in = backups.open(made.name())) {
            assertThat(in.readAllBytes()).hasSize((int) made.size());
        }
    }

    @Test
    void a_backup_restored_into_a_fresh_folder_holds_the_same_articles_claims_sources_and_history() throws Exception {
        DeskScenario.stage(context);
        SignedIn.as(users, "admin");
        Files.createDirectories(DATA.resolve("files"));
        Files.writeString(DATA.resolve("files/evidence.txt"), "kept beside the database");
        List<List<String>> before = desk(jdbc);
        assertThat(before).as("the desk staged").hasSizeGreaterThan(30);

        BackupItem made = backups.start().get(60, TimeUnit.SECONDS);
        SignedIn.as(users, "editor");
        articles.importArticle(new ArticleData("Written after the backup", "The port handled 3 million tonnes.",
                null, null, null, null, "en"));
        assertThat(desk(jdbc)).as("the desk moved on").isNotEqualTo(before);

        Path fresh = folder("backup-test-restored-");
        Restore.restore(DATA.resolve("backups").resolve(made.name()), fresh, Clock.systemUTC());

        DriverManagerDataSource restored = new DriverManagerDataSource("jdbc:h2:file:" + fresh.resolve("factdesk"),
                "sa", "");
        assertThat(Flyway.configure().dataSource(restored).load().migrate().migrationsExecuted)
                .as("the restored database is at this version's schema").isZero();
        assertThat(desk(new JdbcTemplate(restored))).isEqualTo(before);
        assertThat(fresh.resolve("files/evidence.txt")).hasContent("kept beside the database");
        new JdbcTemplate(restored).execute("shutdown");
    }

    @Test
    void a_restore_into_the_folder_of_a_running_desk_is_refused_and_changes_nothing() throws Exception {
        BackupItem made = backups.start().get(60, TimeUnit.SECONDS);
        long size = Files.size(DATA.resolve("factdesk.mv.db"));

        assertThatThrownBy(() -> Restore.restore(DATA.resolve("backups").resolve(made.name()), DATA,
                Clock.systemUTC())).isInstanceOf(IOException.class).hasMessageContaining("stop it");

        assertThat(DATA.resolve("factdesk.mv.db")).exists();
        assertThat(Files.size(DATA.resolve("factdesk.mv.db"))).isGreaterThanOrEqualTo(size);
        assertThat(jdbc.queryForObject("select count(*) from app_user", Long.class)).isPositive();
    }

    @Test
    void the_nightly_backup_keeps_the_newest_nightly_copies_and_every_manual_one() throws Exception {
        BackupItem manual = backups.start().get(60, TimeUnit.SECONDS);
        age(manual.name(), 5);
        nightly.run();
        String oldest = newestNightly();
        age(oldest, 3);
        nightly.run();
        String middle = newestNightly();
        age(middle, 2);
        nightly.run();

        List<BackupItem> left = backups.list();
        List<String> nightlies = left.stream().filter(item -> item.kind() == BackupKind.NIGHTLY)
                .map(BackupItem::name).toList();
        assertThat(nightlies).hasSize(2).contains(middle).doesNotContain(oldest);
        assertThat(nightlies.getFirst()).endsWith("-nightly.zip");
        assertThat(left).extracting(BackupItem::name).contains(manual.name());
    }

    @Test
    void a_deleted_backup_leaves_the_list_and_its_file_is_gone() throws Exception {
        BackupItem made = backups.start().get(60, TimeUnit.SECONDS);

        backups.delete(made.name());

        assertThat(backups.list()).doesNotContain(made);
        assertThat(DATA.resolve("backups").resolve(made.name())).doesNotExist();
        assertThatThrownBy(() -> backups.delete(made.name())).isInstanceOf(RefusedException.class)
                .extracting(error -> ((RefusedException) error).key()).isEqualTo("backup.error.gone");
    }

    @Test
    void a_backup_a_crash_interrupted_is_removed_at_the_next_start_and_never_listed() throws Exception {
        BackupItem made = backups.start().get(60, TimeUnit.SECONDS);
        Path interrupted = DATA.resolve("backups").resolve("factdesk-20260101-000000.zip.part");
        Files.writeString(interrupted, "half a zip");
        assertThat(backups.list()).extracting(BackupItem::name).doesNotContain(interrupted.getFileName().toString());

        new Backups(dataSource, Clock.systemUTC());

        assertThat(interrupted).doesNotExist();
        assertThat(DATA.resolve("backups").resolve(made.name())).exists();
    }

    @Test
    void only_names_of_backups_are_opened_never_a_path() {
        assertThatThrownBy(() -> backups.open("../factdesk.mv.db")).isInstanceOf(RefusedException.class);
        assertThatThrownBy(() -> backups.open("factdesk.mv.db")).isInstanceOf(RefusedException.class);
        assertThatThrownBy(() -> backups.delete("../factdesk.mv.db")).isInstanceOf(RefusedException.class);
        assertThat(DATA.resolve("factdesk.mv.db")).exists();
    }

    @Test
    void only_an_administrator_may_back_up_list_download_or_delete() {
        for (String user : List.of("editor", "checker", "viewer")) {
            SignedIn.as(users, user);
            assertThatThrownBy(backups::start).as(user).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(backups::list).as(user).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> backups.open("factdesk-20260101-000000.zip")).as(user)
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> backups.delete("factdesk-20260101-000000.zip")).as(user)
                    .isInstanceOf(AccessDeniedException.class);
        }
    }

    /** Every row a restore must bring back, each column read as text. */
    private static List<List<String>> desk(JdbcTemplate jdbc) {
        List<List<String>> rows = new ArrayList<>();
        for (String query : List.of("select id, title, body, outlet from article order by id",
                "select id, article_id, statement, status, rating_id, rationale, assignee, approved_by, version "
                        + "from claim order by id",
                "select id, claim_id, url, title, kind from source order by id",
                "select id, occurred_at, actor, article_id, claim_id, action, detail, before_value, after_value "
                        + "from activity order by id",
                "select id, recipient, claim_id, kind from notification order by id",
                "select username, display_name from app_user order by id")) {
            rows.addAll(jdbc.query(query, BackupServiceTest::row));
        }
        return rows;
    }

    private static List<String> row(ResultSet rs, int number) throws SQLException {
        List<String> row = new ArrayList<>();
        for (int column = 1; column <= rs.getMetaData().getColumnCount(); column++) {
            row.add(rs.getMetaData().getColumnLabel(column) + "=" + rs.getString(column));
        }
        return row;
    }

    private String newestNightly() {
        return backups.list().stream().filter(item -> item.kind() == BackupKind.NIGHTLY).findFirst().orElseThrow()
                .name();
    }

    /** Makes the backup look {@code hours} old, so the order of backups is not left to the clock's resolution. */
    private static void age(String name, int hours) throws IOException {
        Files.setLastModifiedTime(DATA.resolve("backups").resolve(name),
                FileTime.from(Instant.now().minus(hours, ChronoUnit.HOURS)));
    }

    private static Path folder(String prefix) {
        try {
            Path target = Files.createDirectories(Path.of("target"));
            return Files.createTempDirectory(target, prefix).toAbsolutePath();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
