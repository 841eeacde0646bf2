package org.factdesk.claim;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.factdesk.Browser;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * An editor imports a short French article, accepts two suggestions, creates a third claim by selecting words of
 * the text, and sees three claims to check.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class WorkspaceJourneyIT {

    private static final String TITLE = "Le chômage a reculé en 2023, selon l'Insee";
    private static final String BODY = """
            Le taux de chômage en France a atteint 7,1 % au troisième trimestre 2023, selon l'Insee.

            Le gouvernement a déclaré que 150 000 emplois avaient été créés en 2022. Il faut rester prudent.

            Le ministre du Travail a affirmé que la réforme de 2019 avait doublé le nombre d'apprentis.""";
    private static final String SELECTED = "la réforme de 2019";

    @LocalServerPort
    int port;

    @Test
    void editor_accepts_two_suggestions_and_creates_a_claim_from_a_selection() {
        try (Browser browser = new Browser("http://localhost:" + port, 1400, 900)) {
            browser.signIn("editor", "editor-demo");
            browser.open("/articles/import");
            browser.await(By.cssSelector("#article-title input")).sendKeys(TITLE);
            browser.driver().findElement(By.cssSelector("#article-body textarea")).sendKeys(BODY);
            browser.click(By.id("article-save"));
            browser.waiting().until(ExpectedConditions.urlMatches(".*/articles/\\d+$"));
            browser.await(By.id("claims-grid"));
            browser.waiting().until(d -> suggestedRows(browser).size() >= 2);
            browser.screenshot("workspace-en");

            accept(browser, 0);
            accept(browser, 1);
            selectWords(browser, SELECTED);
            browser.click(By.id("claim-from-selection"));

            browser.waiting().until(d -> toCheck(browser) == 3);
            assertThat(browser.driver().findElement(By.id("claim-statement")).getDomProperty("value"))
                    .isEqualTo(SELECTED);
            browser.screenshot("workspace-three-to-check");
        }
    }

    private static List<WebElement> suggestedRows(Browser browser) {
        return browser.cells("claims-grid", "Suggested");
    }

    private static void accept(Browser browser, int index) {
        suggestedRows(browser).get(index).click();
        browser.click(By.id("claim-accept"));
        browser.waiting().until(d -> toCheck(browser) == index + 1);
    }

    private static long toCheck(Browser browser) {
        return browser.cells("claims-grid", "To check").size();
    }

    /** Selects the words as a person would with the mouse, through the DOM selection API. */
    private static void selectWords(Browser browser, String words) {
        ((JavascriptExecutor) browser.driver()).executeScript("""
                const words = arguments[0];
                const walker = document.createTreeWalker(document.getElementById('article-text'),
                    NodeFilter.SHOW_TEXT);
                while (walker.nextNode()) {
                  const at = walker.currentNode.textContent.indexOf(words);
                  if (at >= 0) {
                    const range = document.createRange();
                    range.setStart(walker.currentNode, at);
                    range.setEnd(walker.currentNode, at + words.length);
                    const selection = window.getSelection();
                    selection.removeAllRanges();
                    selection.addRange(range);
                    return;
                  }
                }
                throw new Error('words not found');
                """, words);
    }
}
