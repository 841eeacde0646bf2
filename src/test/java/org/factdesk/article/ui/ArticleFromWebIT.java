package org.factdesk.article.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.factdesk.Browser;
import org.factdesk.article.WebPages;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * An editor imports an article from its address, served by a local web server (private addresses allowed for this
 * installation): pastes the address, checks what was read, imports, and finds the claims and the archived copy.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "factdesk.archive.allow-private-addresses=true")
class ArticleFromWebIT {

    private static WebPages pages;

    @LocalServerPort
    int port;

    @BeforeAll
    static void serve() {
        pages = WebPages.start();
    }

    @AfterAll
    static void stop() {
        pages.close();
    }

    @Test
    void an_editor_imports_an_article_from_its_address_and_sees_its_claims_and_archived_copy() {
        try (Browser browser = new Browser("http://localhost:" + port, 1366, 900)) {
            browser.signIn("editor", "editor-demo");
            browser.open("/articles/import");
            WebElement address = browser.await(By.cssSelector("#article-web-url input"));
            address.sendKeys(pages.url("/news/nope.html"));
            browser.click(By.id("article-web-fetch"));
            browser.waiting().until(d -> errorOf(browser).contains("404"));
            assertThat(value(browser, "#article-web-url input")).as("what was typed stays")
                    .isEqualTo(pages.url("/news/nope.html"));

            address = browser.await(By.cssSelector("#article-web-url input"));
            address.sendKeys(Keys.chord(Keys.CONTROL, "a"), pages.url("/moved"));
            browser.click(By.id("article-web-fetch"));
            browser.waiting().until(d -> value(browser, "#article-title input").startsWith("Crime fell by 20 %"));
            assertThat(value(browser, "#article-title input"))
                    .isEqualTo("Crime fell by 20 % <script>alert('x')</script> in 2025");
            assertThat(value(browser, "#article-outlet input")).isEqualTo("The Daily Example");
            assertThat(value(browser, "#article-byline input")).isEqualTo("Ann Lee, Bo Chen");
            assertThat(value(browser, "#article-url input")).isEqualTo(pages.url("/news/crime-falls"));
            assertThat(value(browser, "#article-published-on input")).isEqualTo("2/11/2026");
            assertThat(value(browser, "#article-body textarea")).startsWith("Crime fell by 20 % last year");
            assertThat(browser.textOf("article-web-message")).contains(pages.url("/news/jsonld-graph.html"));
            browser.screenshot("article-from-web-preview-en-1366");

            // The editor corrects the title before importing: the fields are theirs to edit.
            WebElement title = browser.await(By.cssSelector("#article-title input"));
            title.sendKeys(Keys.chord(Keys.CONTROL, "a"), "Crime fell by 20 % in 2025");
            browser.click(By.id("article-save"));
            browser.waiting().until(ExpectedConditions.urlMatches(".*/articles/\\d+$"));
            browser.await(By.id("claims-grid"));
            browser.waiting().until(d -> claimCells(browser).size() >= 2);
            // "…, Devlin said." became Devlin's claim without the attribution (issue 12 #10).
            assertThat(claimCells(browser)).extracting(WebElement::getText)
                    .noneMatch(text -> text.contains("Devlin said"));
            browser.awaitText("article-archive", "Archived copy");
            browser.screenshot("article-from-web-workspace-en-1366");

            browser.click(By.id("article-archive-view"));
            browser.awaitText("article-archive-text", "The figures cover England and Wales.");
            assertThat(browser.textOf("article-archive-details")).contains(pages.url("/news/jsonld-graph.html"))
                    .contains("200");
            browser.screenshot("article-from-web-archive-en-1366");
        }
    }

    @Test
    void the_import_from_an_address_reads_well_in_french_and_english_on_a_laptop_and_a_tablet() {
        for (String language : List.of("fr", "en")) {
            for (int width : new int[] {1366, 820}) {
                try (Browser browser = new Browser("http://localhost:" + port, width, 1000)) {
                    browser.open("/login");
                    browser.click(By.id("login-language-" + language));
                    browser.waiting().until(ExpectedConditions.textToBePresentInElementLocated(
                            By.cssSelector("vaadin-login-form"), language.equals("fr") ? "Connexion" : "Sign in"));
                    browser.signIn("editor", "editor-demo");
                    browser.open("/articles/import");
                    browser.await(By.cssSelector("#article-web-url input")).sendKeys(pages.url("/report.pdf"));
                    browser.click(By.id("article-web-fetch"));
                    browser.waiting().until(d -> errorOf(browser).contains("HTML"));
                    browser.screenshot("article-from-web-error-" + language + "-" + width);
                    WebElement address = browser.await(By.cssSelector("#article-web-url input"));
                    address.sendKeys(Keys.chord(Keys.CONTROL, "a"), pages.url("/news/og-article.html"), Keys.ENTER);
                    browser.waiting().until(d -> value(browser, "#article-outlet input").equals("Le Quotidien"));
                    browser.screenshot("article-from-web-preview-" + language + "-" + width);
                    if (width == 820) {
                        browser.click(By.id("article-save"));
                        browser.waiting().until(ExpectedConditions.urlMatches(".*/articles/\\d+$"));
                        browser.await(By.id("article-archive"));
                        browser.screenshot("article-from-web-workspace-" + language + "-" + width);
                    }
                }
            }
        }
    }

    private static String errorOf(Browser browser) {
        Object text = ((org.openqa.selenium.JavascriptExecutor) browser.driver()).executeScript(
                "const f = document.getElementById('article-web-url'); return f && f.invalid ? f.errorMessage : '';");
        return String.valueOf(text);
    }

    private static String value(Browser browser, String css) {
        return String.valueOf(browser.driver().findElement(By.cssSelector(css)).getDomProperty("value"));
    }

    private static List<WebElement> claimCells(Browser browser) {
        return browser.driver().findElements(By.cssSelector("#claims-grid vaadin-grid-cell-content")).stream()
                .filter(cell -> cell.getText().contains("Crime fell by 20 % last year")
                        || cell.getText().contains("England")).toList();
    }
}
