package org.factdesk.fetch;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The fetcher against a small web server of the test's own, on the loopback address. */
class PageFetcherTest {

    private static final Instant NOW = Instant.parse("2025-03-14T09:30:00Z");
    private static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);
    private static final byte[] PAGE = """
            <!DOCTYPE html><html><head><title>Onglet</title><style>p { color: red }</style></head>
            <body><h1>Le chômage</h1><p>Il a   <b>baissé</b> de 2 %
            en 2023.</p><script>alert(1)</script><div>Source : INSEE<br>Note</div></body></html>
            """.getBytes(StandardCharsets.UTF_8);

    private HttpServer server;
    private final AtomicInteger requests = new AtomicInteger();

    /** This test's own server is on loopback: allow it, but nothing else private. */
    private final PageFetcher fetcher = new PageFetcher(CLOCK,
            address -> !address.isLoopbackAddress() && PrivateAddresses.isPrivate(address));

    @BeforeEach
    void start_the_server() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", exchange -> {
            requests.incrementAndGet();
            try (exchange) {
                route(exchange);
            } catch (IOException e) {
                // The fetcher hung up early (too large, wrong type): expected.
            }
        });
        server.start();
    }

    @AfterEach
    void stop_the_server() {
        server.stop(0);
    }

    @Test
    void an_html_page_is_kept_as_readable_text_with_the_hash_of_its_exact_bytes() throws Exception {
        FetchedPage archive = fetcher.fetch(url("/page"));

        assertThat(archive.kept()).isTrue();
        assertThat(archive.text()).isEqualTo("Le chômage\n\nIl a baissé de 2 % en 2023.\n\nSource : INSEE\n\nNote");
        assertThat(archive.sha256()).isEqualTo(HexFormat.of().formatHex(
                MessageDigest.getInstance("SHA-256").digest(PAGE))).hasSize(64);
        assertThat(archive.httpStatus()).isEqualTo(200);
        assertThat(archive.fetchedAt()).isEqualTo(NOW);
        assertThat(archive.error()).isNull();
    }

    @Test
    void plain_text_is_kept_as_it_is() {
        FetchedPage archive = fetcher.fetch(url("/text"));

        assertThat(archive.kept()).isTrue();
        assertThat(archive.text()).isEqualTo("Ligne un <b>\nLigne deux é");
        assertThat(archive.httpStatus()).isEqualTo(200);
    }

    @Test
    void a_redirect_is_followed_to_the_page() {
        FetchedPage archive = fetcher.fetch(url("/moved"));

        assertThat(archive.kept()).isTrue();
        assertThat(archive.text()).startsWith("Le chômage");
        assertThat(requests).hasValue(2);
    }

    @Test
    void a_missing_page_is_a_failed_archive_with_its_status() {
        FetchedPage archive = fetcher.fetch(url("/missing"));

        assertThat(archive.kept()).isFalse();
        assertThat(archive.httpStatus()).isEqualTo(404);
        assertThat(archive.error()).isEqualTo("archive.error.http");
        assertThat(archive.text()).isNull();
        assertThat(archive.sha256()).isNull();
        assertThat(archive.fetchedAt()).isEqualTo(NOW);
    }

    @ParameterizedTest
    @ValueSource(strings = {"/huge", "/huge-declared"})
    void a_page_over_five_megabytes_is_refused(String path) {
        FetchedPage archive = fetcher.fetch(url(path));

        assertThat(archive.kept()).isFalse();
        assertThat(archive.error()).isEqualTo("archive.error.too-large");
        assertThat(archive.text()).isNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {"/pdf", "/png", "/untyped"})
    void what_is_neither_html_nor_text_is_refused(String path) {
        FetchedPage archive = fetcher.fetch(url(path));

        assertThat(archive.kept()).isFalse();
        assertThat(archive.error()).isEqualTo("archive.error.type");
        assertThat(archive.httpStatus()).isEqualTo(200);
    }

    @Test
    void an_html_page_fetched_for_its_markup_keeps_its_metadata_and_says_where_it_ended_up() {
        FetchedPage page = fetcher.fetchHtml(url("/moved"));

        assertThat(page.kept()).isTrue();
        assertThat(page.text()).contains("<title>Onglet</title>").contains("<h1>Le chômage</h1>");
        assertThat(page.finalUrl()).isEqualTo(url("/page"));
        assertThat(page.sha256()).hasSize(64);
    }

    @ParameterizedTest
    @ValueSource(strings = {"/text", "/pdf"})
    void markup_is_only_fetched_from_html_pages(String path) {
        FetchedPage page = fetcher.fetchHtml(url(path));

        assertThat(page.kept()).isFalse();
        assertThat(page.error()).isEqualTo("archive.error.type");
    }

    @Test
    void a_redirect_loop_stops_after_five_redirects() {
        FetchedPage archive = fetcher.fetch(url("/loop"));

        assertThat(archive.kept()).isFalse();
        assertThat(archive.error()).isEqualTo("archive.error.too-many-redirects");
        assertThat(requests).hasValue(PageFetcher.MAX_REDIRECTS + 1);
    }

    @Test
    void a_redirect_to_a_private_address_is_refused_before_connecting() {
        FetchedPage archive = fetcher.fetch(url("/to-metadata"));

        assertThat(archive.kept()).isFalse();
        assertThat(archive.error()).isEqualTo("archive.error.private-address");
        assertThat(requests).hasValue(1);
    }

    @Test
    void a_redirect_to_something_else_than_the_web_is_refused() {
        FetchedPage archive = fetcher.fetch(url("/to-ftp"));

        assertThat(archive.kept()).isFalse();
        assertThat(archive.error()).isEqualTo("archive.error.bad-url");
    }

    @Test
    void by_default_the_archiver_refuses_the_loopback_address_without_connecting() {
        PageFetcher byDefault = new PageFetcher(CLOCK, false);

        FetchedPage archive = byDefault.fetch(url("/page"));

        assertThat(archive.kept()).isFalse();
        assertThat(archive.error()).isEqualTo("archive.error.private-address");
        assertThat(requests).hasValue(0);
    }

    @Test
    void by_default_a_name_resolving_to_loopback_is_refused_too() {
        FetchedPage archive = new PageFetcher(CLOCK, false).fetch("http://localhost:" + port() + "/page");

        assertThat(archive.error()).isEqualTo("archive.error.private-address");
        assertThat(requests).hasValue(0);
    }

    @Test
    void allowed_private_addresses_are_fetched() {
        FetchedPage archive = new PageFetcher(CLOCK, true).fetch(url("/page"));

        assertThat(archive.kept()).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"127.0.0.1", "10.1.2.3", "172.16.0.1", "172.31.255.255", "192.168.1.1", "169.254.169.254",
            "0.0.0.0", "224.0.0.1", "100.64.0.1", "::1", "::", "fc00::1", "fd12:3456::1", "fe80::1", "ff02::1",
            "::ffff:127.0.0.1", "::ffff:10.0.0.1", "64:ff9b::a00:1"})
    void private_and_local_addresses_are_recognised(String literal) throws Exception {
        assertThat(PrivateAddresses.isPrivate(InetAddress.getByName(literal))).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"8.8.8.8", "172.32.0.1", "192.169.0.1", "100.128.0.1", "2001:4860:4860::8888",
            "64:ff9b::808:808"})
    void public_addresses_are_not_private(String literal) throws Exception {
        assertThat(PrivateAddresses.isPrivate(InetAddress.getByName(literal))).isFalse();
    }

    // --- the test server ---

    private void route(HttpExchange exchange) throws IOException {
        switch (exchange.getRequestURI().getPath()) {
            case "/page" -> send(exchange, 200, "text/html; charset=UTF-8", PAGE);
            case "/text" -> send(exchange, 200, "text/plain; charset=UTF-8",
                    "Ligne un <b>\nLigne deux é\n".getBytes(StandardCharsets.UTF_8));
            case "/moved" -> redirect(exchange, "/page");
            case "/loop" -> redirect(exchange, "/loop");
            case "/to-metadata" -> redirect(exchange, "http://169.254.169.254/latest/meta-data/");
            case "/to-ftp" -> redirect(exchange, "ftp://example.org/file");
            case "/pdf" -> send(exchange, 200, "application/pdf", "%PDF-1.7".getBytes(StandardCharsets.US_ASCII));
            case "/png" -> send(exchange, 200, "image/png", new byte[] {(byte) 0x89, 'P', 'N', 'G'});
            case "/untyped" -> send(exchange, 200, null, "hello".getBytes(StandardCharsets.US_ASCII));
            case "/huge" -> huge(exchange, 0);
            case "/huge-declared" -> huge(exchange, PageFetcher.MAX_BYTES + 1L);
            default -> send(exchange, 404, "text/html", "<p>Not found</p>".getBytes(StandardCharsets.US_ASCII));
        }
    }

    private static void send(HttpExchange exchange, int status, String contentType, byte[] body) throws IOException {
        if (contentType != null) {
            exchange.getResponseHeaders().set("Content-Type", contentType);
        }
        exchange.sendResponseHeaders(status, body.length);
        exchange.getResponseBody().write(body);
    }

    private static void redirect(HttpExchange exchange, String location) throws IOException {
        exchange.getResponseHeaders().set("Location", location);
        exchange.sendResponseHeaders(302, -1);
    }

    /** One byte more than the archive keeps; chunked (length 0) unless a length is declared. */
    private static void huge(HttpExchange exchange, long declared) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", "text/html");
        exchange.sendResponseHeaders(200, declared);
        byte[] chunk = "<p>".concat("x".repeat(8189)).getBytes(StandardCharsets.US_ASCII);
        OutputStream body = exchange.getResponseBody();
        long left = PageFetcher.MAX_BYTES + 1L;
        while (left > 0) {
            int size = (int) Math.min(chunk.length, left);
            body.write(chunk, 0, size);
            left -= size;
        }
    }

    private int port() {
        return server.getAddress().getPort();
    }

    private String url(String path) {
        return "http://127.0.0.1:" + port() + path;
    }
}
