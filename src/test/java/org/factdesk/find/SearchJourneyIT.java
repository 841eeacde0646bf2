package org.factdesk.find;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.factdesk.Browser;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.NoSuchElementException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Issue 14's "Done when", in English and in French: an editor imports another fact-checker's ClaimReview file,
 * accepts a claim of a new article, sees the earlier verdict under "Checked before", marks it "Same claim", and finds
 * it again from the header's search. Screenshots of the search screen at 1366 and 820 pixels.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SearchJourneyIT {

    @LocalServerPort
    int port;

    private record Run(String file, String title, String body, String verdict, String search, String statusDone,
                       String checkedBefore, String markedSame, String library) {
    }

    private static Run run(String language) {
        return language.equals("fr")
                ? new Run("afp-factuel-sample.jsonld", "Le conseil municipal débat d'un parc éolien",
                "Le maire affirme qu'une éolienne tue 300 000 oiseaux par an en France.", "Plutôt faux",
                "l'éolienne oiseaux", "terminé", "Déjà vérifié", "Même affirmation", "Bibliothèque de vérifications")
                : new Run("fullfact-sample.jsonld", "Council debates a new wind farm",
                "The councillor said that wind turbines kill 300,000 birds a year in the UK.", "Mostly false",
                "turbine birds", "done", "Checked before", "Same claim", "Fact-check library");
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "fr"})
    void an_imported_verdict_is_checked_before_marked_same_and_found_again_from_the_header(String language)
            throws Exception {
        Run run = run(language);
        try (Browser browser = new Browser("http://localhost:" + port, 1366, 900)) {
            browser.signIn("editor", "editor-demo");
            if (language.equals("fr")) {
                switchLanguage(browser, "Français", "Se déconnecter");
            }
            try {
                journey(browser, run, language);
            } catch (RuntimeException | AssertionError e) {
                browser.screenshot("search-journey-failed-" + language);
                throw e;
            } finally {
                if (language.equals("fr")) {
                    switchLanguage(browser, "English", "Sign out");
                }
            }
        }
    }

    private void journey(Browser browser, Run run, String language) throws Exception {
        browser.open("/library");
        upload(browser, Path.of("src/test/resources/claimreview", run.file()).toAbsolutePath());
        browser.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("library-status"),
                run.statusDone()));

        browser.open("/articles/import");
        browser.await(By.cssSelector("#article-title input")).sendKeys(run.title());
        browser.driver().findElement(By.cssSelector("#article-body textarea")).sendKeys(run.body());
        browser.click(By.id("article-save"));
        browser.waiting().until(ExpectedConditions.urlMatches(".*/articles/\\d+$"));
        browser.await(By.id("claims-grid"));
        browser.waiting().until(d -> !statementCells(browser).isEmpty());
        statementCells(browser).getFirst().click();
        browser.click(By.id("claim-accept"));
        // Read within the wait: the workspace may draw the link again (live updates, the likely match) meanwhile.
        String claimPage = browser.waiting().until(d -> d.findElements(By.cssSelector("a[href^='claims/']")).stream()
                .findFirst().map(link -> link.getDomAttribute("href")).orElse(null));

        browser.open("/" + claimPage);
        browser.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("checked-before"),
                run.checkedBefore()));
        browser.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("checked-before-0"),
                run.verdict()));
        browser.click(By.id("checked-before-mark-same-0"));
        browser.awaitText("checked-before-same-0", run.markedSame());
        browser.screenshot("checked-before-same-" + language);

        WebElement field = browser.await(By.cssSelector("#header-search input"));
        field.sendKeys(run.search());
        field.sendKeys(Keys.ENTER);
        browser.waiting().until(ExpectedConditions.urlContains("/search?q="));
        browser.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("search-group-FACT_CHECK"),
                run.library()));
        String library = browser.textOf("search-group-FACT_CHECK");
        assertThat(library).contains(run.verdict());
        assertThat(browser.textOf("search-group-CLAIM")).contains("300");
        List<WebElement> marks = browser.driver().findElements(By.cssSelector("#search-results mark"));
        assertThat(marks).isNotEmpty();
        assertThat(browser.driver().findElement(By.cssSelector("#search-group-CLAIM a")).getDomAttribute("href"))
                .isEqualTo(claimPage);
        browser.screenshot("search-" + language + "-1366");
        browser.driver().manage().window().setSize(new Dimension(820, 1100));
        browser.await(By.id("search-results"));
        browser.screenshot("search-" + language + "-820");
        browser.driver().manage().window().setSize(new Dimension(1366, 900));
    }

    /** The grid's cells holding the article's claim (its figure), whatever the extraction kept of the sentence. */
    private static List<WebElement> statementCells(Browser browser) {
        return browser.driver().findElements(By.cssSelector("#claims-grid vaadin-grid-cell-content")).stream()
                .filter(cell -> cell.getText().contains("300")).toList();
    }

    /** The file input of the library's upload, in its shadow root or (older versions) in the page. */
    private static void upload(Browser browser, Path file) {
        WebElement upload = browser.await(By.id("library-upload"));
        WebElement input;
        try {
            input = upload.getShadowRoot().findElement(By.cssSelector("input[type=file]"));
        } catch (NoSuchElementException e) {
            input = upload.findElement(By.cssSelector("input[type=file]"));
        }
        input.sendKeys(file.toString());
    }

    private static void switchLanguage(Browser browser, String name, String signOut) {
        browser.driver().findElement(By.id("language-switch")).click();
        browser.await(By.xpath("//vaadin-select-item[contains(., '" + name + "')]")).click();
        browser.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("sign-out"), signOut));
    }
}
