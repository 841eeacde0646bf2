package org.factdesk.fetch;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Flow;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;
import org.jspecify.annotations.Nullable;

/** The HTTP and text details of archiving a page: the request, a size-capped body, and the page's readable text. */
final class Pages {

    private static final Set<String> READABLE = Set.of("text/html", "text/plain");

    /** What a fetch accepts: a web page to archive, or a data document (a feed) to import. */
    record Kind(Set<String> types, String accept) {
        boolean accepts(HttpResponse<?> response) {
            return acceptsType(response.headers().firstValue("Content-Type").orElse(""));
        }

        boolean acceptsType(String contentType) {
            return mediaType(contentType).map(types::contains).orElse(false);
        }
    }

    static final Kind PAGE = new Kind(READABLE, "text/html, text/plain;q=0.9");
    static final Kind DATA = new Kind(Set.of("application/ld+json", "application/json", "text/csv", "text/plain",
            "text/html", "application/csv", "text/tab-separated-values"),
            "application/ld+json, application/json;q=0.9, text/csv;q=0.8, text/html;q=0.5, text/plain;q=0.5");
    static final Kind HTML = new Kind(Set.of("text/html", "application/xhtml+xml"),
            "text/html, application/xhtml+xml;q=0.9");
    private static final Set<Integer> REDIRECTS = Set.of(301, 302, 303, 307, 308);
    private static final Pattern CHARSET = Pattern.compile("(?i)charset\\s*=\\s*\"?([^\";\\s]+)");
    private static final Pattern SPACES = Pattern.compile("[\\s\\u00a0]+");

    private Pages() {
    }

    static HttpRequest request(URI target, Duration timeout) {
        return request(target, timeout, PAGE, null);
    }

    static HttpRequest request(URI target, Duration timeout, Kind kind, @Nullable String bearerToken) {
        HttpRequest.Builder request = HttpRequest.newBuilder(target).timeout(timeout).GET()
                .header("User-Agent", "FactDesk archiver")
                .header("Accept", kind.accept());
        if (bearerToken != null && !bearerToken.isBlank()) {
            request.header("Authorization", "Bearer " + bearerToken.strip());
        }
        return request.build();
    }

    static boolean isRedirect(int status) {
        return REDIRECTS.contains(status);
    }

    static boolean isReadable(HttpResponse<?> response) {
        return mediaType(response.headers().firstValue("Content-Type").orElse("")).map(READABLE::contains)
                .orElse(false);
    }

    /**
     * Reads the body of a readable page, up to {@code max} bytes; past that it stops reading and fails with
     * {@link TooLarge}. Redirects, errors and other types are not read at all: nobody downloads a film to learn it
     * is not a web page.
     */
    static HttpResponse.BodyHandler<byte[]> body(int max) {
        return body(max, PAGE);
    }

    static HttpResponse.BodyHandler<byte[]> body(int max, Kind kind) {
        return info -> {
            boolean wanted = info.statusCode() >= 200 && info.statusCode() <= 299
                    && kind.acceptsType(info.headers().firstValue("Content-Type").orElse(""));
            if (!wanted) {
                return new Capped(0, info.statusCode(), true);
            }
            long declared = info.headers().firstValueAsLong("Content-Length").orElse(-1);
            return new Capped(max, info.statusCode(), declared > max);
        };
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }

    /** The body as the server sent it, decoded with its charset (UTF-8 when it names none). */
    static String raw(HttpResponse<?> response, byte[] bytes) {
        @Nullable Charset charset = charset(response.headers().firstValue("Content-Type").orElse(""));
        return new String(bytes, charset == null ? StandardCharsets.UTF_8 : charset);
    }

    /**
     * The markup of an HTML page, decoded with the charset the server names, else the one the page declares in its
     * {@code <meta charset>} (UTF-8 when neither says).
     */
    static String html(HttpResponse<?> response, byte[] bytes) {
        @Nullable Charset charset = charset(response.headers().firstValue("Content-Type").orElse(""));
        if (charset != null) {
            return new String(bytes, charset);
        }
        try {
            return Jsoup.parse(new ByteArrayInputStream(bytes), null, response.uri().toString()).outerHtml();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String text(HttpResponse<?> response, byte[] bytes) {
        String contentType = response.headers().firstValue("Content-Type").orElse("");
        @Nullable Charset charset = charset(contentType);
        if ("text/plain".equals(mediaType(contentType).orElse(""))) {
            return new String(bytes, charset == null ? StandardCharsets.UTF_8 : charset).strip();
        }
        try {
            Document page = Jsoup.parse(new ByteArrayInputStream(bytes), charset == null ? null : charset.name(),
                    response.uri().toString());
            return readable(page);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The page's words, one paragraph (block) a line, separated by blank lines; scripts and styles left out. */
    static String readable(Document page) {
        page.select("script, style, noscript, template, head").remove();
        StringBuilder out = new StringBuilder();
        NodeTraversor.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof TextNode text) {
                    // Line breaks in the markup are not breaks on the page; blocks and <br> are.
                    out.append(SPACES.matcher(text.getWholeText()).replaceAll(" "));
                } else if (node instanceof Element element && (element.isBlock() || element.nameIs("br"))) {
                    out.append('\n');
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof Element element && element.isBlock()) {
                    out.append('\n');
                }
            }
        }, page.body());
        return out.toString().lines().map(line -> SPACES.matcher(line).replaceAll(" ").strip())
                .filter(line -> !line.isEmpty()).collect(Collectors.joining("\n\n"));
    }

    private static Optional<String> mediaType(String contentType) {
        String type = contentType.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
        return type.isEmpty() ? Optional.empty() : Optional.of(type);
    }

    private static @Nullable Charset charset(String contentType) {
        Matcher matcher = CHARSET.matcher(contentType);
        if (!matcher.find()) {
            return null;
        }
        try {
            return Charset.forName(matcher.group(1));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** The page was larger than the archive keeps. */
    static final class TooLarge extends IOException {
        final int httpStatus;

        TooLarge(int httpStatus) {
            super("Page larger than the archive keeps");
            this.httpStatus = httpStatus;
        }
    }

    /** Collects at most {@code max} bytes, cancelling the download past that (or at once when told to skip it). */
    private static final class Capped implements HttpResponse.BodySubscriber<byte[]> {
        private final CompletableFuture<byte[]> result = new CompletableFuture<>();
        private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        private final int max;
        private final int status;
        private final boolean stopAtOnce;
        private Flow.@Nullable Subscription subscription;

        Capped(int max, int status, boolean stopAtOnce) {
            this.max = max;
            this.status = status;
            this.stopAtOnce = stopAtOnce;
        }

        @Override
        public void onSubscribe(Flow.Subscription subscription) {
            this.subscription = subscription;
            if (stopAtOnce) {
                subscription.cancel();
                if (max == 0) {
                    result.complete(new byte[0]);
                } else {
                    result.completeExceptionally(new TooLarge(status));
                }
            } else {
                subscription.request(Long.MAX_VALUE);
            }
        }

        @Override
        public void onNext(List<ByteBuffer> buffers) {
            if (result.isDone()) {
                return;
            }
            for (ByteBuffer buffer : buffers) {
                if (bytes.size() + buffer.remaining() > max) {
                    if (subscription != null) {
                        subscription.cancel();
                    }
                    result.completeExceptionally(new TooLarge(status));
                    return;
                }
                byte[] chunk = new byte[buffer.remaining()];
                buffer.get(chunk);
                bytes.writeBytes(chunk);
            }
        }

        @Override
        public void onError(Throwable throwable) {
            result.completeExceptionally(throwable);
        }

        @Override
        public void onComplete() {
            result.complete(bytes.toByteArray());
        }

        @Override
        public CompletionStage<byte[]> getBody() {
            return result;
        }
    }
}
