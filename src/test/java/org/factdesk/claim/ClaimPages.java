package org.factdesk.claim;

import org.factdesk.Browser;
import org.openqa.selenium.By;

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
        // Read within the wait: the panel may be drawn again (live updates, the likely match) meanwhile.
        return "/" + browser.waiting().until(d -> d.findElements(By.cssSelector("#claim-panel a[href^='claims/']"))
                .stream().findFirst().map(link -> link.getDomAttribute("href")).orElse(null));
    }
}
