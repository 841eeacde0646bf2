package org.factdesk.workflow;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.factdesk.Browser;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;

/**
 * Browser times of the desk's lists on a running FactDesk (issue 15): headless Chromium signs in, then, each round,
 * opens the claims list and waits until its rows show, scrolls its grid to the very end and to the middle (as a
 * scrollbar drag does: {@code scrollToIndex}) and waits until those rows show, then opens the dashboard and waits for
 * its figures; then the claims list and the dashboard again, reached from inside the page as the menu does (no page
 * load), and the claims list once more from the import page (a page with little on it, where the dashboard's many
 * elements are not replaced). Prints every round and the medians. Not a JMH benchmark: it measures a separate server,
 * typically the production jar on a generated desk (README, Benchmarks):
 * <pre>java -cp ... org.factdesk.workflow.ListsInTheBrowser [base URL] [username] [password] [rounds]</pre>
 * Defaults: {@code http://localhost:8080 editor01 generated-desk 5}. With a fifth argument {@code bare}, the same first
 * page on the bare app of {@code src/bench/bare} instead ({@code user user-bench}): its list at {@code /}, loaded and
 * reached from its second page inside the running page, until its rows show: the baseline of a Vaadin list.
 */
public final class ListsInTheBrowser {

    /** True when the claims grid holds rows, none still waiting for its data, and the grid asks for nothing. */
    static final String ROWS_SHOW = """
            const grid = document.querySelector('#claims-grid');
            if (!grid || !grid.$ || grid.hasAttribute('loading')) return false;
            const rows = Array.from(grid.$.items.querySelectorAll('tr')).filter(r => !r.hidden);
            return rows.length > 0 && rows.every(r => !r.hasAttribute('loading'))
                && Array.from(grid.querySelectorAll('vaadin-grid-cell-content'))
                    .some(c => c.checkVisibility() && c.textContent.includes('article no.'));""";

    /** The bare app's list: the same test on its grid, whose rows hold item names. */
    static final String BARE_ROWS_SHOW = ROWS_SHOW.replace("#claims-grid", "#items-grid")
            .replace("article no.", "Item ");

    private static final String DASHBOARD_SHOWS = "return !!document.querySelector('#median-time') && "
            + "document.querySelector('#median-time').checkVisibility();";

    /** The import page, a page with little on it: the list reached from there does not replace the dashboard. */
    private static final String IMPORT_SHOWS = "return !!document.querySelector('#article-save');";

    private ListsInTheBrowser() {
    }

    @SuppressWarnings("SystemOut")
    public static void main(String[] args) throws InterruptedException {
        String base = args.length > 0 ? args[0] : "http://localhost:8080";
        String user = args.length > 1 ? args[1] : "editor01";
        String password = args.length > 2 ? args[2] : "generated-desk";
        int rounds = args.length > 3 ? Integer.parseInt(args[3]) : 5;
        if (args.length > 4 && args[4].equals("bare")) {
            bare(base, user, password, rounds);
            return;
        }
        Map<String, List<Long>> times = new LinkedHashMap<>();
        try (Browser browser = new Browser(base, 1366, 1000)) {
            browser.driver().manage().timeouts().scriptTimeout(java.time.Duration.ofMinutes(3));
            browser.signIn(user, password);
            for (int round = 1; round <= rounds; round++) {
                long first = open(browser, "/claims", ROWS_SHOW);
                long end = scroll(browser, "grid.size - 1");
                long middle = scroll(browser, "Math.floor(grid.size / 2)");
                long dashboard = open(browser, "/dashboard", DASHBOARD_SHOWS);
                long firstInApp = navigate(browser, "claims", ROWS_SHOW);
                long dashboardInApp = navigate(browser, "dashboard", DASHBOARD_SHOWS);
                navigate(browser, "articles/import", IMPORT_SHOWS);
                long firstFromImport = navigate(browser, "claims", ROWS_SHOW);
                record(times, "claims list, first page", first);
                record(times, "claims list, first page, in the app", firstInApp);
                record(times, "claims list, first page, from the import page", firstFromImport);
                record(times, "claims list, scrolled to the end", end);
                record(times, "claims list, jump to the middle", middle);
                record(times, "dashboard", dashboard);
                record(times, "dashboard, in the app", dashboardInApp);
                System.out.printf("Round %d: first page %d ms (in the app %d, from the import page %d), end %d ms, "
                        + "middle %d ms, dashboard %d ms (in the app %d)%n", round, first, firstInApp, firstFromImport,
                        end, middle, dashboard, dashboardInApp);
            }
        }
        System.out.println("Medians of " + rounds + " rounds (ms, until the rows show):");
        times.forEach((what, values) -> System.out.printf("  %-36s %6d   (all: %s)%n", what, median(values), values));
        List<Long> first = times.get("claims list, first page");
        System.out.printf("  end ÷ first page %.2f, middle ÷ first page %.2f%n",
                (double) median(times.get("claims list, scrolled to the end")) / median(first),
                (double) median(times.get("claims list, jump to the middle")) / median(first));
    }

    /** The bare app's list, loaded and reached from its other page, as the claims list is above. */
    @SuppressWarnings("SystemOut")
    private static void bare(String base, String user, String password, int rounds) throws InterruptedException {
        Map<String, List<Long>> times = new LinkedHashMap<>();
        try (Browser browser = new Browser(base, 1366, 1000)) {
            signInToBare(browser, user, password);
            for (int round = 1; round <= rounds; round++) {
                long first = open(browser, "/", BARE_ROWS_SHOW);
                navigate(browser, "elsewhere", "return !!document.querySelector('p')");
                long firstInApp = navigate(browser, "/", BARE_ROWS_SHOW);
                record(times, "bare list, first page", first);
                record(times, "bare list, first page, in the app", firstInApp);
                System.out.printf("Round %d: first page %d ms (in the app %d)%n", round, first, firstInApp);
            }
        }
        System.out.println("Medians of " + rounds + " rounds (ms, until the rows show):");
        times.forEach((what, values) -> System.out.printf("  %-36s %6d   (all: %s)%n", what, median(values), values));
    }

    /** Signs in to the bare app and waits for its list. */
    static void signInToBare(Browser browser, String user, String password) throws InterruptedException {
        browser.open("/login");
        browser.await(By.cssSelector("vaadin-login-form input[name='username']"));
        browser.driver().findElement(By.cssSelector("vaadin-login-form input[name='username']")).sendKeys(user);
        browser.driver().findElement(By.cssSelector("vaadin-login-form input[name='password']")).sendKeys(password);
        browser.click(By.cssSelector("vaadin-login-form vaadin-button[slot='submit']"));
        until(browser, BARE_ROWS_SHOW);
    }

    /** Loads the page and waits until the condition holds: milliseconds from the request to the rows. */
    private static long open(Browser browser, String path, String condition) throws InterruptedException {
        long started = System.nanoTime();
        browser.open(path);
        until(browser, condition);
        return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);
    }

    /** Scrolls the claims grid to a row, measured in the page itself from the call until that row's data shows. */
    private static long scroll(Browser browser, String index) {
        Object millis = ((JavascriptExecutor) browser.driver()).executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                const grid = document.querySelector('#claims-grid');
                const shows = () => { %s };
                const started = performance.now();
                grid.scrollToIndex(%s);
                const check = () => {
                  if (performance.now() - started > 120000) { done(-1); return; }
                  if (shows()) { done(Math.round(performance.now() - started)); return; }
                  setTimeout(check, 5);
                };
                requestAnimationFrame(() => setTimeout(check, 0));""".formatted(ROWS_SHOW, index));
        return ((Number) millis).longValue();
    }

    /**
     * Moves to another view inside the running page, as the menu does (the router follows the history, one round
     * trip, no page load), and measures in the page from then until the condition holds.
     */
    private static long navigate(Browser browser, String route, String condition) {
        Object millis = ((JavascriptExecutor) browser.driver()).executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                const shows = () => { %s };
                const started = performance.now();
                history.pushState(null, '', '%s');
                window.dispatchEvent(new PopStateEvent('popstate'));
                const check = () => {
                  if (performance.now() - started > 120000) { done(-1); return; }
                  if (shows()) { done(Math.round(performance.now() - started)); return; }
                  setTimeout(check, 5);
                };
                setTimeout(check, 0);""".formatted(condition, route));
        return ((Number) millis).longValue();
    }

    static void until(Browser browser, String condition) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(2);
        while (!Boolean.TRUE.equals(((JavascriptExecutor) browser.driver()).executeScript(condition))) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("Not shown within 2 minutes: " + condition);
            }
            Thread.sleep(10);
        }
    }

    private static void record(Map<String, List<Long>> times, String what, long millis) {
        times.computeIfAbsent(what, key -> new ArrayList<>()).add(millis);
    }

    private static long median(List<Long> values) {
        long[] sorted = values.stream().mapToLong(Long::longValue).sorted().toArray();
        return sorted.length == 0 ? 0 : sorted[sorted.length / 2];
    }
}
