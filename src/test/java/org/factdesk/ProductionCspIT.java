package org.factdesk;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * In production mode, Chromium reports no CSP violation on the main screens. The app runs in production mode on the
 * production bundle that {@code package} (vaadin-maven-plugin's build-frontend, which runs before failsafe) put into
 * target/classes: the same bundle and bootstrap page the jar serves.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "vaadin.productionMode=true")
class ProductionCspIT {

    @LocalServerPort
    int port;

    @Test
    void in_production_mode_signing_in_and_opening_the_main_screens_breaks_no_content_security_policy() {
        CspWalk walk = new CspWalk("http://localhost:" + port);

        walk.editorScreens();
        walk.administratorScreens();

        assertThat(walk.violations()).isEmpty();
        assertThat(walk.sawDevTools()).as("production mode").isFalse();
    }
}
