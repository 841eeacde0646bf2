package org.factdesk.backup.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Paragraph;
import org.factdesk.base.ui.AccessDeniedView;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithMockUser;

/**
 * The Backups screen on the tests' in-memory database, which cannot be backed up from the app: it says to use the
 * database's own tools; only administrators open it. The screen on a file database is tested by BackupsScreenTest.
 */
@SpringBootTest
@ViewPackages(packages = "org.factdesk")
@WithMockUser(username = "admin", roles = "ADMIN")
class BackupsViewTest extends SpringBrowserlessTest {

    @Test
    void on_a_database_other_than_an_h2_file_the_screen_points_to_its_own_tools() {
        navigate(BackupsView.class);

        assertThat($(Paragraph.class).id("backup-unavailable").getText()).contains("pg_dump");
        assertThat($(Button.class).withId("backup-now").exists()).isFalse();
    }

    @Test
    void in_french_too() {
        UI.getCurrent().setLocale(java.util.Locale.FRENCH);
        navigate(BackupsView.class);

        assertThat($(Paragraph.class).id("backup-unavailable").getText()).startsWith("Cette installation").contains("pg_dump");
    }

    @Test
    @WithMockUser(username = "editor", roles = {"EDITOR", "CHECKER", "VIEWER"})
    void no_one_but_an_administrator_opens_it() {
        UI.getCurrent().navigate("admin/backups");

        assertThat(getCurrentView()).isInstanceOf(AccessDeniedView.class);
    }
}
