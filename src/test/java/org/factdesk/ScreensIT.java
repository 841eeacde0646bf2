package org.factdesk;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Visits the main screens in French, at a laptop and a tablet width, and saves a screenshot of each under
 * target/screenshots/ so a person can look at them; checks along the way that each screen speaks French.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ScreensIT {

    @LocalServerPort
    int port;

    @Test
    void editor_screens_speak_french_at_laptop_and_tablet_widths() {
        for (int width : new int[] {1366, 820}) {
            try (Browser browser = new Browser("http://localhost:" + port, width, 1000)) {
                browser.open("/login");
                browser.click(By.id("login-language-fr"));
                browser.waiting().until(ExpectedConditions.textToBePresentInElementLocated(
                        By.cssSelector("vaadin-login-form"), "Connexion"));
                browser.signIn("editor", "editor-demo");
                browser.await(By.id("articles-grid"));
                browser.waiting().until(d -> !browser.cells("articles-grid", "Le dirigeant russe").isEmpty());
                browser.cells("articles-grid", "Le dirigeant russe").getFirst().click();
                browser.waiting().until(ExpectedConditions.urlMatches(".*/articles/\\d+$"));
                browser.await(By.id("claims-grid"));
                browser.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("claims-grid"),
                        "Suggérée"));
                browser.screenshot("workspace-fr-" + width);
                browser.cells("claims-grid", "Suggérée").getFirst().click();
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
