package org.factdesk;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The first journey in a real browser: sign in, find the seed article, read it, switch language, sign out. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class FoundationJourneyIT {

    private static final String SEED_TITLE = "Le dirigeant russe, Poutine, vise à renforcer les liens de Bakou";

    @LocalServerPort
    int port;

    @Test
    void editor_signs_in_reads_the_seed_article_and_signs_out() {
        try (Browser browser = new Browser("http://localhost:" + port, 1280, 860)) {
            browser.open("/");
            browser.await(By.cssSelector("vaadin-login-form"));
            browser.screenshot("login-en");

            browser.signIn("editor", "editor-demo");
            // An editor lands on the review queue when verdicts wait there (other tests may have left some), else
            // on the articles.
            browser.waiting().until(ExpectedConditions.urlMatches(".*/(articles|review)$"));
            browser.open("/articles");
            browser.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("articles-grid"),
                    SEED_TITLE));
            browser.screenshot("articles-en");

            browser.clickFirstCell("articles-grid", SEED_TITLE);
            browser.waiting().until(ExpectedConditions.urlMatches(".*/articles/\\d+$"));
            assertThat(browser.await(By.id("article-text")).getText()).contains(SEED_TITLE)
                    .contains("septembre 2023").contains("L'Arménie se tourne vers l'Occident");
            browser.screenshot("article-en");

            browser.driver().findElement(By.id("sign-out")).click();
            browser.await(By.cssSelector("vaadin-login-form"));
            assertThat(browser.driver().getCurrentUrl()).contains("/login");
        }
    }

    @Test
    void the_language_switch_turns_the_interface_french_and_a_wrong_password_is_refused_in_french() {
        try (Browser browser = new Browser("http://localhost:" + port, 1280, 860)) {
            browser.signIn("viewer", "viewer-demo");
            browser.driver().findElement(By.id("language-switch")).click();
            browser.await(By.xpath("//vaadin-select-item[contains(., 'Français')]")).click();
            browser.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("sign-out"),
                    "Se déconnecter"));
            browser.await(By.id("articles-grid"));
            browser.screenshot("articles-fr");

            browser.driver().findElement(By.id("sign-out")).click();
            browser.await(By.cssSelector("vaadin-login-form"));
            browser.driver().findElement(By.cssSelector("vaadin-login-form input[name='username']"))
                    .sendKeys("viewer");
            browser.driver().findElement(By.cssSelector("vaadin-login-form input[name='password']"))
                    .sendKeys("wrong-password");
            browser.driver().findElement(By.cssSelector("vaadin-login-form vaadin-button[slot='submit']")).click();
            browser.waiting().until(ExpectedConditions.urlContains("error"));
            browser.waiting().until(ExpectedConditions.textToBePresentInElementLocated(
                    By.cssSelector("vaadin-login-form"), "Échec de la connexion"));
            browser.screenshot("login-error-fr");
            assertThat(browser.driver().findElement(By.cssSelector("vaadin-login-form input[name='username']"))
                    .getDomProperty("value")).as("the username stays after a failed sign-in").isEqualTo("viewer");
            assertThat(browser.driver().findElement(By.cssSelector("vaadin-login-form input[name='password']"))
                    .getDomProperty("value")).isEmpty();
            browser.waiting().withMessage("the password field has the focus, ready for another try")
                    .until(d -> "password".equals(((JavascriptExecutor) d).executeScript(
                            "return document.activeElement && document.activeElement.getAttribute('name')")));
        }
    }

    @Test
    void a_checker_lands_on_their_tasks_at_a_clean_address_with_its_menu_item_highlighted() {
        try (Browser browser = new Browser("http://localhost:" + port, 1280, 860)) {
            browser.open("/claims?status=TO_CHECK");
            browser.await(By.cssSelector("vaadin-login-form"));
            browser.signIn("checker", "checker-demo");
            browser.await(By.id("claims-grid"));
            assertThat(browser.driver().getCurrentUrl()).as("back where the checker was going, nothing added")
                    .endsWith("/claims?status=TO_CHECK");
            browser.signOut();

            browser.signIn("checker", "checker-demo");
            browser.await(By.id("tasks-grid"));
            assertThat(browser.driver().getCurrentUrl()).endsWith("/tasks");
            browser.waiting().until(d -> d.findElements(By.cssSelector(
                    "#side-nav vaadin-side-nav-item[path$='tasks'][current]")).size() == 1);
            assertThat(browser.driver().findElements(By.cssSelector("#side-nav vaadin-side-nav-item[current]")))
                    .hasSize(1);
            browser.screenshot("landing-checker");
        }
    }
}
