package org.factdesk.library;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;
import org.factdesk.base.RefusedException;
import org.factdesk.claim.SignedIn;
import org.factdesk.security.MutableClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithUserDetails;

/**
 * Scheduled polling of a remembered feed: off by default; once an editor turns it on, the job imports the feed again
 * when its interval has passed since the last poll, through the same idempotent import. The feed is served by a
 * local test server (so the fetcher's allow-private setting is on for this test's import) and time is a clock the
 * test moves.
 */
@SpringBootTest(properties = "factdesk.test.context=library")
@ExtendWith(SignedIn.class)
@WithUserDetails("editor")
class FeedPollingTest {

    @Autowired
    LibraryService library;

    @Autowired
    LibraryStore store;

    @Autowired
    Embeddings embeddings;

    @Autowired
    FactCheckRepository factChecks;

    @Autowired
    JdbcClient jdbcClient;

    @Autowired
    JdbcTemplate jdbc;

    private HttpServer server;
    private final AtomicInteger polledFeed = new AtomicInteger();
    private final AtomicInteger quietFeed = new AtomicInteger();
    private final MutableClock clock = new MutableClock(Instant.parse("2026-03-02T09:00:00Z"));
    private FeedPolling polling;

    @BeforeEach
    void serve_two_feeds() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/polled.json", exchange -> {
            polledFeed.incrementAndGet();
            answer(exchange, LibraryTest.review("https://factuel.example.org/polled", "Wind turbines kill birds",
                    "Mostly false"));
        });
        server.createContext("/quiet.json", exchange -> {
            quietFeed.incrementAndGet();
            answer(exchange, LibraryTest.review("https://factuel.example.org/quiet", "Bridges fall down", "False"));
        });
        server.start();
        LibraryImports imports = new LibraryImports(store, embeddings, jdbcClient, clock, true);
        polling = new FeedPolling(jdbcClient, imports, clock, "PT5M");
    }

    private static void answer(com.sun.net.httpserver.HttpExchange exchange, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/ld+json");
        exchange.sendResponseHeaders(200, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    @AfterEach
    void stop() {
        server.stop(0);
        factChecks.deleteAll();
        jdbc.update("delete from fact_check_import");
        jdbc.update("delete from fact_check_feed");
    }

    private long remembered(String path) {
        jdbc.update("insert into fact_check_feed (url, added_by, added_at) values (?, 'editor', ?)",
                "http://127.0.0.1:" + server.getAddress().getPort() + path, Timestamp.from(Instant.now()));
        return jdbc.queryForObject("select id from fact_check_feed where url like ?", Long.class, "%" + path);
    }

    private Instant lastPolled(long feed) {
        return jdbc.queryForObject("select last_polled_at from fact_check_feed where id = ?", Timestamp.class, feed)
                .toInstant();
    }

    @Test
    void a_feed_is_polled_once_its_interval_has_passed_and_a_feed_left_off_never_is() {
        long polled = remembered("/polled.json");
        remembered("/quiet.json");
        assertThat(library.feeds()).extracting(FeedItem::pollEveryMinutes).containsExactly(null, null);

        library.pollFeed(polled, 60);
        assertThat(library.feeds()).extracting(FeedItem::pollEveryMinutes).containsExactly(60, null);
        Instant turnedOn = lastPolled(polled);

        clock.set(turnedOn.plus(Duration.ofMinutes(59)));
        assertThat(polling.pollDue()).isZero();
        assertThat(polledFeed).hasValue(0);

        clock.set(turnedOn.plus(Duration.ofMinutes(60)));
        assertThat(polling.pollDue()).isEqualTo(1);
        assertThat(polledFeed).hasValue(1);
        assertThat(factChecks.findAll()).extracting(FactCheck::getUrl)
                .containsExactly("https://factuel.example.org/polled");
        assertThat(lastPolled(polled)).isEqualTo(clock.instant());
        assertThat(jdbc.queryForObject("select last_import_id from fact_check_feed where id = ?", Long.class, polled))
                .isNotNull();

        assertThat(polling.pollDue()).as("not due again at once").isZero();
        clock.set(clock.instant().plus(Duration.ofHours(1)));
        assertThat(polling.pollDue()).isEqualTo(1);
        assertThat(polledFeed).hasValue(2);
        assertThat(factChecks.count()).as("imported again by URL, never twice").isEqualTo(1);
        assertThat(quietFeed).as("polling is off by default").hasValue(0);
    }

    @Test
    void polling_turned_off_stops_and_an_interval_not_offered_is_refused() {
        long polled = remembered("/polled.json");
        library.pollFeed(polled, 1440);
        library.pollFeed(polled, null);
        clock.set(Instant.now().plus(Duration.ofDays(3)));
        assertThat(polling.pollDue()).isZero();
        assertThat(polledFeed).hasValue(0);

        assertThatThrownBy(() -> library.pollFeed(polled, 45)).isInstanceOf(RefusedException.class)
                .hasFieldOrPropertyWithValue("key", "library.error.bad-interval");
    }
}
