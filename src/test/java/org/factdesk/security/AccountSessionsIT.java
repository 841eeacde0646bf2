package org.factdesk.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.factdesk.Browser;
import org.factdesk.claim.SignedIn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * In a real browser: the open page of a user an administrator disables or demotes goes to the sign-in page by itself,
 * which says why; too many wrong passwords are refused with the minutes to wait.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ExtendWith(SignedIn.class)
class AccountSessionsIT {

    @LocalServerPort
    int port;
    @Autowired
    UserService users;
    @Autowired
    UserDetailsService userDetails;
    @Autowired
    JdbcTemplate jdbc;

    private long idOf(String username) {
        return users.list().stream().filter(user -> user.username().equals(username)).findFirst().orElseThrow().id();
    }

    @Test
    void a_disabled_checkers_open_page_ends_at_once_with_the_reason() {
        try (Browser browser = new Browser("http://localhost:" + port, 1280, 860)) {
            browser.signIn("checker", "checker-demo");
            browser.await(By.id("tasks-grid"));
            browser.await(By.id("demo-password-banner"));
            browser.screenshot("demo-password-banner");
            SignedIn.as(userDetails, "admin");
            long checker = idOf("checker");
            users.setEnabled(checker, false);
            try {
                // Pushed to this tab by this node; on another node, at the tab's next click (AccountSessionsTest).
                browser.waiting().until(ExpectedConditions.textToBePresentInElementLocated(
                        By.cssSelector("vaadin-login-form"), "Your account was disabled by an administrator."));
                browser.screenshot("signed-out-disabled");
                assertThat(browser.driver().getCurrentUrl()).contains("/login");
            } finally {
                users.setEnabled(checker, true);
            }
        }
    }

    @Test
    void a_demoted_editors_open_page_goes_to_the_sign_in_page_by_itself_with_the_reason() {
        try (Browser browser = new Browser("http://localhost:" + port, 1280, 860)) {
            browser.signIn("editor", "editor-demo");
            browser.open("/articles");
            browser.await(By.id("articles-grid"));
            SignedIn.as(userDetails, "admin");
            UserItem editor = users.list().stream().filter(user -> user.username().equals("editor")).findFirst()
                    .orElseThrow();
            users.update(editor.id(), editor.version(), new UserData(editor.displayName(), editor.email(),
                    Set.of(Role.VIEWER)));
            try {
                // No click: the server pushes a reload to the open tab.
                browser.waiting().until(ExpectedConditions.textToBePresentInElementLocated(
                        By.cssSelector("vaadin-login-form"), "Your account was changed by an administrator"));
                browser.screenshot("signed-out-changed");
            } finally {
                UserItem now = users.list().stream().filter(user -> user.username().equals("editor")).findFirst()
                        .orElseThrow();
                users.update(now.id(), now.version(), new UserData(now.displayName(), now.email(),
                        Set.of(Role.EDITOR)));
            }
        }
    }

    @Test
    void five_wrong_passwords_lock_the_username_and_the_page_says_for_how_long() {
        try (Browser browser = new Browser("http://localhost:" + port, 1280, 860)) {
            for (int i = 0; i < 6; i++) {
                browser.open("/login");
                // After a failed attempt the form keeps the username: it is replaced, not typed after.
                browser.await(By.cssSelector("vaadin-login-form input[name='username']"))
                        .sendKeys(Keys.chord(Keys.CONTROL, "a"), "locked.out");
                browser.driver().findElement(By.cssSelector("vaadin-login-form input[name='password']"))
                        .sendKeys("wrong-" + i);
                browser.driver().findElement(By.cssSelector("vaadin-login-form vaadin-button[slot='submit']"))
                        .click();
                browser.waiting().until(ExpectedConditions.urlContains("?"));
            }

            browser.waiting().until(ExpectedConditions.textToBePresentInElementLocated(
                    By.cssSelector("vaadin-login-form"), "Try again in 15 minutes"));
            browser.screenshot("sign-in-locked");
            assertThat(browser.driver().getCurrentUrl()).contains("/login?locked=15");
        } finally {
            // Other browser tests share this database and sign in from the same address.
            jdbc.update("delete from sign_in_failure");
            jdbc.update("delete from sign_in_lock");
        }
    }
}
