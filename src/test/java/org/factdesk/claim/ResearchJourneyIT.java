package org.factdesk.claim;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.factdesk.Browser;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A fact-checker's day on one claim, in a real browser: the editor accepts a claim of the seed article; the checker
 * takes it, adds two sources, archives one from a local test page, proposes a verdict, submits it, and sees it all in
 * the history; then an editor approves it. Archiving from this machine's own test server needs private addresses
 * allowed, for this test only.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "factdesk.archive.allow-private-addresses=true")
class ResearchJourneyIT {

    private static final String EVIDENCE = "<html><head><title>Registre</title></head><body>"
            + "<p>L'Azerbaïdjan a repris le contrôle du Haut-Karabakh en septembre 2023.</p></body></html>";

    @LocalServerPort
    int port;

    private HttpServer evidence;

    @BeforeEach
    void serve_an_evidence_page() throws IOException {
        evidence = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        evidence.createContext("/evidence.html", exchange -> {
            byte[] page = EVIDENCE.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "text/html; charset=utf-8");
            exchange.sendResponseHeaders(200, page.length);
            exchange.getResponseBody().write(page);
            exchange.close();
        });
        evidence.start();
    }

    @AfterEach
    void stop_the_evidence_page() {
        evidence.stop(0);
    }

    @Test
    void a_checker_takes_a_claim_researches_it_and_submits_a_verdict() {
        try (Browser browser = new Browser("http://localhost:" + port, 1366, 1000)) {
            String claimPage = editorAcceptsASuggestion(browser);

            browser.signOut();
            browser.signIn("checker", "checker-demo");
            browser.open(claimPage);
            browser.click(By.id("claim-take"));
            browser.await(By.id("claim-submit"));

            addSource(browser, "http://127.0.0.1:" + evidence.getAddress().getPort() + "/evidence.html",
                    "Registre officiel", "Official statistics");
            addSource(browser, "https://www.example.org/report", "Rapport d'une ONG", "News report");
            List<WebElement> archiveButtons = browser.driver().findElements(By.cssSelector("[id^=source-archive-]"))
                    .stream().filter(button -> button.getTagName().equals("vaadin-button")).toList();
            browser.click(By.id(archiveButtons.getFirst().getDomAttribute("id")));
            browser.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("sources-panel"),
                    "HTTP 200"));

            browser.click(By.id("verdict-rating"));
            browser.click(By.xpath("//vaadin-select-item[normalize-space(.)='Mostly true']"));
            browser.await(By.cssSelector("#verdict-rationale textarea"))
                    .sendKeys("Le registre officiel confirme la date de septembre 2023.");
            browser.click(By.id("verdict-save"));
            browser.awaitText("claim-page-history", "Verdict");
            browser.click(By.id("claim-submit"));

            browser.awaitText("claim-page-history", "In research → In review");
            String history = browser.textOf("claim-page-history");
            assertThat(history).contains("In research → In review", "Registre officiel", "Rapport d'une ONG",
                    "Mostly true", "Chloé Checker");
            browser.screenshot("claim-page-submitted");

            browser.signOut();
            browser.signIn("editor", "editor-demo");
            browser.open(claimPage);
            browser.click(By.id("claim-approve"));
            browser.click(By.id("approve-confirm"));
            browser.awaitText("claim-page-history", "In review → Approved");
            assertThat(browser.textOf("claim-page-history")).contains("In review → Approved", "Eddie Editor");
            browser.screenshot("claim-page-approved");

            // The link back to the article is drawn in the heading's block of markup: the router follows it, without
            // loading the page again (the mark set on the window stays).
            JavascriptExecutor script = (JavascriptExecutor) browser.driver();
            script.executeScript("window.fdSamePage = true");
            browser.click(By.cssSelector(".fd-claim-page a[router-link]"));
            browser.waiting().until(d -> d.getCurrentUrl().matches(".*/articles/\\d+$"));
            browser.await(By.id("claims-grid"));
            assertThat(script.executeScript("return window.fdSamePage === true")).isEqualTo(true);
        }
    }

    /** The editor accepts the seed article's first suggestion and finds its claim page's address. */
    private static String editorAcceptsASuggestion(Browser browser) {
        return ClaimPages.acceptedByTheEditor(browser);
    }

    private static void addSource(Browser browser, String url, String title, String kind) {
        browser.click(By.id("source-add"));
        browser.await(By.cssSelector("#source-url input")).sendKeys(url);
        browser.driver().findElement(By.cssSelector("#source-title input")).sendKeys(title);
        browser.click(By.id("source-kind"));
        browser.click(By.xpath("//vaadin-select-item[normalize-space(.)='" + kind + "']"));
        browser.click(By.id("source-save"));
        browser.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("sources-panel"), title));
    }
}
