package org.factdesk.desk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.textfield.TextField;
import org.factdesk.base.ui.AccessDeniedView;
import org.factdesk.base.ui.LanguageField;
import org.factdesk.desk.DeskSettingsData;
import org.factdesk.desk.DeskSettingsService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.transaction.annotation.Transactional;

@SpringBootTest
@Transactional
@ViewPackages(packages = "org.factdesk")
@WithMockUser(username = "admin", roles = "ADMIN")
class DeskSettingsViewTest extends SpringBrowserlessTest {

    @Autowired
    DeskSettingsService settings;

    private TextField publicBaseUrl() {
        return $(TextField.class).id("settings-public-base-url");
    }

    @SuppressWarnings("unchecked")
    private ComboBox<String> timeZone() {
        return $(ComboBox.class).id("settings-time-zone");
    }

    private void save() {
        test($(Button.class).id("settings-save")).click();
    }

    @Test
    void an_admin_sees_the_current_settings() {
        navigate(DeskSettingsView.class);

        assertThat($(TextField.class).id("settings-desk-name").getValue()).isEqualTo("FactDesk");
        assertThat(publicBaseUrl().getValue()).isEqualTo("https://factcheck.example.org");
        assertThat(timeZone().getValue()).isEqualTo("Europe/Paris");
        assertThat($(LanguageField.class).id("settings-default-language").getValue()).isEqualTo("fr");
    }

    @Test
    void the_example_public_address_is_flagged_until_a_real_one_is_typed() {
        navigate(DeskSettingsView.class);
        Paragraph warning = $(Paragraph.class).id("settings-placeholder-warning");
        assertThat(warning.isVisible()).as("a new desk still has the example address").isTrue();
        assertThat(warning.getText()).contains("still the example address");

        test($(TextField.class).id("settings-public-base-url")).setValue("https://verif.example.fr");

        assertThat(warning.isVisible()).isFalse();
    }

    @Test
    void an_admin_saves_new_settings() {
        navigate(DeskSettingsView.class);

        test($(TextField.class).id("settings-desk-name")).setValue("North Desk");
        test(publicBaseUrl()).setValue("https://north.example.com");
        test(timeZone()).selectItem("America/Montreal");
        save();

        assertThat(settings.get()).isEqualTo(new DeskSettingsData("North Desk", "https://north.example.com",
                "America/Montreal", "fr"));
        assertThat(test($(Notification.class).last()).getText()).isEqualTo("Settings saved");
    }

    @Test
    void an_invalid_url_marks_the_field_and_saves_nothing() {
        navigate(DeskSettingsView.class);

        test($(TextField.class).id("settings-desk-name")).setValue("North Desk");
        test(publicBaseUrl()).setValue("javascript:alert(1)");
        save();

        assertThat(publicBaseUrl().isInvalid()).isTrue();
        assertThat(publicBaseUrl().getErrorMessage()).isEqualTo("Enter a web address starting with http:// or https://");
        assertThat(publicBaseUrl().getValue()).isEqualTo("javascript:alert(1)");
        assertThat(settings.get().deskName()).isEqualTo("FactDesk");
    }

    @Test
    void a_cleared_time_zone_and_name_are_marked_as_required() {
        navigate(DeskSettingsView.class);

        test($(TextField.class).id("settings-desk-name")).setValue("");
        timeZone().clear();
        save();

        assertThat($(TextField.class).id("settings-desk-name").getErrorMessage()).isEqualTo("Required");
        assertThat(timeZone().isInvalid()).isTrue();
        assertThat(timeZone().getErrorMessage()).isEqualTo("Required");
    }

    @Test
    @WithMockUser(username = "editor", roles = "EDITOR")
    void an_editor_cannot_open_the_settings() {
        UI.getCurrent().navigate("admin/settings");

        assertThat(getCurrentView()).isInstanceOf(AccessDeniedView.class);
    }

    @Test
    @WithMockUser(username = "checker", roles = "CHECKER")
    void a_checker_cannot_open_the_settings() {
        UI.getCurrent().navigate("admin/settings");

        assertThat(getCurrentView()).isInstanceOf(AccessDeniedView.class);
    }

    @Test
    @WithMockUser(username = "viewer", roles = "VIEWER")
    void a_viewer_cannot_open_the_settings() {
        UI.getCurrent().navigate("admin/settings");

        assertThat(getCurrentView()).isInstanceOf(AccessDeniedView.class);
        assertThat($(TextField.class).withId("settings-public-base-url").exists()).isFalse();
    }

    @Test
    void a_save_over_a_colleagues_newer_settings_is_refused_and_reload_shows_theirs() {
        navigate(DeskSettingsView.class);
        settings.update(settings.edit().version(), new DeskSettingsData("Colleague's desk",
                "https://colleague.example.org", "Europe/Paris", "fr"));

        test($(TextField.class).id("settings-desk-name")).setValue("My desk");
        save();

        assertThat($(Span.class).from($(Notification.class).last()).first().getText())
                .startsWith("Someone else changed the settings since you opened them");
        assertThat(settings.get().deskName()).isEqualTo("Colleague's desk");
        test($(Button.class).id("settings-reload")).click();
        assertThat($(TextField.class).id("settings-desk-name").getValue()).isEqualTo("Colleague's desk");
        assertThat(publicBaseUrl().getValue()).isEqualTo("https://colleague.example.org");

        test($(TextField.class).id("settings-desk-name")).setValue("My desk");
        save();
        assertThat(settings.get().deskName()).as("saved over the version now shown").isEqualTo("My desk");
    }

    @Test
    void two_saves_in_a_row_from_the_same_page_both_go_through() {
        navigate(DeskSettingsView.class);

        test($(TextField.class).id("settings-desk-name")).setValue("First");
        save();
        test($(TextField.class).id("settings-desk-name")).setValue("Second");
        save();

        assertThat(settings.get().deskName()).isEqualTo("Second");
    }
}
