package org.factdesk.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The HTTP layer as a browser and a TLS reverse proxy meet it, on the real embedded Tomcat (the session cookie's
 * attributes, the forwarded headers and URL rewriting are Tomcat's work, which MockMvc does not run): the security
 * headers on HTML pages, the session cookie, https behind a proxy, no session id in URLs, CSRF on the sign-in POST,
 * and the app's own not-found page for a signed-in user at an unknown address.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class HttpHardeningTest {

    private static final Pattern CSRF_META = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"");
    private static final Pattern SESSION_COOKIE = Pattern.compile("JSESSIONID=([^;]+)");

    @LocalServerPort
    int port;

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    private HttpResponse<String> get(String path, String... headers) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET();
        if (headers.length > 0) {
            request.headers(headers);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> postForm(String path, String form, String... headers)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form));
        if (headers.length > 0) {
            request.headers(headers);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String header(HttpResponse<?> response, String name) {
        return response.headers().firstValue(name).orElse("");
    }

    private static Optional<String> sessionCookie(HttpResponse<?> response) {
        return response.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("JSESSIONID=")).findFirst();
    }

    private static String sessionId(HttpResponse<?> response) {
        Matcher matcher = SESSION_COOKIE.matcher(sessionCookie(response).orElseThrow());
        assertThat(matcher.find()).isTrue();
        return matcher.group(1);
    }

    private static String credentials(String username, String password) {
        return "username=" + URLEncoder.encode(username, StandardCharsets.UTF_8) + "&password="
                + URLEncoder.encode(password, StandardCharsets.UTF_8);
    }

    /** Signs in as a browser does: the sign-in page, then its form with the page's CSRF token. */
    private String signedInSession(String username) throws IOException, InterruptedException {
        HttpResponse<String> page = get("/login");
        String session = sessionId(page);
        Matcher token = CSRF_META.matcher(page.body());
        assertThat(token.find()).as("the sign-in page carries the CSRF token for its form").isTrue();
        HttpResponse<String> signIn = postForm("/login", credentials(username, username + "-demo") + "&_csrf="
                + URLEncoder.encode(token.group(1), StandardCharsets.UTF_8), "Cookie", "JSESSIONID=" + session);
        assertThat(signIn.statusCode()).isEqualTo(302);
        assertThat(header(signIn, "Location")).doesNotContain("error");
        return sessionCookie(signIn).map(c -> {
            Matcher matcher = SESSION_COOKIE.matcher(c);
            matcher.find();
            return matcher.group(1);
        }).orElse(session);
    }

    @Test
    void the_sign_in_page_an_html_document_carries_the_security_headers() throws Exception {
        HttpResponse<String> page = get("/login");

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(header(page, "Content-Type")).startsWith("text/html");
        assertThat(header(page, "Content-Security-Policy")).isEqualTo(SecurityHeaders.CONTENT_SECURITY_POLICY)
                .contains("default-src 'self'", "object-src 'none'", "frame-ancestors 'none'", "base-uri 'self'",
                        "form-action 'self'", "script-src 'self' 'unsafe-inline' 'unsafe-eval'");
        assertThat(header(page, "X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(header(page, "Referrer-Policy")).isEqualTo("same-origin");
        assertThat(header(page, "Cache-Control")).contains("no-store");
    }

    @Test
    void a_page_with_desk_data_is_never_stored_and_carries_the_security_headers() throws Exception {
        String session = signedInSession("editor");

        HttpResponse<String> page = get("/articles", "Cookie", "JSESSIONID=" + session);

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(header(page, "Cache-Control")).contains("no-store");
        assertThat(header(page, "Content-Security-Policy")).isEqualTo(SecurityHeaders.CONTENT_SECURITY_POLICY);
        assertThat(header(page, "Referrer-Policy")).isEqualTo("same-origin");
        assertThat(header(page, "X-Content-Type-Options")).isEqualTo("nosniff");
    }

    @Test
    void a_page_keeps_the_http_1_0_no_cache_headers_beside_its_own() throws Exception {
        HttpResponse<String> page = get("/login");

        assertThat(header(page, "Cache-Control")).contains("no-store");
        assertThat(header(page, "Pragma")).isEqualTo("no-cache");
        assertThat(header(page, "Expires")).isEqualTo("0");
    }

    @Test
    void the_session_cookie_is_http_only_and_same_site_lax_and_over_plain_http_not_secure() throws Exception {
        String cookie = sessionCookie(get("/login")).orElseThrow();

        assertThat(cookie).containsIgnoringCase("HttpOnly").containsIgnoringCase("SameSite=Lax");
        assertThat(cookie).doesNotContainIgnoringCase("Secure");
    }

    @Test
    void behind_a_tls_proxy_redirects_are_https_the_cookie_is_secure_and_hsts_is_sent() throws Exception {
        HttpResponse<String> plain = get("/articles");
        assertThat(header(plain, "Location")).startsWith("http://");
        assertThat(plain.headers().firstValue("Strict-Transport-Security")).isEmpty();

        HttpResponse<String> proxied = get("/articles", "X-Forwarded-Proto", "https", "X-Forwarded-For", "203.0.113.9");

        assertThat(proxied.statusCode()).isEqualTo(302);
        assertThat(header(proxied, "Location")).startsWith("https://").endsWith("/login");
        assertThat(header(proxied, "Strict-Transport-Security")).contains("max-age=");
        assertThat(sessionCookie(proxied).orElseThrow()).containsIgnoringCase("Secure")
                .containsIgnoringCase("SameSite=Lax");
    }

    @Test
    void the_session_id_never_travels_in_a_url() throws Exception {
        HttpResponse<String> redirect = get("/articles");

        assertThat(redirect.statusCode()).isEqualTo(302);
        assertThat(header(redirect, "Location")).doesNotContainIgnoringCase("jsessionid");
        assertThat(get("/login").body()).doesNotContainIgnoringCase("jsessionid");
    }

    @Test
    void a_sign_in_post_without_the_csrf_token_is_refused_and_signs_nobody_in() throws Exception {
        // A cross-site form: no session of the desk's, no token. Refused (403, which the container's error page
        // turns into the sign-in page for someone not signed in), where it used to sign in and go to the desk.
        HttpResponse<String> crossSite = postForm("/login", credentials("editor", "editor-demo"));
        assertThat(crossSite.statusCode()).isEqualTo(302);
        assertThat(header(crossSite, "Location")).endsWith("/login");
        assertThat(get("/articles", "Cookie", "JSESSIONID=" + sessionId(crossSite)).statusCode())
                .as("not signed in").isEqualTo(302);

        // The same with the victim's session from the sign-in page, still without the page's token.
        String session = sessionId(get("/login"));
        HttpResponse<String> withoutToken = postForm("/login", credentials("editor", "editor-demo"),
                "Cookie", "JSESSIONID=" + session);
        assertThat(header(withoutToken, "Location")).endsWith("/login");
        String after = sessionCookie(withoutToken).isPresent() ? sessionId(withoutToken) : session;
        assertThat(get("/articles", "Cookie", "JSESSIONID=" + after).statusCode())
                .as("still not signed in").isEqualTo(302);
    }

    @Test
    void a_sign_in_post_with_the_page_s_csrf_token_signs_in() throws Exception {
        String session = signedInSession("checker");

        assertThat(get("/articles", "Cookie", "JSESSIONID=" + session).statusCode()).isEqualTo(200);
    }

    @Test
    void a_signed_in_user_at_an_unknown_address_gets_the_app_s_page_not_a_bare_403() throws Exception {
        String session = signedInSession("editor");

        // Vaadin answers every page address with its bootstrap page, which then renders NotFoundView (its content
        // is checked by AccessDeniedViewTest and CspIT); before, Spring Security refused these with a bare 403.
        for (String path : List.of("/no-such-page", "/admin/no/such/thing", "/whatever.php")) {
            HttpResponse<String> page = get(path, "Cookie", "JSESSIONID=" + session);
            assertThat(page.statusCode()).as(path).isEqualTo(200);
            assertThat(header(page, "Content-Type")).as(path).startsWith("text/html");
            assertThat(header(page, "Content-Security-Policy")).isEqualTo(SecurityHeaders.CONTENT_SECURITY_POLICY);
        }
    }
}
