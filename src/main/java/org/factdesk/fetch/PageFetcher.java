package org.factdesk.fetch;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Predicate;
import org.factdesk.base.WebUrl;
import org.jspecify.annotations.Nullable;

/**
 * Fetches a page on the server and turns it into readable text with the SHA-256 of the bytes received. The server
 * fetches addresses users typed, so it refuses to reach into its own network (loopback, private, link-local
 * addresses) after resolving the name, at every redirect, unless told otherwise; and it bounds time, redirects and
 * size. Every failure comes back as a failed {@link FetchedPage}, never as an exception.
 */
public final class PageFetcher {

    static final int MAX_REDIRECTS = 5;
    static final int MAX_BYTES = 5 * 1024 * 1024;
    static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(10);
    static final Duration READ_TIMEOUT = Duration.ofSeconds(20);

    private final Clock clock;
    private final Predicate<InetAddress> forbidden;
    private final HttpClient client;

    /** A fetcher that refuses private addresses unless {@code allowPrivateAddresses} (a local test installation). */
    public PageFetcher(Clock clock, boolean allowPrivateAddresses) {
        this(clock, allowPrivateAddresses ? address -> false : PrivateAddresses::isPrivate);
    }

    /** A fetcher that refuses the addresses {@code forbidden} names (tests allow their own local server). */
    PageFetcher(Clock clock, Predicate<InetAddress> forbidden) {
        this.clock = clock;
        this.forbidden = forbidden;
        this.client = HttpClient.newBuilder()
                .connectTimeout(CONNECT_TIMEOUT)
                .followRedirects(HttpClient.Redirect.NEVER)
                .version(HttpClient.Version.HTTP_1_1)
                .build();
    }

    public FetchedPage fetch(String url) {
        return fetch(url, Pages.PAGE, null);
    }

    /**
     * Fetches a data document (JSON, JSON-LD, CSV, plain text or HTML) and gives its text as it is, decoded but not
     * turned into readable text; with {@code bearerToken} sent as {@code Authorization: Bearer} to the first address
     * only (a redirect elsewhere does not carry it). Same guards as {@link #fetch(String)}.
     */
    public FetchedPage fetchData(String url, @Nullable String bearerToken) {
        return fetch(url, Pages.DATA, bearerToken);
    }

    /**
     * Fetches a web page (HTML only) and gives its markup as it is, decoded but not turned into readable text, so
     * that the caller can read the page's metadata too: an article imported from its address. Same guards as
     * {@link #fetch(String)}; anything but HTML fails with {@code archive.error.type}.
     */
    public FetchedPage fetchHtml(String url) {
        return fetch(url, Pages.HTML, null);
    }

    private FetchedPage fetch(String url, Pages.Kind kind, @Nullable String bearerToken) {
        try {
            return follow(url, kind, bearerToken);
        } catch (Refusal refusal) {
            return FetchedPage.failed(refusal.key, clock.instant(), refusal.httpStatus);
        } catch (HttpTimeoutException e) {
            return FetchedPage.failed("archive.error.timeout", clock.instant(), null);
        } catch (UnknownHostException e) {
            return FetchedPage.failed("archive.error.unknown-host", clock.instant(), null);
        } catch (IOException e) {
            return tooLarge(e).orElseGet(() -> FetchedPage.failed("archive.error.unreachable", clock.instant(), null));
        } catch (UncheckedIOException e) {
            return FetchedPage.failed("archive.error.unreadable", clock.instant(), null);
        } catch (IllegalArgumentException e) {
            return FetchedPage.failed("archive.error.bad-url", clock.instant(), null);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return FetchedPage.failed("archive.error.unreachable", clock.instant(), null);
        }
    }

    /** Fetches hop by hop, checking each address before connecting to it. */
    private FetchedPage follow(String url, Pages.Kind kind, @Nullable String bearerToken)
            throws IOException, InterruptedException {
        URI target = webUri(url);
        URI first = target;
        for (int hop = 0; hop <= MAX_REDIRECTS; hop++) {
            requirePublic(target);
            HttpResponse<byte[]> response = send(target, kind, target.equals(first) ? bearerToken : null);
            int status = response.statusCode();
            if (Pages.isRedirect(status)) {
                String location = response.headers().firstValue("Location")
                        .orElseThrow(() -> new Refusal("archive.error.http", status));
                target = webUri(resolve(target, location));
                continue;
            }
            if (status < 200 || status > 299) {
                throw new Refusal("archive.error.http", status);
            }
            if (!kind.accepts(response)) {
                throw new Refusal("archive.error.type", status);
            }
            byte[] bytes = response.body();
            String text = kind == Pages.PAGE ? Pages.text(response, bytes)
                    : kind == Pages.HTML ? Pages.html(response, bytes) : Pages.raw(response, bytes);
            return FetchedPage.kept(text, Pages.sha256(bytes), clock.instant(), status, target.toString());
        }
        throw new Refusal("archive.error.too-many-redirects", null);
    }

    /** One request, its body included within the read timeout (the request's own timeout stops at the headers). */
    private HttpResponse<byte[]> send(URI target, Pages.Kind kind, @Nullable String bearerToken)
            throws IOException, InterruptedException {
        CompletableFuture<HttpResponse<byte[]>> response =
                client.sendAsync(Pages.request(target, READ_TIMEOUT, kind, bearerToken), Pages.body(MAX_BYTES, kind));
        try {
            return response.get(READ_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            response.cancel(true);
            throw new HttpTimeoutException("No complete answer in time");
        } catch (ExecutionException e) {
            if (e.getCause() instanceof IOException io) {
                throw io;
            }
            throw new IOException(e.getCause());
        } catch (InterruptedException e) {
            response.cancel(true);
            throw e;
        }
    }

    private void requirePublic(URI target) throws UnknownHostException {
        for (InetAddress address : InetAddress.getAllByName(target.getHost())) {
            if (forbidden.test(address)) {
                throw new Refusal("archive.error.private-address", null);
            }
        }
    }

    private static URI webUri(String url) {
        if (!WebUrl.Validator.isWebUrl(url)) {
            throw new Refusal("archive.error.bad-url", null);
        }
        return URI.create(url);
    }

    private static String resolve(URI base, String location) {
        try {
            return base.resolve(new URI(location.strip())).toString();
        } catch (URISyntaxException | IllegalArgumentException e) {
            throw new Refusal("archive.error.bad-url", null);
        }
    }

    private Optional<FetchedPage> tooLarge(IOException e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof Pages.TooLarge tooLarge) {
                return Optional.of(FetchedPage.failed("archive.error.too-large", clock.instant(), tooLarge.httpStatus));
            }
        }
        return Optional.empty();
    }

    /** A fetch that ended without a copy, with the key that says why. */
    static final class Refusal extends RuntimeException {
        private final String key;
        private final @Nullable Integer httpStatus;

        Refusal(String key, @Nullable Integer httpStatus) {
            super(key, null, false, false);
            this.key = key;
            this.httpStatus = httpStatus;
        }
    }
}
