package org.factdesk.article;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A small web server on 127.0.0.1 for tests, serving the pages of src/test/resources/web at /news/{name}, a redirect at
 * /moved, a PDF at /report.pdf and a 404 elsewhere. Counts the requests it answered, so a test can prove none came.
 */
public final class WebPages implements AutoCloseable {

    private final HttpServer server;
    private final AtomicInteger requests = new AtomicInteger();

    private WebPages() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", exchange -> {
            requests.incrementAndGet();
            try (exchange) {
                route(exchange);
            }
        });
        server.start();
    }

    public static WebPages start() {
        try {
            return new WebPages();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    public String url(String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + path;
    }

    public int requests() {
        return requests.get();
    }

    @Override
    public void close() {
        server.stop(0);
    }

    private static void route(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath();
        if (path.equals("/moved")) {
            exchange.getResponseHeaders().add("Location", "/news/jsonld-graph.html");
            exchange.sendResponseHeaders(301, -1);
        } else if (path.equals("/report.pdf")) {
            send(exchange, 200, "application/pdf", "%PDF-1.7".getBytes(StandardCharsets.US_ASCII));
        } else if (path.startsWith("/news/") && WebPages.class.getResource("/web/" + path.substring(6)) != null) {
            send(exchange, 200, "text/html; charset=UTF-8",
                    WebArticleReaderTest.page(path.substring(6)).getBytes(StandardCharsets.UTF_8));
        } else {
            send(exchange, 404, "text/html", "<p>Not found</p>".getBytes(StandardCharsets.UTF_8));
        }
    }

    private static void send(HttpExchange exchange, int status, String type, byte[] body) throws IOException {
        exchange.getResponseHeaders().add("Content-Type", type);
        exchange.sendResponseHeaders(status, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }
}
