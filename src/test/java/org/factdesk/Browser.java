package org.factdesk;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.openqa.selenium.By;
import org.openqa.selenium.ElementClickInterceptedException;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.NoSuchElementException;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's headless Chromium driven by its ChromeDriver, for the end-to-end tests. Screenshots go to
 * {@code target/screenshots/}. Needs {@code chromium} and {@code chromium-driver} (bin/test installs them).
 */
public final class Browser implements AutoCloseable {

    private final WebDriver driver;
    private final String baseUrl;
    private final Path profile = tempProfile();

    public Browser(String baseUrl, int width, int height) {
        this(baseUrl, width, height, null);
    }

    /** A browser that saves downloads into {@code downloads} without asking. */
    public Browser(String baseUrl, int width, int height, @Nullable Path downloads) {
        this.baseUrl = baseUrl;
        ChromeOptions options = new ChromeOptions();
        if (downloads != null) {
            options.setExperimentalOption("prefs", Map.of("download.default_directory", downloads.toString(),
                    "download.prompt_for_download", false, "download.directory_upgrade", true));
        }
        options.setBinary(System.getProperty("chromium.binary", "/usr/bin/chromium"));
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--lang=en-US", "--window-size=" + width + "," + height,
                "--user-data-dir=" + profile);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(System.getProperty("chromedriver.binary", "/usr/bin/chromedriver")))
                .usingAnyFreePort().build();
        // Chromium's console (CSP violations are reported there too), read by consoleLines().
        options.setCapability("goog:loggingPrefs", Map.of("browser", "ALL"));
        driver = new ChromeDriver(service, options);
    }

    public WebDriver driver() {
        return driver;
    }

    public void open(String path) {
        driver.get(baseUrl + path);
    }

    /**
     * A 30-second wait that outlives Vaadin's re-rendering: an element found a moment ago may be replaced before it is
     * read, which Chromium reports as a stale reference or as "Node with given id does not belong to the document".
     * Either means "not yet": the condition is asked again and finds the element anew.
     */
    public WebDriverWait waiting() {
        return new RerenderTolerantWait(driver);
    }

    public WebElement await(By locator) {
        return waiting().until(ExpectedConditions.visibilityOfElementLocated(locator));
    }

    /** Signs in through the login form and waits for the main layout. */
    public void signIn(String username, String password) {
        open("/login");
        await(By.cssSelector("vaadin-login-form input[name='username']"));
        // The form may re-render (language, page load) while it is typed into: then type it again, whole.
        waiting().until(d -> {
            typeInto(By.cssSelector("vaadin-login-form input[name='username']"), username);
            typeInto(By.cssSelector("vaadin-login-form input[name='password']"), password);
            d.findElement(By.cssSelector("vaadin-login-form vaadin-button[slot='submit']")).click();
            return true;
        });
        try {
            await(By.id("sign-out"));
        } catch (RuntimeException e) {
            screenshot("sign-in-failed-" + username);
            throw new IllegalStateException("Sign-in as " + username + " did not arrive; now at "
                    + driver.getCurrentUrl(), e);
        }
    }

    /**
     * Signs out and waits for the sign-in page that follows: a sign-in started before that page arrived would be
     * replaced by it, its submission lost.
     */
    public void signOut() {
        click(By.id("sign-out"));
        waiting().until(d -> d.getCurrentUrl().contains("/login")
                && !d.findElements(By.cssSelector("vaadin-login-form input[name='username']")).isEmpty());
    }

    private void typeInto(By locator, String text) {
        WebElement field = driver.findElement(locator);
        field.clear();
        field.sendKeys(text);
    }

    /** Clicks the first cell of a grid whose text starts with {@code prefix}, finding it anew if the grid redraws. */
    public void clickFirstCell(String gridId, String prefix) {
        waiting().until(d -> {
            List<WebElement> found = cells(gridId, prefix);
            if (found.isEmpty()) {
                return null;
            }
            found.getFirst().click();
            return true;
        });
    }

    /** Clicks an element the way a person would after scrolling to it, even when an overlay sits on its corner. */
    public void click(By locator) {
        // Re-rendered between finding and clicking: find it again and click the new one.
        waiting().until(d -> {
            clickOnce(locator);
            return true;
        });
    }

    private void clickOnce(By locator) {
        // Present is enough: on a long page the element may sit in a part of a column scrolled out of view.
        WebElement element = waiting().until(ExpectedConditions.presenceOfElementLocated(locator));
        JavascriptExecutor js = (JavascriptExecutor) driver;
        js.executeScript("arguments[0].scrollIntoView({block: 'center'});", element);
        try {
            element.click();
        } catch (ElementClickInterceptedException e) {
            // Leave the focused field first, as a real click would, so its value reaches the server.
            js.executeScript("document.activeElement && document.activeElement.blur(); arguments[0].click();",
                    element);
        }
    }

    /**
     * Waits until the element's text contains {@code text}, reading the DOM rather than what is on screen: part of a
     * long page may be scrolled out of its column, which WebDriver counts as not displayed.
     */
    public void awaitText(String id, String text) {
        waiting().until(d -> Boolean.TRUE.equals(((JavascriptExecutor) d).executeScript(
                "const e = document.getElementById(arguments[0]); return !!e && e.textContent.includes(arguments[1]);",
                id, text)));
    }

    /** The element's whole text, including parts scrolled out of view. */
    public String textOf(String id) {
        Object text = ((JavascriptExecutor) driver).executeScript(
                "const e = document.getElementById(arguments[0]); return e ? e.textContent : '';", id);
        return String.valueOf(text);
    }

    /** The cells of a grid whose text starts with {@code prefix}. */
    public List<WebElement> cells(String gridId, String prefix) {
        return driver.findElements(By.cssSelector("#" + gridId + " vaadin-grid-cell-content")).stream()
                .filter(cell -> cell.getText().startsWith(prefix)).toList();
    }

    public void screenshot(String name) {
        File png = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE);
        Path target = Path.of("target", "screenshots", name + ".png");
        try {
            Files.createDirectories(target.getParent());
            Files.copy(png.toPath(), target, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * From now on, every page this browser loads records the Content-Security-Policy violations Chromium reports to
     * it (the {@code securitypolicyviolation} event, listened to before the page's own scripts run) in its session
     * storage, where {@link #cspViolations()} reads them.
     */
    public void recordCspViolations() {
        ((ChromeDriver) driver).executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", """
                document.addEventListener('securitypolicyviolation', e => {
                  const seen = JSON.parse(sessionStorage.getItem('fd-csp-violations') || '[]');
                  seen.push(e.effectiveDirective + ' blocked ' + e.blockedURI + ' in ' + e.sourceFile + ':'
                      + e.lineNumber + ' on ' + location.pathname);
                  sessionStorage.setItem('fd-csp-violations', JSON.stringify(seen));
                }, true);
                """));
    }

    /** The violations recorded since {@link #recordCspViolations()} in this tab's session. */
    public List<String> cspViolations() {
        Object seen = ((JavascriptExecutor) driver).executeScript(
                "return JSON.parse(sessionStorage.getItem('fd-csp-violations') || '[]');");
        return seen instanceof List<?> list ? list.stream().map(String::valueOf).toList() : List.of();
    }

    /** The console lines Chromium logged since the last call. */
    public List<String> consoleLines() {
        return driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .map(entry -> entry.getLevel() + " " + entry.getMessage()).toList();
    }

    @Override
    public void close() {
        driver.quit();
        // Each profile holds 20-30 MB; left behind, a day of test runs filled the temporary folder.
        try (Stream<Path> files = Files.walk(profile)) {
            files.sorted(Comparator.reverseOrder()).forEach(file -> file.toFile().delete());
        } catch (IOException e) {
            // Best effort: a profile left behind costs disk, not a result.
        }
    }

    /** True when WebDriver failed only because the page replaced the element it was reading. */
    static boolean rerendered(WebDriverException e) {
        if (e instanceof StaleElementReferenceException || e instanceof NoSuchElementException) {
            return true;
        }
        String message = String.valueOf(e.getMessage());
        return message.contains("does not belong to the document") || message.contains("stale element")
                || message.contains("is not attached to the page document");
    }

    private static final class RerenderTolerantWait extends WebDriverWait {

        RerenderTolerantWait(WebDriver driver) {
            super(driver, Duration.ofSeconds(30));
        }

        @Override
        public <V> V until(Function<? super WebDriver, ? extends V> isTrue) {
            return super.until(d -> {
                try {
                    return isTrue.apply(d);
                } catch (WebDriverException e) {
                    if (rerendered(e)) {
                        return null;
                    }
                    throw e;
                }
            });
        }
    }

    private static Path tempProfile() {
        try {
            return Files.createTempDirectory("factdesk-chromium");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
