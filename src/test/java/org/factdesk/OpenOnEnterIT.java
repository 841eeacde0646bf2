package org.factdesk;

import java.util.List;
import org.factdesk.claim.DeskScenario;
import org.factdesk.claim.SignedIn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

/**
 * Every list whose rows open with a click opens the row the keyboard is on with Enter (issue 12 #8): the articles, the
 * claims, My tasks and the review queue, worked without a mouse.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ExtendWith(SignedIn.class)
class OpenOnEnterIT {

    /** Puts the keyboard on the first row's first cell, as Tab and the arrow keys would. */
    private static final String FOCUS_FIRST_ROW = """
            const grid = document.getElementById(arguments[0]);
            const cell = grid && grid.shadowRoot.querySelector('#items tr:not([hidden]) td');
            if (!cell || !grid.querySelector('vaadin-grid-cell-content')) return false;
            cell.focus();
            return grid.shadowRoot.activeElement === cell;""";

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    @Test
    void enter_opens_the_row_the_keyboard_is_on_in_every_list() {
        DeskScenario.stage(context);
        try (Browser browser = new Browser("http://localhost:" + port, 1366, 900)) {
            browser.signIn("editor", "editor-demo");
            for (String[] list : List.of(new String[] {"/articles", "articles-grid", ".*/articles/\\d+$"},
                    new String[] {"/claims", "claims-grid", ".*/claims/\\d+$"},
                    new String[] {"/review", "review-grid", ".*/claims/\\d+$"})) {
                opensOnEnter(browser, list[0], list[1], list[2]);
            }
            browser.signOut();
            browser.signIn("checker", "checker-demo");
            opensOnEnter(browser, "/tasks", "tasks-grid", ".*/claims/\\d+$");
        }
    }

    private static void opensOnEnter(Browser browser, String path, String gridId, String opened) {
        browser.open(path);
        browser.await(By.id(gridId));
        browser.waiting().until(d -> Boolean.TRUE.equals(((JavascriptExecutor) d).executeScript(FOCUS_FIRST_ROW,
                gridId)));
        new Actions(browser.driver()).sendKeys(Keys.ENTER).perform();
        browser.waiting().until(ExpectedConditions.urlMatches(opened));
    }
}
