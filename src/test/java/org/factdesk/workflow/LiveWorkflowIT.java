package org.factdesk.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.stream.Collectors;
import org.factdesk.Browser;
import org.factdesk.claim.ClaimPages;
import org.factdesk.claim.ClaimService;
import org.factdesk.claim.SignedIn;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.ElementClickInterceptedException;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Two colleagues in two browsers, neither of whom ever reloads: the editor assigns a claim of the seed article and the
 * checker's open My tasks shows it; the editor moves its priority while the checker writes a verdict, which stays; the
 * checker submits and the editor's open review queue shows it; the editor approves and the checker's open claim page
 * shows it. When both name the claimant at once, the checker's words stay and a notice offers the editor's. The
 * checker, who proposed the verdict, cannot approve it. Each delay from the click in one browser to the
 * change in the other is printed and written to target/live-delay.txt; it is measured, never asserted. The checker
 * works in French, the editor in English. Its own Spring context (the property is only there to get one), so the
 * seed article is as imported whatever other browser tests did.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "spring.application.name=factdesk-live-workflow")
@ExtendWith(SignedIn.class)
class LiveWorkflowIT {

    @LocalServerPort
    int port;

    @Autowired
    WorkflowService workflow;

    @Autowired
    ClaimService claims;

    @Autowired
    UserDetailsService users;

    private final Map<String, Long> delays = new LinkedHashMap<>();

    @Test
    void a_claim_travels_between_two_colleagues_screens_without_a_reload() {
        String base = "http://localhost:" + port;
        try (Browser editor = new Browser(base, 1366, 1000); Browser checker = new Browser(base, 1366, 1000)) {
            try {
                journey(editor, checker);
            } catch (RuntimeException | AssertionError e) {
                editor.screenshot("live-failed-editor");
                checker.screenshot("live-failed-checker");
                throw e;
            }
        }
        report();
    }

    private void journey(Browser editor, Browser checker) {
        signInInFrench(checker);
        checker.open("/tasks");
        checker.await(By.id("tasks-grid"));

        String claimPage = editorAcceptsASuggestion(editor);
        editor.open(claimPage);
        String statement = editor.await(By.id("claim-heading")).getText().trim();
        assertThat(statement).isNotBlank();
        chooseInComboBox(editor, "assign-to", "Chloé Checker");
        long assigned = click(editor, "assign-save");
        measure("assign → checker's My tasks row", assigned, () -> hasCell(checker, "tasks-grid", statement));
        measure("assign → checker's bell count", assigned,
                () -> "1".equals(checker.textOf("notification-count")));
        editor.awaitText("claim-page-history", "Assigned to Chloé Checker");
        checker.screenshot("live-1-checker-task-arrived-fr");
        editor.screenshot("live-1-editor-assigned");

        openFirstCell(checker, "tasks-grid", statement);
        // An assigned claim waits as To check until its checker takes it (issue 12, item 5).
        click(checker, "claim-take");
        checker.await(By.id("claim-submit"));
        checker.await(By.id("verdict-section"));
        addSource(checker);
        type(checker, "#verdict-rationale textarea", "Le registre officiel confirme la date de septembre 2023.");
        chooseInSelect(editor, "assign-priority", "High");
        long reprioritised = click(editor, "assign-save");
        measure("priority → checker's claim page", reprioritised,
                () -> checker.textOf("claim-priority").contains("Haute"));
        assertThat(checker.driver().findElement(By.cssSelector("#verdict-rationale textarea"))
                .getDomProperty("value")).as("the verdict being written stays")
                .isEqualTo("Le registre officiel confirme la date de septembre 2023.");
        checker.screenshot("live-2-checker-verdict-kept-fr");

        chooseInSelect(checker, "verdict-rating", "Plutôt vrai");
        checker.click(By.id("verdict-save"));
        checker.awaitText("claim-page-history", "Verdict :");
        bothNameTheClaimant(editor, checker);
        editor.open("/review");
        editor.await(By.id("review-grid"));
        long submitted = click(checker, "claim-submit");
        measure("submit → editor's review queue row", submitted, () -> hasCell(editor, "review-grid", statement));
        editor.screenshot("live-4-editor-review-queue");

        checker.awaitText("claim-page-history", "En recherche → En relecture");
        assertThat(checker.driver().findElements(By.id("claim-approve"))).as("the checker has no approval")
                .isEmpty();
        theProposerIsRefusedByTheService(claimPage);

        openFirstCell(editor, "review-grid", statement);
        editor.await(By.id("claim-approve"));
        editor.click(By.id("claim-approve"));
        editor.await(By.id("approve-confirm"));
        long approved = click(editor, "approve-confirm");
        measure("approve → checker's claim page", approved,
                () -> checker.textOf("claim-page-history").contains("En relecture → Approuvée"));
        checker.screenshot("live-5-checker-sees-approval-fr");
        editor.awaitText("claim-page-history", "In review → Approved");
        editor.screenshot("live-5-editor-approved");
    }

    /**
     * The checker is typing who made the claim when the editor saves another name: the checker's words stay, a notice
     * says the claim changed, and Reload shows the editor's.
     */
    private static void bothNameTheClaimant(Browser editor, Browser checker) {
        type(checker, "#claim-claimant input", "Le Kremlin");
        type(editor, "#claim-claimant input", "La Commission");
        editor.click(By.id("claimant-save"));
        checker.await(By.id("live-reload"));
        assertThat(valueOf(checker, "#claim-claimant input")).isEqualTo("Le Kremlin");
        checker.screenshot("live-3-checker-notice-fr");
        checker.click(By.id("live-reload"));
        checker.waiting().until(d -> "La Commission".equals(valueOf(checker, "#claim-claimant input")));
    }

    /** A field's value read in one script: a live redraw between finding a field and reading it made it stale. */
    private static @Nullable Object valueOf(Browser browser, String css) {
        return ((JavascriptExecutor) browser.driver()).executeScript(
                "const field = document.querySelector(arguments[0]); return field ? field.value : null;", css);
    }

    /** Types into a field, scrolled to first: part of a long page may sit in a column scrolled out of view. */
    private static void type(Browser browser, String css, String text) {
        browser.waiting().ignoring(StaleElementReferenceException.class).until(d -> {
            WebElement field = d.findElement(By.cssSelector(css));
            ((JavascriptExecutor) d).executeScript("arguments[0].scrollIntoView({block: 'center'});", field);
            field.sendKeys(text);
            return true;
        });
    }

    private void theProposerIsRefusedByTheService(String claimPage) {
        long id = Long.parseLong(claimPage.substring(claimPage.lastIndexOf('/') + 1));
        SignedIn.as(users, "checker");
        try {
            long version = claims.find(id).orElseThrow().version();
            assertThatThrownBy(() -> workflow.approve(id, version)).isInstanceOf(AccessDeniedException.class);
        } finally {
            SignedIn.out();
        }
    }

    /** Clicks and returns the time just before the click, from which the delay in the other browser counts. */
    private static long click(Browser browser, String id) {
        // Present is enough to scroll to it: part of a long page may sit in a column scrolled out of view.
        WebElement button = browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id(id)));
        JavascriptExecutor js = (JavascriptExecutor) browser.driver();
        js.executeScript("arguments[0].scrollIntoView({block: 'center'});", button);
        browser.waiting().until(ExpectedConditions.elementToBeClickable(button));
        long before = System.nanoTime();
        try {
            button.click();
        } catch (ElementClickInterceptedException e) {
            // An overlay (a closing drop-down) sits on it: leave the field first, as a person's click would.
            js.executeScript("document.activeElement && document.activeElement.blur(); arguments[0].click();", button);
        }
        return before;
    }

    /** Polls the other browser as fast as WebDriver answers until the change shows; records how long it took. */
    private void measure(String what, long start, BooleanSupplier shown) {
        long deadline = start + TimeUnit.SECONDS.toNanos(30);
        while (!shown.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                fail("Without a reload, the other browser never showed: " + what);
            }
        }
        long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
        delays.put(what, millis);
        System.out.printf("Live delay, %s: %d ms%n", what, millis);
    }

    private void report() {
        String lines = delays.entrySet().stream().map(entry -> entry.getKey() + ": " + entry.getValue() + " ms")
                .collect(Collectors.joining("\n", "", "\n"));
        try {
            Files.createDirectories(Path.of("target"));
            Files.writeString(Path.of("target", "live-delay.txt"), lines);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One script per check, so a poll costs one WebDriver round trip whatever the size of the grid. */
    private static boolean hasCell(Browser browser, String gridId, String text) {
        return Boolean.TRUE.equals(((JavascriptExecutor) browser.driver()).executeScript(
                "return [...document.querySelectorAll('#' + arguments[0] + ' vaadin-grid-cell-content')]"
                        + ".some(cell => cell.textContent.includes(arguments[1]));", gridId, text));
    }

    private static void openFirstCell(Browser browser, String gridId, String text) {
        browser.waiting().until(d -> hasCell(browser, gridId, text));
        // The cells WebDriver sees as displayed: a grid keeps hidden cells of its own.
        browser.waiting().until(d -> !browser.cells(gridId, text).isEmpty());
        browser.clickFirstCell(gridId, text);
        browser.waiting().until(ExpectedConditions.urlMatches(".*/claims/\\d+$"));
    }

    private static void signInInFrench(Browser browser) {
        browser.open("/login");
        browser.click(By.id("login-language-fr"));
        browser.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("vaadin-login-form"),
                "Connexion"));
        browser.signIn("checker", "checker-demo");
    }

    /** The editor accepts the seed article's first suggestion and finds its claim page's address. */
    private static String editorAcceptsASuggestion(Browser browser) {
        return ClaimPages.acceptedByTheEditor(browser);
    }

    private static void chooseInComboBox(Browser browser, String id, String label) {
        browser.await(By.cssSelector("#" + id + " input")).sendKeys(label.substring(0, 4));
        browser.click(By.xpath("//vaadin-combo-box-item[normalize-space(.)='" + label + "']"));
        browser.waiting().until(d -> label.equals(browser.driver().findElement(By.cssSelector("#" + id + " input"))
                .getDomProperty("value")));
    }

    private static void chooseInSelect(Browser browser, String id, String label) {
        browser.click(By.id(id));
        browser.click(By.xpath("//vaadin-select-item[normalize-space(.)='" + label + "']"));
    }

    private static void addSource(Browser browser) {
        browser.click(By.id("source-add"));
        browser.await(By.cssSelector("#source-url input")).sendKeys("https://www.example.org/registre");
        browser.driver().findElement(By.cssSelector("#source-title input")).sendKeys("Registre officiel");
        chooseInSelect(browser, "source-kind", "Statistique officielle");
        browser.click(By.id("source-save"));
        browser.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("sources-panel"),
                "Registre officiel"));
    }
}
