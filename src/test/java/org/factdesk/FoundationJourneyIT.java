package org.factdesk;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
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
        }
    }
}
