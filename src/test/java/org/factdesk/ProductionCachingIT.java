package org.factdesk;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * In production mode, on the real Tomcat, the bundle's files are cacheable: Vaadin's own {@code Cache-Control}
 * without Spring's {@code Pragma: no-cache}, which made Chromium ask for every one of them again on each page load
 * (issue 15, decision 017), while the page that names them keeps all the no-cache headers. The same configuration as
 * {@link ProductionCspIT}, so that both share one application.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "vaadin.productionMode=true")
class ProductionCachingIT {

    private static final Pattern BUNDLE_FILE = Pattern.compile("VAADIN/build/[^\"']+\\.js");

    @LocalServerPort
    int port;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void the_bundle_s_files_may_be_cached_and_the_page_may_not() throws Exception {
        HttpResponse<String> page = get("/login");
        Matcher file = BUNDLE_FILE.matcher(page.body());
        assertThat(file.find()).as("a bundle file named in the page").isTrue();

        HttpResponse<String> bundle = get("/" + file.group());

        assertThat(bundle.statusCode()).isEqualTo(200);
        assertThat(bundle.headers().firstValue("Cache-Control").orElse("")).contains("max-age=")
                .doesNotContain("no-cache", "no-store");
        assertThat(bundle.headers().firstValue("Pragma")).isEmpty();
        assertThat(bundle.headers().firstValue("Expires")).isEmpty();
        assertThat(page.headers().firstValue("Cache-Control").orElse("")).contains("no-store");
        assertThat(page.headers().firstValue("Pragma")).hasValue("no-cache");
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
