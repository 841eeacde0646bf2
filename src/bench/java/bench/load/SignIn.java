package bench.load;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A signed-in Vaadin page driven over plain HTTP, as the browser's client engine drives it: the sign-in form
 * (with Spring's CSRF token from the page's meta tags), then the UI's init request for a route, then UIDL requests
 * (events, RPCs) with Vaadin's own CSRF token and sync ids. No browser, so a 2-core machine can hold a hundred
 * sessions; the server does the same work as for a browser's first page (the view, its grid's first page).
 */
final class SignIn {

    private static final HttpClient HTTP = HttpClient.newBuilder()
            .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(10)).build();
    private static final Pattern META_CSRF = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"");
    private static final Pattern META_CSRF_PARAMETER =
            Pattern.compile("<meta name=\"_csrf_parameter\" content=\"([^\"]+)\"");
    private static final Pattern SECURITY_KEY = Pattern.compile("\"Vaadin-Security-Key\"\\s*:\\s*\"([^\"]+)\"");
    private static final Pattern UI_ID = Pattern.compile("\"v-uiId\"\\s*:\\s*(\\d+)");
    private static final Pattern SYNC_ID = Pattern.compile("\"syncId\"\\s*:\\s*(\\d+)");
    private static final Pattern CLIENT_ID = Pattern.compile("\"clientId\"\\s*:\\s*(\\d+)");

    final String base;
    private final Map<String, String> cookies = Collections.synchronizedMap(new LinkedHashMap<>());
    private String securityKey = "";
    private int uiId = -1;
    private int syncId;
    private int clientId;
    String lastBody = "";

    SignIn(String base) {
        this.base = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
    }

    /** Signs in through the form; fails when the server answers with its error page. */
    SignIn signIn(String username, String password) throws IOException, InterruptedException {
        HttpResponse<String> page = get("/login");
        Matcher token = META_CSRF.matcher(page.body());
        Matcher parameter = META_CSRF_PARAMETER.matcher(page.body());
        StringBuilder form = new StringBuilder("username=" + encode(username) + "&password=" + encode(password));
        if (token.find() && parameter.find()) {
            form.append('&').append(encode(parameter.group(1))).append('=').append(encode(token.group(1)));
        }
        HttpResponse<String> posted = send(HttpRequest.newBuilder(URI.create(base + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form.toString())));
        String location = posted.headers().firstValue("Location").orElse("");
        if (posted.statusCode() != 302 || location.contains("error")) {
            throw new IllegalStateException("sign-in of " + username + " refused: " + posted.statusCode() + " "
                    + location);
        }
        return this;
    }

    /** Opens a route as a browser's first load of it does: the page, then the UI's init request. */
    String open(String route) throws IOException, InterruptedException {
        HttpResponse<String> page = get("/" + route);
        if (page.statusCode() != 200) {
            throw new IllegalStateException("GET /" + route + " answered " + page.statusCode());
        }
        HttpResponse<String> init = get("/?v-r=init&location=" + encode(route) + "&query=");
        if (init.statusCode() != 200) {
            throw new IllegalStateException("init of /" + route + " answered " + init.statusCode());
        }
        String body = init.body();
        securityKey = find(SECURITY_KEY, body, "Vaadin-Security-Key");
        uiId = Integer.parseInt(find(UI_ID, body, "v-uiId"));
        syncId = Integer.parseInt(find(SYNC_ID, body.replace("\\\"", "\""), "syncId"));
        clientId = 0;
        lastBody = body;
        String view = navigate(route);
        // The browser answers the first page at once (the grid confirms its rows, the page reports its size), so
        // the server's copy of its last response, kept to answer a resent request, is a small one thereafter.
        uidl();
        lastBody = view;
        return view;
    }

    /** The client engine's navigation event after init (or on a router link): the server builds the view. */
    String navigate(String route) throws IOException, InterruptedException {
        return uidl("{\"type\":\"event\",\"node\":1,\"event\":\"ui-navigate\",\"data\":{\"route\":\""
                + route + "\",\"query\":\"\",\"appShellTitle\":\"\",\"historyState\":{\"idx\":0},"
                + "\"trigger\":\"\"}}");
    }

    /** Sends one UIDL request holding the given RPC invocations (JSON objects) and returns the response. */
    String uidl(String... invocations) throws IOException, InterruptedException {
        String json = "{\"csrfToken\":\"" + securityKey + "\",\"rpc\":[" + String.join(",", invocations)
                + "],\"syncId\":" + syncId + ",\"clientId\":" + clientId + "}";
        HttpResponse<String> response = send(HttpRequest.newBuilder(
                        URI.create(base + "/?v-r=uidl&v-uiId=" + uiId))
                .header("Content-Type", "application/json; charset=UTF-8")
                .POST(HttpRequest.BodyPublishers.ofString(json)));
        String body = response.body();
        if (response.statusCode() != 200 || body.contains("\"appError\"") || body.contains("Session expired")) {
            throw new IllegalStateException("UIDL answered " + response.statusCode() + ": " + shorten(body));
        }
        Matcher sync = SYNC_ID.matcher(body);
        if (sync.find()) {
            syncId = Integer.parseInt(sync.group(1));
        }
        Matcher client = CLIENT_ID.matcher(body);
        clientId = client.find() ? Integer.parseInt(client.group(1)) : clientId + 1;
        lastBody = body;
        return body;
    }

    HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(URI.create(base + path)).GET());
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        synchronized (cookies) {
            if (!cookies.isEmpty()) {
                List<String> pairs = new ArrayList<>();
                cookies.forEach((name, value) -> pairs.add(name + "=" + value));
                request.header("Cookie", String.join("; ", pairs));
            }
        }
        HttpResponse<String> response = HTTP.send(request.timeout(Duration.ofSeconds(120)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        for (String set : response.headers().allValues("Set-Cookie")) {
            String pair = set.split(";", 2)[0];
            int eq = pair.indexOf('=');
            if (eq > 0) {
                cookies.put(pair.substring(0, eq).trim(), pair.substring(eq + 1).trim());
            }
        }
        return response;
    }

    static String find(Pattern pattern, String text, String what) {
        Matcher m = pattern.matcher(text);
        if (!m.find()) {
            throw new IllegalStateException("no " + what + " in: " + shorten(text));
        }
        return m.group(1);
    }

    static String shorten(String text) {
        return text.length() <= 600 ? text : text.substring(0, 600) + "…";
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    /** {@code java SignIn.java http://localhost:8096 user user-bench ""}: signs in once, prints the init response. */
    public static void main(String[] args) throws Exception {
        SignIn session = new SignIn(args[0]).signIn(args[1], args[2]);
        System.out.println(session.open(args.length > 3 ? args[3] : ""));
    }
}
