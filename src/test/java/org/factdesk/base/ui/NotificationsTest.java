package org.factdesk.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.transaction.annotation.Transactional;

/** Saving says so briefly; an error stays until dismissed or until an action succeeds; neither sits on the buttons. */
@SpringBootTest
@Transactional
@ViewPackages(packages = "org.factdesk")
@WithMockUser(username = "admin", roles = "ADMIN")
class NotificationsTest extends SpringBrowserlessTest {

    private List<Notification> open() {
        return $(Notification.class).all().stream().filter(Notification::isOpened).toList();
    }

    private Component page() {
        UI.getCurrent().navigate("admin/settings");
        return (Component) getCurrentView();
    }

    @Test
    void saving_the_desk_settings_says_so_briefly_at_the_bottom_in_the_middle() {
        page();

        test($(Button.class).id("settings-save")).click();

        Notification saved = open().getLast();
        assertThat(saved.getElement().getProperty("text")).isEqualTo("Settings saved");
        assertThat(saved.getDuration()).isEqualTo(Notifications.SUCCESS_MILLIS);
        assertThat(saved.getPosition()).isEqualTo(Notification.Position.BOTTOM_CENTER);
        assertThat(saved.getThemeNames()).contains(NotificationVariant.LUMO_SUCCESS.getVariantName());
    }

    @Test
    void an_error_stays_until_dismissed() {
        Component page = page();

        Notifications.error(page, "report.desk.failed");

        Notification error = open().getLast();
        assertThat(error.getDuration()).as("never closes by itself").isZero();
        assertThat(error.getPosition()).isEqualTo(Notification.Position.BOTTOM_CENTER);
        test($(Button.class).id("error-dismiss")).click();
        assertThat(error.isOpened()).isFalse();
    }

    @Test
    void an_old_error_goes_once_the_action_succeeds() {
        Component page = page();
        Notifications.error(page, "report.desk.failed");
        Notifications.errorText(page, "A refusal already in words");
        assertThat(open()).hasSize(2);

        test($(Button.class).id("settings-save")).click();

        assertThat(open()).singleElement().satisfies(left -> assertThat(left.getThemeNames())
                .contains(NotificationVariant.LUMO_SUCCESS.getVariantName()));
    }
}
