package org.factdesk;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.factdesk.claim.DeskScenario;
import org.factdesk.claim.SignedIn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

/**
 * Visits the main screens at a laptop and a tablet width, and saves a screenshot of each under target/screenshots/
 * so a person can look at them; checks along the way that each screen speaks the language chosen.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ExtendWith(SignedIn.class)
class ScreensIT {

    private static final int[] WIDTHS = {1366, 820};

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    @Test
    void the_desk_s_lists_and_dashboard_in_english_and_french_at_laptop_and_tablet_widths() {
        DeskScenario.stage(context);
        for (String language : List.of("en", "fr")) {
            boolean french = language.equals("fr");
            for (int width : WIDTHS) {
                try (Browser browser = signedIn(language, "checker", width)) {
                    browser.open("/tasks");
                    awaitCells(browser, "tasks-grid", french ? "En retard" : "Overdue");
                    browser.screenshot("tasks-" + language + "-" + width);
                    browser.click(By.id("notification-bell"));
                    browser.awaitText("notification-list", french ? "est en retard" : "is overdue");
                    browser.screenshot("notifications-" + language + "-" + width);
                }
                try (Browser browser = signedIn(language, "editor", width)) {
                    browser.open("/claims?assignee=checker");
                    awaitCells(browser, "claims-grid", DeskScenario.TITLE);
                    browser.screenshot("claims-" + language + "-" + width);
                    browser.open("/review");
                    awaitCells(browser, "review-grid", "Chloé Checker");
                    browser.screenshot("review-" + language + "-" + width);
                    browser.open("/dashboard");
                    browser.awaitText("overdue-count", "1");
                    assertThat(browser.textOf("workload-overdue-checker")).isEqualTo("1");
                    browser.screenshot("dashboard-" + language + "-" + width);
                }
            }
        }
    }

    /** A browser of the given width signed in as {@code username}, who chose {@code language} on the login page. */
    private Browser signedIn(String language, String username, int width) {
        Browser browser = new Browser("http://localhost:" + port, width, 1000);
        browser.open("/login");
        browser.click(By.id("login-language-" + language));
        browser.waiting().until(ExpectedConditions.textToBePresentInElementLocated(
                By.cssSelector("vaadin-login-form"), language.equals("fr") ? "Connexion" : "Sign in"));
        browser.signIn(username, username + "-demo");
        return browser;
    }

    private static void awaitCells(Browser browser, String gridId, String text) {
        browser.await(By.id(gridId));
        browser.waiting().until(d -> browser.driver().findElements(By.cssSelector("#" + gridId
                + " vaadin-grid-cell-content")).stream().anyMatch(cell -> cell.getText().contains(text)));
    }

    @Test
    void editor_screens_speak_french_at_laptop_and_tablet_widths() {
        for (int width : new int[] {1366, 820}) {
            try (Browser browser = new Browser("http://localhost:" + port, width, 1000)) {
                browser.open("/login");
                browser.click(By.id("login-language-fr"));
                browser.waiting().until(ExpectedConditions.textToBePresentInElementLocated(
                        By.cssSelector("vaadin-login-form"), "Connexion"));
                browser.signIn("editor", "editor-demo");
                browser.open("/articles");
                browser.await(By.id("articles-grid"));
                browser.waiting().until(d -> !browser.cells("articles-grid", "Le dirigeant russe").isEmpty());
                browser.clickFirstCell("articles-grid", "Le dirigeant russe");
                browser.waiting().until(ExpectedConditions.urlMatches(".*/articles/\\d+$"));
                browser.await(By.id("claims-grid"));
                browser.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("claims-grid"),
                        "Suggérée"));
                browser.screenshot("workspace-fr-" + width);
                browser.clickFirstCell("claims-grid", "Suggérée");
                browser.click(By.cssSelector("#claim-panel a[href^='claims/']"));
                browser.await(By.id("verdict-section"));
                assertThat(browser.driver().findElement(By.cssSelector(".fd-claim-main")).getText())
                        .contains("Dans l’article", "Justification");
                browser.screenshot("claim-page-fr-" + width);
                browser.driver().navigate().back();
                browser.await(By.id("claims-grid"));
                browser.click(By.id("article-edit"));
                browser.await(By.id("article-revisions"));
                browser.screenshot("article-edit-fr-" + width);
                browser.open("/articles/import");
                browser.await(By.id("article-upload"));
                assertThat(browser.driver().findElement(By.id("article-save")).getText()).isEqualTo("Importer");
                browser.screenshot("article-import-fr-" + width);
            }
        }
    }

    @Test
    void administrator_screens_speak_french() {
        try (Browser browser = new Browser("http://localhost:" + port, 1366, 900)) {
            browser.open("/login");
            browser.click(By.id("login-language-fr"));
            browser.signIn("admin", "admin-demo");
            browser.open("/admin/users");
            browser.await(By.id("users-grid"));
            browser.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("users-grid"),
                    "Vérificateur"));
            browser.screenshot("users-fr");
            browser.open("/admin/settings");
            assertThat(browser.await(By.id("settings-save")).getText()).isEqualTo("Enregistrer");
            browser.screenshot("settings-fr");
        }
    }
}
