package org.factdesk.claim;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.factdesk.Browser;
import org.factdesk.article.ArticleData;
import org.factdesk.article.ArticleService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * An editor triages a 30-claim article with the keyboard only: A accepts the suggested claims, D and Enter dismiss the
 * others as not check-worthy, U undoes the last one. The time it took is printed, not asserted (speed is no test).
 * Screenshots of the workspace, the shortcuts and the reason picker in English and French at 1366 and 820 px.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ExtendWith(SignedIn.class)
class TriageKeyboardIT {

    private static final int CLAIMS = 30;

    @LocalServerPort
    int port;

    @Autowired
    ArticleService articles;

    @Autowired
    ClaimRepository claims;

    @Autowired
    UserDetailsService users;

    @Test
    void an_editor_triages_thirty_claims_with_the_keyboard() {
        long article = thirtyClaimArticle("Thirty claims to triage by keyboard");
        List<Claim> ranked = claims.findByArticleId(article, PageRequest.of(0, 100, ClaimService.RANKING))
                .getContent();
        assertThat(ranked).hasSize(CLAIMS);
        try (Browser browser = signedIn("en", 1366)) {
            browser.open("/articles/" + article);
            browser.await(By.id("claims-grid"));
            browser.waiting().until(d -> !browser.cells("claims-grid", "Suggested").isEmpty());

            // The editor clicks into the claim list, where the keys work; the first claim is then selected.
            long start = System.nanoTime();
            browser.clickFirstCell("claims-grid", "Suggested");
            for (int i = 0; i < CLAIMS; i++) {
                if (ranked.get(i).checkworthiness().suggested()) {
                    keys(browser, "a");
                } else {
                    keys(browser, "d");
                    browser.await(By.id("dismiss-dialog-confirm"));
                    keys(browser, Keys.ENTER);
                    // As a person would, the next key waits until the picker has closed: while it is still on screen
                    // the page does not hear the triage keys, and a loaded machine can take a moment to close it.
                    browser.waiting().until(ExpectedConditions.invisibilityOfElementLocated(
                            By.id("dismiss-dialog-confirm")));
                }
                int triaged = i + 1;
                try {
                    browser.waiting().until(d -> triaged(article) == triaged);
                } catch (RuntimeException e) {
                    browser.screenshot("triage-stuck");
                    throw new AssertionError("stuck after " + i + ": " + statuses(article) + " suggested "
                            + ranked.get(i).checkworthiness().suggested(), e);
                }
            }
            long millis = (System.nanoTime() - start) / 1_000_000;
            System.out.printf("TRIAGE TIME: %d claims triaged with the keyboard in %d ms (%d ms a claim)%n",
                    CLAIMS, millis, millis / CLAIMS);

            assertThat(statuses(article)).containsExactlyElementsOf(ranked.stream()
                    .map(claim -> claim.checkworthiness().suggested() ? ClaimStatus.TO_CHECK : ClaimStatus.DISMISSED)
                    .toList());
            browser.waiting().until(d -> d.findElement(By.id("triage-undo")).getDomAttribute("disabled") == null);
            keys(browser, "u");
            browser.waiting().until(d -> triaged(article) == CLAIMS - 1);
            assertThat(statuses(article).getLast()).isEqualTo(ClaimStatus.CANDIDATE);
        }
    }

    @Test
    void the_triage_screens_in_english_and_french_at_laptop_and_tablet_widths() {
        long article = thirtyClaimArticle("Screens of the triage");
        for (String language : List.of("en", "fr")) {
            for (int width : new int[] {1366, 820}) {
                try (Browser browser = signedIn(language, width)) {
                    browser.open("/articles/" + article);
                    browser.await(By.id("claims-grid"));
                    browser.waiting().until(d -> !browser.cells("claims-grid",
                            language.equals("fr") ? "Suggérée" : "Suggested").isEmpty());
                    browser.clickFirstCell("claims-grid", language.equals("fr") ? "Suggérée" : "Suggested");
                    keys(browser, "x");
                    keys(browser, "j");
                    keys(browser, "j");
                    browser.awaitText("triage-bar", "(1)");
                    browser.await(By.id("claim-accept"));
                    browser.screenshot("triage-" + language + "-" + width);
                    keys(browser, Keys.chord(Keys.SHIFT, "?"));
                    browser.await(By.id("shortcuts-close"));
                    browser.screenshot("triage-shortcuts-" + language + "-" + width);
                    browser.click(By.id("shortcuts-close"));
                    browser.waiting().until(ExpectedConditions.invisibilityOfElementLocated(By.id("shortcuts-close")));
                    browser.click(By.id("triage-dismiss-ticked"));
                    browser.await(By.id("dismiss-dialog-confirm"));
                    browser.screenshot("triage-dismiss-" + language + "-" + width);
                    browser.click(By.id("dismiss-dialog-cancel"));
                }
            }
        }
    }

    /** A title and 29 sentences, every other one with a figure and a date, so that about half are suggested. */
    private long thirtyClaimArticle(String title) {
        SignedIn.as(users, "editor");
        String body = IntStream.rangeClosed(1, CLAIMS - 1).mapToObj(i -> i % 2 == 0
                        ? "The city council said it spent " + (i * 3) + " million dollars on roads in " + (1990 + i)
                        + "."
                        : "Residents wonder what the next council will think about sentence number " + i + ".")
                .collect(Collectors.joining("\n\n"));
        long id = articles.importArticle(new ArticleData(title, body, null, null, null, null, "en"));
        SignedIn.out();
        return id;
    }

    private long triaged(long article) {
        return statuses(article).stream().filter(status -> status != ClaimStatus.CANDIDATE).count();
    }

    private List<ClaimStatus> statuses(long article) {
        return claims.findByArticleId(article, PageRequest.of(0, 100, ClaimService.RANKING)).stream()
                .map(Claim::getStatus).toList();
    }

    /** Types into whatever has the focus, as a person at the keyboard does. */
    private static void keys(Browser browser, CharSequence keys) {
        new Actions(browser.driver()).sendKeys(keys).perform();
    }

    private Browser signedIn(String language, int width) {
        Browser browser = new Browser("http://localhost:" + port, width, 1000);
        browser.open("/login");
        browser.click(By.id("login-language-" + language));
        browser.waiting().until(ExpectedConditions.textToBePresentInElementLocated(
                By.cssSelector("vaadin-login-form"), language.equals("fr") ? "Connexion" : "Sign in"));
        browser.signIn("editor", "editor-demo");
        return browser;
    }
}
