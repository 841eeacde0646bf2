package org.factdesk.report.feed;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.factdesk.Browser;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * An administrator turns the feed on and creates a token in a real browser; a CMS (an HTTP client) then reads the
 * feed with it, until the administrator revokes it. Screenshots in English, then French, under target/screenshots/.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ApiFeedIT {

    @LocalServerPort
    int port;

    private final HttpClient http = HttpClient.newHttpClient();

    private HttpResponse<String> pull(String token) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port
                + "/api/claimreviews?since=2020-01-01T00:00:00Z&size=10"));
        if (!token.isEmpty()) {
            request.header("Authorization", "Bearer " + token);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void an_admin_opens_the_feed_to_a_cms_with_a_token_and_cuts_it_off_again() throws Exception {
        try (Browser browser = new Browser("http://localhost:" + port, 1366, 900)) {
            browser.signIn("admin", "admin-demo");
            browser.open("/admin/api");
            browser.await(By.id("tokens-grid"));
            browser.screenshot("api-feed-en");
            assertThat(pull("").statusCode()).as("off").isEqualTo(404);

            browser.click(By.cssSelector("#feed-enabled input"));
            browser.click(By.id("token-create"));
            browser.await(By.cssSelector("#token-name input")).sendKeys("Newsroom CMS");
            browser.click(By.id("token-create-confirm"));
            String token = browser.await(By.cssSelector("#token-secret input")).getDomProperty("value");
            browser.screenshot("api-token-created-en");
            browser.click(By.id("token-done"));

            assertThat(pull("").statusCode()).isEqualTo(401);
            HttpResponse<String> response = pull(token);
            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(type ->
                    assertThat(type).startsWith("application/ld+json"));
            JsonNode page = JsonMapper.shared().readTree(response.body());
            assertThat(page.get("@type").asString()).isEqualTo("ItemList");
            assertThat(page.get("itemListElement").isArray()).isTrue();

            browser.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("tokens-grid"),
                    "Newsroom CMS"));
            browser.click(By.cssSelector("#tokens-grid vaadin-button[id^='token-revoke-']"));
            browser.click(By.id("token-revoke-confirm"));
            browser.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("tokens-grid"),
                    "Revoked by"));
            browser.screenshot("api-token-revoked-en");
            assertThat(pull(token).statusCode()).isEqualTo(401);

            inFrench(browser);
        }
    }

    /** The same screen in French, with the revoked token and a new one shown once. */
    private static void inFrench(Browser browser) {
        browser.driver().findElement(By.id("language-switch")).click();
        browser.await(By.xpath("//vaadin-select-item[contains(., 'Français')]")).click();
        browser.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("token-create"),
                "Nouveau jeton"));
        browser.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("tokens-grid"),
                "Révoqué par Ada Admin"));
        browser.screenshot("api-feed-fr");
        browser.click(By.id("token-create"));
        browser.await(By.cssSelector("#token-name input")).sendKeys("CMS de la rédaction");
        browser.click(By.id("token-create-confirm"));
        assertThat(browser.await(By.id("token-shown-once")).getText()).contains("affiché que cette fois");
        browser.screenshot("api-token-created-fr");
    }
}
