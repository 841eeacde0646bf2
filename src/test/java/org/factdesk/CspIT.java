package org.factdesk;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * In development mode, Chromium reports no CSP violation on the main screens. Development mode is asked for: the
 * failsafe run comes after {@code package}, whose Vaadin build leaves production settings on the classpath.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "vaadin.productionMode=false")
class CspIT {

    @LocalServerPort
    int port;

    @Test
    void in_development_mode_signing_in_and_opening_the_main_screens_breaks_no_content_security_policy() {
        CspWalk walk = new CspWalk("http://localhost:" + port);

        walk.editorScreens();
        walk.administratorScreens();

        assertThat(walk.violations()).isEmpty();
        assertThat(walk.sawDevTools()).as("development mode").isTrue();
    }
}
