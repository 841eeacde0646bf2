package org.factdesk.workflow;

import bench.load.SessionHeap;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.factdesk.Browser;
import org.openqa.selenium.By;

/**
 * Heap per signed-in session on the claims list, with real browsers (issue 15, the way its table was measured): each
 * session is its own headless Chromium that opens the list, signs in on the page it is sent to, waits until the rows
 * show and stays open, so the server holds what a browser's session makes it hold (the rows the grid asked for while it
 * filled the window, the connections the browser keeps). {@code warm} sessions first, then a class histogram of the
 * server ({@code jcmd PID GC.class_histogram}, a full GC first), {@code count} more, a second histogram, the difference
 * per session ({@link SessionHeap#report}). Every browser stays open until the end. The difference also counts what
 * moved meanwhile (the server's caches, its pools of connections and their buffers): the same jar measured from −47 to
 * 651 KB per session here; {@code bench.load.SessionRetained} reads what the sessions themselves hold from a heap dump.
 * Run as {@link ListsInTheBrowser} is, with {@code -Dexec.mainClass=org.factdesk.workflow.SessionHeapInTheBrowser
 * -Dexec.args="URL USER PASSWORD PID [count] [warm] [bare]"}, defaults 20 and 3; with {@code bare}, the bare app of
 * {@code src/bench/bare} ({@code user user-bench}, its list at {@code /}). Each Chromium takes some 150 MB of memory.
 */
public final class SessionHeapInTheBrowser {

    /**
     * The claims list's rows, whichever claims come first, also on builds older than its grid's id (to compare with
     * them).
     */
    private static final String ROWS_SHOW = ListsInTheBrowser.ROWS_SHOW
            .replace("document.querySelector('#claims-grid')",
                    "(document.querySelector('#claims-grid') || document.querySelector('vaadin-grid'))")
            .replace("c.textContent.includes('article no.')", "c.textContent.trim().length > 0");

    private SessionHeapInTheBrowser() {
    }

    @SuppressWarnings("SystemOut")
    public static void main(String[] args) throws Exception {
        String base = args[0];
        String user = args[1];
        String password = args[2];
        String pid = args[3];
        int count = args.length > 4 ? Integer.parseInt(args[4]) : 20;
        int warm = args.length > 5 ? Integer.parseInt(args[5]) : 3;
        boolean bare = args.length > 6 && args[6].equals("bare");
        List<Browser> open = new ArrayList<>();
        try {
            for (int i = 0; i < warm; i++) {
                open.add(session(base, user, password, bare));
            }
            Map<String, SessionHeap.Counts> before = settledHistogram(pid);
            long started = System.nanoTime();
            for (int i = 0; i < count; i++) {
                open.add(session(base, user, password, bare));
            }
            long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);
            Map<String, SessionHeap.Counts> after = settledHistogram(pid);
            String what = bare ? "bare list" : "claims list";
            SessionHeap.report("%s %s: %d browser sessions in %d ms".formatted(base, what, count, millis), before,
                    after, count, 30);
        } finally {
            open.forEach(Browser::close);
        }
    }

    /**
     * The histogram once the browsers' connections have been idle for longer than the server keeps them (Tomcat
     * closes them after 20 s here; 65 s of idling to be sure): each Chromium holds about five, with the server's
     * buffers (some 600 KB a browser), freed whenever the server times them out: noise, not a session's state. The
     * wait is {@code -Dsettle.seconds}.
     */
    private static Map<String, SessionHeap.Counts> settledHistogram(String pid) throws Exception {
        Thread.sleep(Long.getLong("settle.seconds", 65) * 1000);
        return SessionHeap.histogram(pid);
    }

    /** A browser signed in on the list, its rows shown and the grid at rest. */
    private static Browser session(String base, String user, String password, boolean bare)
            throws InterruptedException {
        Browser browser = new Browser(base, 1366, 1000);
        try {
            browser.open(bare ? "/" : "/claims");
            browser.await(By.cssSelector("vaadin-login-form input[name='username']"));
            browser.driver().findElement(By.cssSelector("vaadin-login-form input[name='username']")).sendKeys(user);
            browser.driver().findElement(By.cssSelector("vaadin-login-form input[name='password']")).sendKeys(password);
            browser.click(By.cssSelector("vaadin-login-form vaadin-button[slot='submit']"));
            ListsInTheBrowser.until(browser, bare ? ListsInTheBrowser.BARE_ROWS_SHOW : ROWS_SHOW);
            // Whatever the grid asks for after its first rows (a second page to fill the window) arrives meanwhile.
            Thread.sleep(1000);
            return browser;
        } catch (RuntimeException | InterruptedException e) {
            browser.screenshot("session-heap-failed");
            browser.close();
            throw e;
        }
    }
}
