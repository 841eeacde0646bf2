package org.factdesk;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.factdesk.claim.ClaimService;
import org.factdesk.claim.DeskScenario;
import org.factdesk.claim.Priority;
import org.factdesk.claim.ResearchService;
import org.factdesk.claim.SignedIn;
import org.factdesk.workflow.AssignmentData;
import org.factdesk.workflow.WorkflowService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Every date picker on every screen and dialog that has one speaks the user's language (issue 12 #6): month names,
 * "Today", and in French a week that starts on Monday. The pickers are found in the page as Chromium shows it, so a
 * picker added to a screen without going through DateFields shows here.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ExtendWith(SignedIn.class)
class DatePickersIT {

    private static final String PICKERS = """
            return [...document.querySelectorAll('vaadin-date-picker')].map(p => ({
              id: p.id || p.label || '?', first: String(p.i18n.firstDayOfWeek), month: p.i18n.monthNames[0],
              today: p.i18n.today, cancel: p.i18n.cancel}));""";

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void every_date_picker_follows_the_users_language_and_the_french_week_starts_on_monday() {
        long claim = claimInResearch();
        for (String language : List.of("fr", "en")) {
            boolean french = language.equals("fr");
            Map<String, String> expected = french
                    ? Map.of("first", "1", "month", "janvier", "today", "Aujourd’hui", "cancel", "Annuler")
                    : Map.of("first", "0", "month", "January", "today", "Today", "cancel", "Cancel");
            try (Browser browser = new Browser("http://localhost:" + port, 1366, 900)) {
                browser.open("/login");
                browser.click(By.id("login-language-" + language));
                browser.waiting().until(ExpectedConditions.textToBePresentInElementLocated(
                        By.cssSelector("vaadin-login-form"), french ? "Connexion" : "Sign in"));
                browser.signIn("checker", "checker-demo");
                List<Map<String, String>> seen = new ArrayList<>();
                seen.addAll(screen(browser, "/claims/" + claim, "claimant-form", 1));
                browser.click(By.id("source-add"));
                browser.await(By.id("source-dialog"));
                seen.addAll(pickers(browser, "source dialog", 2));
                browser.signOut();
                browser.signIn("editor", "editor-demo");
                seen.addAll(screen(browser, "/articles/import", "article-save", 1));
                seen.addAll(screen(browser, "/reports", "report-export", 2));
                seen.addAll(screen(browser, "/search", "search-query", 2));
                seen.addAll(screen(browser, "/claims", "claims-grid", 2));
                browser.waiting().until(d -> d.findElements(By.cssSelector("#claims-grid vaadin-checkbox")).size() > 1);
                browser.driver().findElements(By.cssSelector("#claims-grid vaadin-checkbox")).get(1).click();
                browser.click(By.id("assign-selected"));
                browser.await(By.id("assign-dialog"));
                seen.addAll(pickers(browser, "assign dialog", 3));

                assertThat(seen).as("date pickers in " + language).hasSizeGreaterThanOrEqualTo(9)
                        .allSatisfy(picker -> assertThat(picker).as(picker.get("where") + " " + picker.get("id"))
                                .containsAllEntriesOf(expected));
            }
        }
    }

    private List<Map<String, String>> screen(Browser browser, String path, String id, int atLeast) {
        browser.open(path);
        browser.await(By.id(id));
        return pickers(browser, path, atLeast);
    }

    @SuppressWarnings("unchecked")
    private List<Map<String, String>> pickers(Browser browser, String where, int atLeast) {
        List<Map<String, String>> found = browser.waiting().until(d -> {
            List<Map<String, String>> now = (List<Map<String, String>>) ((JavascriptExecutor) d).executeScript(PICKERS);
            return now != null && now.size() >= atLeast ? now : null;
        });
        List<Map<String, String>> named = new ArrayList<>();
        for (Map<String, String> picker : found) {
            Map<String, String> copy = new java.util.HashMap<>(picker);
            copy.put("where", where);
            named.add(copy);
        }
        return named;
    }

    /** A claim the checker has taken, so its page shows the claimant's date and the source dialog opens. */
    private long claimInResearch() {
        DeskScenario.stage(context);
        UserDetailsService users = context.getBean(UserDetailsService.class);
        ClaimService claims = context.getBean(ClaimService.class);
        long toCheck = jdbc.queryForObject("select min(id) from claim where status = 'TO_CHECK' and assignee is null",
                Long.class);
        SignedIn.as(users, "editor");
        context.getBean(WorkflowService.class).assign(toCheck, claims.find(toCheck).orElseThrow().version(),
                new AssignmentData("checker", null, Priority.NORMAL));
        SignedIn.as(users, "checker");
        context.getBean(ResearchService.class).take(toCheck, claims.find(toCheck).orElseThrow().version());
        SignedIn.out();
        return toCheck;
    }
}
