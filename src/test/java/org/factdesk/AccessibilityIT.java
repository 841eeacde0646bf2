package org.factdesk;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.factdesk.claim.ClaimService;
import org.factdesk.claim.DeskScenario;
import org.factdesk.claim.Priority;
import org.factdesk.claim.ResearchService;
import org.factdesk.claim.SignedIn;
import org.factdesk.security.NewUserData;
import org.factdesk.security.Role;
import org.factdesk.security.UserService;
import org.factdesk.workflow.AssignmentData;
import org.factdesk.workflow.WorkflowService;
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
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Deque's axe-core (WCAG 2.0, 2.1 and 2.2, levels A and AA) on every screen and every dialog, in English and in
 * French: none may show a serious or critical violation; the lesser ones are printed for a person to read. One
 * browser per language, signed in once as a colleague who holds every role, so each screen shows all it can.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ExtendWith(SignedIn.class)
class AccessibilityIT {

    private static final List<String> WCAG_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa");
    private static final Set<String> BLOCKING = Set.of("serious", "critical");
    private static final String SEED_TITLE = "Le dirigeant russe";
    private static final String USER = "allrounder";
    private static final String PASSWORD = "every-role-2026";

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    @Autowired
    JdbcTemplate jdbc;

    private final List<String> blocking = new ArrayList<>();
    private final List<String> minor = new ArrayList<>();
    /** Names Vaadin's components give in English whatever the page's language, which FactDesk sets itself. */
    private static final List<String> VAADIN_ENGLISH = List.of("Show password", "Toggle navigation panel");
    private final List<String> untranslated = new ArrayList<>();

    @Test
    void every_screen_and_dialog_has_no_serious_or_critical_violation_in_english_and_french() {
        Desk desk = stage();
        for (String language : List.of("en", "fr")) {
            try (Browser browser = new Browser("http://localhost:" + port, 1366, 900)) {
                browser.open("/login");
                browser.click(By.id("login-language-" + language));
                browser.waiting().until(ExpectedConditions.textToBePresentInElementLocated(
                        By.cssSelector("vaadin-login-form"), language.equals("fr") ? "Connexion" : "Sign in"));
                check(browser, language, "login");
                browser.signIn(USER, PASSWORD);
                walk(browser, language, desk);
            }
        }
        System.out.println("axe, moderate and minor violations (not blocking):\n" + String.join("\n", minor));
        assertThat(blocking).as("serious or critical axe violations").isEmpty();
        assertThat(untranslated).as("Vaadin's English names on French pages").isEmpty();
    }

    private void walk(Browser browser, String language, Desk desk) {
        screen(browser, language, "/articles", "articles-grid");
        screen(browser, language, "/articles/import", "article-upload");
        screen(browser, language, "/articles/" + desk.seedArticle() + "/edit", "article-revisions");
        workspace(browser, language, desk);
        claimPage(browser, language, desk);
        screen(browser, language, "/claims", "claims-grid");
        browser.waiting().until(d -> d.findElements(By.cssSelector("#claims-grid vaadin-checkbox")).size() > 1);
        browser.driver().findElements(By.cssSelector("#claims-grid vaadin-checkbox")).get(1).click();
        dialog(browser, language, "assign", "assign-selected", "assign-dialog");
        screen(browser, language, "/tasks", "tasks-grid");
        screen(browser, language, "/review", "review-grid");
        screen(browser, language, "/dashboard", "median-time");
        screen(browser, language, "/reports", "report-count");
        screen(browser, language, "/library", "library-grid");
        screen(browser, language, "/admin/suggestions", "suggestion-en");
        screen(browser, language, "/admin/users", "users-grid");
        dialog(browser, language, "user", "user-create", "user-dialog");
        screen(browser, language, "/admin/ratings", "ratings-grid");
        dialog(browser, language, "rating", "rating-create", "rating-dialog");
        screen(browser, language, "/admin/settings", "settings-save");
        screen(browser, language, "/admin/api", "feed-enabled");
        dialog(browser, language, "token", "token-create", "token-dialog");
        screen(browser, language, "/admin/backups", "side-nav");
        screen(browser, language, "/tasks", "tasks-grid");
        dialog(browser, language, "account", "change-password", "change-password-dialog");
        screen(browser, language, "/no-such-page", "not-found");
    }

    private void workspace(Browser browser, String language, Desk desk) {
        String suggested = language.equals("fr") ? "Suggérée" : "Suggested";
        String path = "/articles/" + desk.seedArticle();
        screen(browser, language, path, "claims-grid");
        browser.waiting().until(d -> !browser.cells("claims-grid", suggested).isEmpty());
        browser.clickFirstCell("claims-grid", suggested);
        browser.await(By.id("claim-accept"));
        check(browser, language, "workspace with a claim selected");
        new Actions(browser.driver()).sendKeys(Keys.chord(Keys.SHIFT, "?")).perform();
        browser.await(By.id("shortcuts-dialog"));
        check(browser, language, "shortcuts dialog");
        browser.open(path);
        browser.waiting().until(d -> !browser.cells("claims-grid", suggested).isEmpty());
        browser.clickFirstCell("claims-grid", suggested);
        new Actions(browser.driver()).sendKeys("d").perform();
        browser.await(By.id("dismiss-dialog"));
        check(browser, language, "dismiss dialog");
        browser.open(path);
        browser.waiting().until(d -> !browser.cells("claims-grid", suggested).isEmpty());
        browser.clickFirstCell("claims-grid", suggested);
        dialog(browser, language, "split", "claim-split", "split-dialog");
        browser.open(path);
        dialog(browser, language, "verdict report", "report-open", "report-dialog");
    }

    private void claimPage(Browser browser, String language, Desk desk) {
        screen(browser, language, "/claims/" + desk.inResearch(), "verdict-section");
        dialog(browser, language, "source", "source-add", "source-dialog");
        screen(browser, language, "/claims/" + desk.inReview(), "claim-approve");
        dialog(browser, language, "approve", "claim-approve", "approve-dialog");
    }

    private void screen(Browser browser, String language, String path, String id) {
        browser.open(path);
        browser.await(By.id(id));
        check(browser, language, path);
    }

    private void dialog(Browser browser, String language, String name, String opener, String dialogId) {
        browser.click(By.id(opener));
        browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id(dialogId)));
        check(browser, language, name + " dialog");
    }

    private void check(Browser browser, String language, String where) {
        // Let Vaadin finish drawing what the last action asked for before the page is read.
        browser.waiting().until(d -> Boolean.TRUE.equals(((JavascriptExecutor) d).executeScript(
                "return !window.Vaadin || !window.Vaadin.Flow || !window.Vaadin.Flow.clients"
                        + " || Object.values(window.Vaadin.Flow.clients).every(c => !c.isActive || !c.isActive());")));
        if (language.equals("fr")) {
            Object english = ((JavascriptExecutor) browser.driver()).executeScript("""
                    const found = [];
                    const walk = root => root.querySelectorAll('*').forEach(element => {
                      const name = element.getAttribute('aria-label');
                      if (arguments[0].includes(name)) found.push(element.localName + ': ' + name);
                      if (element.shadowRoot) walk(element.shadowRoot);
                    });
                    walk(document);
                    return found;""", VAADIN_ENGLISH);
            ((List<?>) english).forEach(name -> untranslated.add(where + ": " + name));
        }
        Results results = new AxeBuilder().withTags(WCAG_AA).analyze(browser.driver());
        browser.screenshot("a11y-" + language + "-" + where.replaceAll("[^A-Za-z0-9]+", "-"));
        for (Rule rule : results.getViolations()) {
            List<String> targets = rule.getNodes().stream().map(node -> node.getTarget() + " " + abbreviate(
                    node.getHtml())).toList();
            String line = "[" + language + "] " + where + ": " + rule.getImpact() + " " + rule.getId() + " ("
                    + rule.getHelp() + ") on " + targets;
            System.out.println("axe: " + line);
            (BLOCKING.contains(rule.getImpact()) ? blocking : minor).add(line);
        }
    }

    private static String abbreviate(String html) {
        return html.length() > 160 ? html.substring(0, 160) + "…" : html;
    }

    /** The desk in mid-week, plus a colleague with every role who has a claim in research. */
    private Desk stage() {
        DeskScenario.stage(context);
        UserDetailsService users = context.getBean(UserDetailsService.class);
        SignedIn.as(users, "admin");
        context.getBean(UserService.class).create(new NewUserData(USER, "Alex Allrounder", null, PASSWORD,
                Set.of(Role.ADMIN, Role.EDITOR, Role.CHECKER)));
        ClaimService claims = context.getBean(ClaimService.class);
        SignedIn.as(users, "editor");
        long toCheck = jdbc.queryForObject("select min(id) from claim where status = 'TO_CHECK' and assignee is null",
                Long.class);
        context.getBean(WorkflowService.class).assign(toCheck, claims.find(toCheck).orElseThrow().version(),
                new AssignmentData(USER, null, Priority.NORMAL));
        SignedIn.as(users, USER);
        context.getBean(ResearchService.class).take(toCheck, claims.find(toCheck).orElseThrow().version());
        SignedIn.out();
        long inReview = jdbc.queryForObject("select min(id) from claim where status = 'IN_REVIEW'", Long.class);
        long seed = jdbc.queryForObject("select min(id) from article where title like ?", Long.class,
                SEED_TITLE + "%");
        return new Desk(seed, toCheck, inReview);
    }

    private record Desk(long seedArticle, long inResearch, long inReview) {
    }
}
