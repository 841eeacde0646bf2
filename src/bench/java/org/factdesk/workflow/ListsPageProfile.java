package org.factdesk.workflow;

import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.factdesk.Browser;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * Where the claims list's first page spends its time in Chromium (issue 15): for a full load of {@code /claims} and
 * for the list reached from the dashboard inside the page, the requests the page made until the rows showed (each
 * with its start, server wait and size: Vaadin's UIDL round trips, the bundle's chunks) and Chromium's own script,
 * layout and style time over the same span; then the page's element count and a screenshot
 * ({@code target/screenshots/claims-LANGUAGE-LABEL.png}, to compare two builds by). Run as {@link ListsInTheBrowser}
 * is, with {@code -Dexec.mainClass=org.factdesk.workflow.ListsPageProfile -Dexec.args="URL USER PASSWORD LANGUAGE
 * LABEL [rounds]"}, language {@code en} or {@code fr}; language {@code bare} profiles the bare app's list instead
 * ({@code user user-bench}: its list at {@code /}, reached from {@code /elsewhere}), the baseline.
 */
public final class ListsPageProfile {

    /** The requests since the last clear, as lines: start and end (ms from the span's start), server wait, bytes. */
    private static final String REQUESTS = """
            const since = arguments[0];
            return performance.getEntriesByType('resource').filter(e => e.startTime >= since).map(e =>
              Math.round(e.startTime - since) + '..' + Math.round(e.responseEnd - since) + ' ms  wait '
              + Math.round(e.responseStart - e.requestStart) + ' ms  ' + e.transferSize + ' B (' + e.encodedBodySize
              + ' B body, ' + e.decodedBodySize + ' B decoded)  ' + e.name.replace(location.origin, ''));""";

    private static final String ELEMENTS = """
            const count = root => Array.from(root.querySelectorAll('*')).reduce((n, e) =>
              n + 1 + (e.shadowRoot ? count(e.shadowRoot) : 0), 0);
            const grid = document.querySelector('#claims-grid') || document.querySelector('#items-grid');
            return 'elements ' + count(document) + ', grid cells '
              + (grid ? grid.querySelectorAll('vaadin-grid-cell-content').length : 0)
              + ', grid light DOM ' + (grid ? grid.querySelectorAll('*').length : 0);""";

    private ListsPageProfile() {
    }

    @SuppressWarnings("SystemOut")
    public static void main(String[] args) throws InterruptedException {
        String base = args[0];
        String language = args[3];
        boolean bare = language.equals("bare");
        String list = bare ? "/" : "/claims";
        String rows = bare ? ListsInTheBrowser.BARE_ROWS_SHOW : ListsInTheBrowser.ROWS_SHOW;
        int rounds = args.length > 5 ? Integer.parseInt(args[5]) : 2;
        try (Browser browser = new Browser(base, 1366, 1000)) {
            JavascriptExecutor js = (JavascriptExecutor) browser.driver();
            browser.driver().manage().timeouts().scriptTimeout(java.time.Duration.ofMinutes(3));
            if (bare) {
                ListsInTheBrowser.signInToBare(browser, args[1], args[2]);
            } else {
                browser.open("/login");
                browser.click(By.id("login-language-" + language));
                browser.waiting().until(ExpectedConditions.textToBePresentInElementLocated(
                        By.cssSelector("vaadin-login-form"), language.equals("fr") ? "Connexion" : "Sign in"));
                browser.signIn(args[1], args[2]);
            }
            ((ChromeDriver) browser.driver()).executeCdpCommand("Performance.enable", Map.of());
            for (int round = 1; round <= rounds; round++) {
                Map<String, Object> before = metrics(browser);
                long started = System.nanoTime();
                browser.open(list);
                until(js, rows);
                long took = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);
                System.out.printf("Round %d, full load of %s: %d ms; %s%n", round, list, took,
                        chromium(before, metrics(browser)));
                print(js.executeScript(REQUESTS, 0));
                System.out.println("  " + js.executeScript(ELEMENTS));
                browser.open(bare ? "/elsewhere" : "/dashboard");
                browser.await(By.cssSelector(bare ? "p" : "#median-time"));
                Thread.sleep(500);
                Object since = js.executeScript("return performance.now();");
                before = metrics(browser);
                Object inApp = js.executeAsyncScript("""
                        const done = arguments[arguments.length - 1];
                        const started = performance.now();
                        history.pushState(null, '', '%s');
                        window.dispatchEvent(new PopStateEvent('popstate'));
                        const check = () => {
                          if ((() => { %s })()) { done(Math.round(performance.now() - started)); return; }
                          setTimeout(check, 5);
                        };
                        setTimeout(check, 0);""".formatted(list, rows));
                System.out.printf("Round %d, from the other page inside the page: %s ms; %s%n", round, inApp,
                        chromium(before, metrics(browser)));
                print(js.executeScript(REQUESTS, since));
            }
            Thread.sleep(1000);
            browser.screenshot("claims-" + language + "-" + args[4]);
        }
    }

    private static void until(JavascriptExecutor js, String rows) throws InterruptedException {
        while (!Boolean.TRUE.equals(js.executeScript(rows))) {
            Thread.sleep(5);
        }
    }

    @SuppressWarnings("SystemOut")
    private static void print(Object lines) {
        if (lines instanceof List<?> list) {
            list.forEach(line -> System.out.println("    " + line));
        }
    }

    private static Map<String, Object> metrics(Browser browser) {
        return ((ChromeDriver) browser.driver()).executeCdpCommand("Performance.getMetrics", Map.of());
    }

    /** Chromium's own time between two readings: script, layout, style recalculation, all tasks (ms). */
    private static String chromium(Map<String, Object> before, Map<String, Object> after) {
        StringBuilder text = new StringBuilder("Chromium");
        for (String name : List.of("ScriptDuration", "LayoutDuration", "RecalcStyleDuration", "TaskDuration")) {
            text.append(String.format(" %s %.0f", name.replace("Duration", ""),
                    1000 * (value(after, name) - value(before, name))));
        }
        return text.append(" ms").toString();
    }

    private static double value(Map<String, Object> metrics, String name) {
        Object list = metrics.get("metrics");
        if (list instanceof List<?> entries) {
            for (Object entry : entries) {
                if (entry instanceof Map<?, ?> map && name.equals(map.get("name"))) {
                    return ((Number) map.get("value")).doubleValue();
                }
            }
        }
        return 0;
    }
}
