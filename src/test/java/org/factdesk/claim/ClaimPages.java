package org.factdesk.claim;

import org.factdesk.Browser;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** Steps on the claim's screens that browser tests of several features start from. */
public final class ClaimPages {

    private ClaimPages() {
    }

    /** The editor signs in, accepts the seed article's first suggestion and finds its claim page's address. */
    public static String acceptedByTheEditor(Browser browser) {
        browser.signIn("editor", "editor-demo");
        browser.waiting().until(d -> !browser.cells("articles-grid", "Le dirigeant russe").isEmpty());
        browser.clickFirstCell("articles-grid", "Le dirigeant russe");
        browser.waiting().until(d -> !browser.cells("claims-grid", "Suggested").isEmpty());
        browser.clickFirstCell("claims-grid", "Suggested");
        browser.click(By.id("claim-accept"));
        browser.waiting().until(d -> !browser.cells("claims-grid", "To check").isEmpty());
        WebElement link = browser.await(By.cssSelector("#claim-panel a[href^='claims/']"));
        return "/" + link.getDomAttribute("href");
    }
}
