package org.factdesk;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * Signs in and opens the main screens of each role in headless Chromium, collecting every Content-Security-Policy
 * violation the browser reports (its {@code securitypolicyviolation} events and its console), for CspIT (development
 * mode) and ProductionCspIT (the packaged jar, production mode).
 */
final class CspWalk {

    private static final String SEED_TITLE = "Le dirigeant russe, Poutine, vise à renforcer les liens de Bakou";

    private final String baseUrl;
    private final List<String> violations = new ArrayList<>();
    private boolean devTools;

    CspWalk(String baseUrl) {
        this.baseUrl = baseUrl;
    }

    /** Every violation and CSP console line seen on the walk; empty when the policy lets the app work. */
    List<String> violations() {
        return violations;
    }

    /** Was Vaadin's development-mode tooling on the desk's pages (development mode; never in production)? */
    boolean sawDevTools() {
        return devTools;
    }

    /** Proves on the sign-in page that the recording sees a violation, then forgets it. */
    void checkTheRecordingWorks(Browser browser) {
        browser.open("/login");
        browser.await(By.cssSelector("vaadin-login-form"));
        ((JavascriptExecutor) browser.driver()).executeScript(
                "const probe = document.createElement('img'); probe.src = 'https://csp-probe.invalid/x.png';"
                        + " document.body.appendChild(probe);");
        browser.waiting().until(d -> !browser.cspViolations().isEmpty());
        assertThat(browser.cspViolations()).singleElement().asString().startsWith("img-src");
        assertThat(String.join("\n", browser.consoleLines())).contains("Content Security Policy");
        ((JavascriptExecutor) browser.driver()).executeScript("sessionStorage.removeItem('fd-csp-violations');");
    }

    void editorScreens() {
        try (Browser browser = new Browser(baseUrl, 1366, 900)) {
            browser.recordCspViolations();
            checkTheRecordingWorks(browser);
            browser.signIn("editor", "editor-demo");
            devTools = Boolean.TRUE.equals(((JavascriptExecutor) browser.driver()).executeScript(
                    "return !!document.querySelector('vaadin-dev-tools');"));
            browser.open("/articles");
            browser.waiting().until(d -> !browser.cells("articles-grid", SEED_TITLE).isEmpty());
            browser.cells("articles-grid", SEED_TITLE).getFirst().click();
            browser.waiting().until(ExpectedConditions.urlMatches(".*/articles/\\d+$"));
            browser.await(By.id("claims-grid"));
            browser.waiting().until(d -> !browser.cells("claims-grid", "Suggested").isEmpty());
            browser.cells("claims-grid", "Suggested").getFirst().click();
            browser.click(By.cssSelector("#claim-panel a[href^='claims/']"));
            browser.await(By.id("verdict-section"));
            visit(browser, "/claims", "claims-grid");
            visit(browser, "/review", "review-grid");
            visit(browser, "/dashboard", "median-time");
            visit(browser, "/tasks", "tasks-grid");
            visit(browser, "/reports", "report-count");
            visit(browser, "/articles/import", "article-upload");
            visit(browser, "/admin/users", "access-denied");
            visit(browser, "/no-such-page", "not-found");
            collect(browser);
        }
    }

    void administratorScreens() {
        try (Browser browser = new Browser(baseUrl, 1366, 900)) {
            browser.recordCspViolations();
            browser.signIn("admin", "admin-demo");
            visit(browser, "/admin/users", "users-grid");
            visit(browser, "/admin/settings", "settings-save");
            visit(browser, "/admin/ratings", "ratings-grid");
            visit(browser, "/admin/api", "feed-enabled");
            collect(browser);
        }
    }

    private static void visit(Browser browser, String path, String id) {
        browser.open(path);
        browser.await(By.id(id));
    }

    private void collect(Browser browser) {
        violations.addAll(browser.cspViolations());
        browser.consoleLines().stream()
                .filter(line -> line.contains("Content Security Policy") || line.contains("Content-Security-Policy"))
                .forEach(violations::add);
    }
}
