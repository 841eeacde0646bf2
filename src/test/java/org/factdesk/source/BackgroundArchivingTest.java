package org.factdesk.source;

import org.factdesk.claim.Live;
import org.factdesk.claim.ClaimResearch;
import org.factdesk.claim.ClaimChanged;
import org.factdesk.claim.ClaimService;
import org.factdesk.claim.ClaimUpdates;
import org.factdesk.claim.CommittedArticle;
import org.factdesk.claim.ResearchService;
import org.factdesk.claim.SignedIn;
import org.factdesk.source.Archive;
import org.factdesk.source.ArchiveStatus;
import org.factdesk.source.Archiver;
import org.factdesk.source.BackgroundArchiving;
import org.factdesk.source.Reliability;
import org.factdesk.source.SourceData;
import org.factdesk.source.SourceItem;
import org.factdesk.source.SourceKind;
import org.factdesk.source.SourceRepository;
import org.factdesk.source.SourceService;
import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import com.vaadin.flow.shared.Registration;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.factdesk.article.ArticleService;
import org.factdesk.security.CurrentUser;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * "Archive now" in the background, against a web server of the test's own: the request answers at once while the
 * page is fetched, the result is kept and told to every open page when the fetch ends, and a failed attempt never
 * replaces an earlier copy. No test transaction: the fetch's result is saved by a transaction of its own, and only
 * commits are told. The tests wait for what should arrive, never for a fixed time.
 */
@SpringBootTest
@ExtendWith(SignedIn.class)
class BackgroundArchivingTest {

    private static final byte[] PAGE = "<p>Le taux est de 7,5 %.</p>".getBytes(StandardCharsets.UTF_8);

    @Autowired
    SourceService service;
    @Autowired
    SourceRepository sources;
    @Autowired
    ClaimService claims;
    @Autowired
    ClaimUpdates updates;
    @Autowired
    ArticleService articles;
    @Autowired
    UserDetailsService users;
    @Autowired
    ClaimResearch claimResearch;
    @Autowired
    CurrentUser currentUser;
    @Autowired
    Clock clock;
    @Autowired
    PlatformTransactionManager transactions;
    @Autowired
    BackgroundArchiving background;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ResearchService research;
    @Autowired
    SourceFileService files;

    private final CountDownLatch slowPageMayAnswer = new CountDownLatch(1);
    private final AtomicInteger slowRequests = new AtomicInteger();
    private final AtomicInteger flakyRequests = new AtomicInteger();
    private final BlockingQueue<ClaimChanged> heard = new LinkedBlockingQueue<>();
    private HttpServer server;
    private CommittedArticle article;
    private Registration registration;
    /** Only this test's own service may reach the local server; the application's stays closed to it. */
    private SourceService local;

    @BeforeEach
    void a_server_an_article_in_research_and_a_colleague_s_open_page() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/slow", exchange -> answer(exchange, () -> {
            slowRequests.incrementAndGet();
            slowPageMayAnswer.await(60, TimeUnit.SECONDS);
            return 200;
        }));
        // Answers the first time, then fails: a site that went down after the first copy.
        server.createContext("/flaky", exchange -> answer(exchange, () ->
                flakyRequests.getAndIncrement() == 0 ? 200 : 503));
        server.start();
        SignedIn.as(users, "editor");
        article = CommittedArticle.importedBy(articles, claims, jdbc);
        claims.select(article.claim(), claims.find(article.claim()).orElseThrow().version());
        local = new SourceService(sources, claimResearch, new Archiver(clock, true), currentUser, clock,
                transactions, background, files, true);
        registration = updates.subscribe(changes -> heard.addAll(changes.changes()));
    }

    @AfterEach
    void remove_them() {
        slowPageMayAnswer.countDown();
        registration.remove();
        server.stop(0);
        SignedIn.out();
        jdbc.update("delete from source where claim_id in (select id from claim where article_id = ?)", article.id());
        article.remove();
    }

    @Test
    void archive_now_answers_at_once_while_a_slow_page_is_fetched_and_the_copy_appears_to_everyone_when_it_ends() {
        long id = service.add(article.claim(), source(url("/slow")));

        SourceItem asked = local.archive(id);

        // The page has not answered yet, and cannot until the test lets it: the request did not wait for it.
        assertThat(asked.archiving()).isTrue();
        assertThat(asked.archiveStatus()).isEqualTo(ArchiveStatus.NONE);
        assertThat(service.list(article.claim()).getFirst().archiving()).isTrue();
        assertThat(heardAction("source.archiving").claimId()).isEqualTo(article.claim());
        assertThat(local.archive(id).archiving()).as("a second click starts no second fetch").isTrue();

        slowPageMayAnswer.countDown();
        ClaimChanged done = heardAction("source.archived");

        assertThat(done.claimId()).isEqualTo(article.claim());
        assertThat(done.actor()).as("in the name of who asked, though no session ran it").isEqualTo("editor");
        SourceItem kept = service.list(article.claim()).getFirst();
        assertThat(kept.archiving()).isFalse();
        assertThat(kept.archiveStatus()).isEqualTo(ArchiveStatus.ARCHIVED);
        assertThat(kept.archiveTextStart()).isEqualTo("Le taux est de 7,5 %.");
        assertThat(kept.archiveHttpStatus()).isEqualTo(200);
        assertThat(kept.archiveFailedAt()).isNull();
        assertThat(slowRequests).hasValue(1);
        assertThat(claims.history(article.claim()).getFirst()).satisfies(entry -> {
            assertThat(entry.action()).isEqualTo("source.archived");
            assertThat(entry.actor()).isEqualTo("editor");
        });
    }

    @Test
    void archiving_a_source_does_not_make_a_proposer_of_the_verdict() {
        long id = service.add(article.claim(), source(url("/flaky")));
        // Adding the source made the editor a proposer; forget it, to see what archiving alone does.
        jdbc.update("delete from claim_proposer where claim_id = ?", article.claim());

        local.archive(id);
        heardAction("source.archived");

        assertThat(research.details(article.claim()).orElseThrow().proposers()).isEmpty();
    }

    @Test
    void a_failed_re_archive_keeps_the_earlier_copy_and_records_the_failure_beside_it() {
        long id = service.add(article.claim(), source(url("/flaky")));
        local.archive(id);
        heardAction("source.archived");
        SourceItem first = service.list(article.claim()).getFirst();

        local.archive(id);
        heardAction("source.archive-failed");

        // The history keeps why; the live event carries no detail across nodes (ClaimUpdates, decision 018).
        assertThat(claims.history(article.claim()).getFirst().detail()).isEqualTo("archive.error.http");
        SourceItem after = service.list(article.claim()).getFirst();
        assertThat(after.archiveStatus()).isEqualTo(ArchiveStatus.ARCHIVED);
        assertThat(after.archiveTextStart()).isEqualTo("Le taux est de 7,5 %.");
        assertThat(after.archiveSha256()).isEqualTo(first.archiveSha256()).hasSize(64);
        assertThat(after.archiveFetchedAt()).isEqualTo(first.archiveFetchedAt());
        assertThat(after.archiveHttpStatus()).isEqualTo(200);
        assertThat(after.archiveFailedAt()).isNotNull();
        assertThat(after.archiveFailedHttpStatus()).isEqualTo(503);
        assertThat(after.archiveFailedError()).isEqualTo("archive.error.http");
        assertThat(service.archivedText(id)).contains("Le taux est de 7,5 %.");
        assertThat(after.archiving()).isFalse();
    }

    @Test
    void a_first_attempt_that_fails_leaves_no_copy_and_says_why() {
        long id = service.add(article.claim(), source("http://127.0.0.1:9/admin"));

        service.archive(id);
        heardAction("source.archive-failed");

        SourceItem item = service.list(article.claim()).getFirst();
        assertThat(item.archiveStatus()).isEqualTo(ArchiveStatus.FAILED);
        assertThat(item.archiveFailedError()).isEqualTo("archive.error.private-address");
        assertThat(item.archiveFailedAt()).isNotNull();
        assertThat(item.archiveFetchedAt()).isNull();
        assertThat(item.archiveTextStart()).isNull();
        assertThat(item.archiving()).isFalse();
        assertThat(claims.history(article.claim()).getFirst().detail()).isEqualTo("archive.error.private-address");
    }

    @Test
    void a_page_fetched_for_an_address_changed_meanwhile_is_not_kept() {
        long id = service.add(article.claim(), source(url("/slow")));
        SourceItem asked = local.archive(id);

        service.update(id, asked.version(), source("https://www.insee.fr/autre-page"));
        slowPageMayAnswer.countDown();
        heardAction("source.archive-abandoned");

        SourceItem after = service.list(article.claim()).getFirst();
        assertThat(after.url()).isEqualTo("https://www.insee.fr/autre-page");
        assertThat(after.archiving()).isFalse();
        assertThat(after.archiveStatus()).isEqualTo(ArchiveStatus.NONE);
        assertThat(after.archiveTextStart()).isNull();
    }

    @Test
    void a_source_added_with_an_address_is_archived_in_the_background_without_a_click() {
        long id = local.add(article.claim(), source(url("/slow")));

        assertThat(service.list(article.claim()).getFirst().archiving()).as("under way once added").isTrue();
        slowPageMayAnswer.countDown();
        ClaimChanged done = heardAction("source.archived");

        assertThat(done.actor()).isEqualTo("editor");
        SourceItem kept = service.list(article.claim()).getFirst();
        assertThat(kept.id()).isEqualTo(id);
        assertThat(kept.archiveStatus()).isEqualTo(ArchiveStatus.ARCHIVED);
        assertThat(kept.archiveTextStart()).isEqualTo("Le taux est de 7,5 %.");
        assertThat(slowRequests).hasValue(1);
    }

    @Test
    void a_source_added_without_an_address_is_not_archived() {
        long id = local.add(article.claim(), new SourceData(null, "Entretien avec la directrice", null,
                SourceKind.INTERVIEW, null, LocalDate.now(clock), Reliability.HIGH, null));

        SourceItem added = service.list(article.claim()).getFirst();
        assertThat(added.id()).isEqualTo(id);
        assertThat(added.archiving()).isFalse();
        assertThat(added.archiveStatus()).isEqualTo(ArchiveStatus.NONE);
        assertThat(slowRequests).hasValue(0);
    }

    private ClaimChanged heardAction(String action) {
        while (true) {
            ClaimChanged change = Live.next(heard);
            if (change.action().equals(action)) {
                return change;
            }
        }
    }

    private String url(String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + path;
    }

    private SourceData source(String url) {
        return new SourceData(url, "Taux de chômage", "Insee", SourceKind.OFFICIAL_STATISTICS, null,
                LocalDate.now(clock), Reliability.HIGH, null);
    }

    private interface Status {
        int get() throws InterruptedException;
    }

    private static void answer(HttpExchange exchange, Status status) {
        try (exchange) {
            int code = status.get();
            exchange.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
            exchange.sendResponseHeaders(code, PAGE.length);
            exchange.getResponseBody().write(PAGE);
        } catch (IOException | InterruptedException e) {
            // The test ended first.
        }
    }
}
