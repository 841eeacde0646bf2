package org.factdesk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.factdesk.claim.ClaimPages;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * The production jar started with Spring's ahead-of-time processing ({@code -Dspring.aot.enabled=true}, as
 * {@code bin/aot-cache run} starts it; decision 027) on a fresh H2 data folder: it uses the bean definitions made at
 * build time, a setting of its start still wins over the build's (the overdue check switched off), and an editor
 * accepts a suggestion of the seed article and opens the claim's page. The PostgreSQL side is node B of
 * {@code TwoNodesIT}.
 */
class AheadOfTimeStartIT {

    private static final Path WORK = Path.of("target", "aot-start-it").toAbsolutePath();

    @Test
    void the_jar_starts_ahead_of_time_keeps_the_settings_of_its_start_and_serves_an_editor() throws Exception {
        assumeTrue(Files.exists(JarNode.JAR), "target/factdesk.jar is not built (mvn verify)");
        Files.createDirectories(WORK);
        Path data = Files.createTempDirectory(WORK, "data");
        try (JarNode node = JarNode.start(WORK.resolve("node.log"), Map.of(
                "FACTDESK_DATA_DIR", data.toString(),
                "FACTDESK_OVERDUE_CHECK_ENABLED", "false",
                "FACTDESK_BACKUP_NIGHTLY", "false"), "-Xmx768m", "-Dspring.aot.enabled=true");
             Browser browser = new Browser(node.baseUrl(), 1280, 860)) {
            assertThat(node.log()).as("Spring Boot says when it runs what was processed ahead of time")
                    .contains("Starting AOT-processed Application")
                    .contains("Scheduled job overdue-check is switched off");

            String claimPage = ClaimPages.acceptedByTheEditor(browser);
            browser.open(claimPage);
            browser.await(By.cssSelector(".fd-claim-page"));
            assertThat(browser.textOf("claim-page-history")).contains("Eddie Editor");
            browser.screenshot("aot-start-claim");
        }
    }
}
