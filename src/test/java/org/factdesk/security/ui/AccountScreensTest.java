package org.factdesk.security.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.server.VaadinSession;
import java.time.Clock;
import java.time.Duration;
import java.sql.Timestamp;
import java.util.Locale;
import org.factdesk.security.SignOutNotice;
import org.factdesk.security.UserData;
import org.factdesk.security.UserItem;
import org.factdesk.security.UserService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithAnonymousUser;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.annotation.Transactional;

/** The accounts' screens: why the sign-in page refuses or signed one out, locks on the Users page, own password. */
@SpringBootTest
@Transactional
@ViewPackages(packages = "org.factdesk")
class AccountScreensTest extends SpringBrowserlessTest {

    @Autowired
    UserService users;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    Clock clock;

    private static String i18n(LoginForm form) {
        return String.valueOf(form.getElement().getPropertyRaw("i18n"));
    }

    private String lastNotification() {
        return test($(Notification.class).last()).getText();
    }

    private final UsersGrid usersGrid = new UsersGrid(this);

    private Grid<UserItem> grid() {
        return usersGrid.grid();
    }

    private int row(String username) {
        return usersGrid.row(username);
    }

    private Button rowButton(String username, String id) {
        return usersGrid.rowButton(username, id);
    }

    @Test
    @WithAnonymousUser
    void a_locked_sign_in_says_how_many_minutes_to_wait() {
        UI.getCurrent().navigate("login", QueryParameters.of("locked", "30"));

        LoginForm form = $(LoginForm.class).single();
        assertThat(form.isError()).isTrue();
        assertThat(i18n(form)).contains("\"title\":\"Too many failed sign-ins\"", "Try again in 30 minutes");
    }

    @Test
    @WithAnonymousUser
    void the_lock_message_speaks_french_and_says_one_minute_in_the_singular() {
        UI.getCurrent().setLocale(Locale.FRENCH);
        VaadinSession.getCurrent().setLocale(Locale.FRENCH);
        UI.getCurrent().navigate("login", QueryParameters.of("locked", "1"));

        assertThat(i18n($(LoginForm.class).single())).contains("Trop d’échecs de connexion",
                "Réessayez dans 1 minute,");
    }

    @Test
    @WithAnonymousUser
    void a_session_ended_by_an_administrator_is_explained_on_the_sign_in_page() {
        VaadinSession.getCurrent().getSession().setAttribute(SignOutNotice.ATTRIBUTE, SignOutNotice.DISABLED);

        UI.getCurrent().navigate("login");

        LoginForm form = $(LoginForm.class).single();
        assertThat(form.isError()).isTrue();
        assertThat(i18n(form)).contains("\"title\":\"You were signed out\"",
                "Your account was disabled by an administrator.");
    }

    @Test
    @WithMockUser(username = "admin", roles = "ADMIN")
    void an_admin_sees_a_locked_user_and_unlocks_them() {
        jdbc.update("insert into sign_in_lock (subject, locked_until, strikes) values ('user:editor', ?, 1)",
                Timestamp.from(clock.instant().plus(Duration.ofMinutes(15))));
        navigate(UserAdminView.class);

        assertThat(test(grid()).getCellText(row("editor"), 4)).isEqualTo("Active · locked for 15 min");
        assertThat(test(grid()).getCellText(row("checker"), 4)).isEqualTo("Active");
        test(rowButton("editor", "user-unlock-editor")).click();

        assertThat(lastNotification()).isEqualTo("editor can try to sign in again");
        assertThat(test(grid()).getCellText(row("editor"), 4)).isEqualTo("Active");
        assertThat($(Button.class).from(test(grid()).getCellComponent(row("editor"), 5))
                .withId("user-unlock-editor").exists()).isFalse();
    }

    @Test
    @WithMockUser(username = "admin", roles = "ADMIN")
    void an_edit_of_a_user_a_colleague_changed_meanwhile_is_refused_with_a_reload() {
        navigate(UserAdminView.class);
        UserItem viewer = test(grid()).getRow(row("viewer"));
        test(rowButton("viewer", "user-edit-viewer")).click();
        users.update(viewer.id(), viewer.version(), new UserData("Victor by a colleague", null, viewer.roles()));

        test($(TextField.class).id("user-display-name")).setValue("Victor by me");
        test($(Button.class).id("user-save")).click();

        assertThat($(Span.class).from($(Notification.class).last()).first().getText())
                .startsWith("Someone else changed this user since you opened it");
        test($(Button.class).id("user-reload")).click();
        assertThat($(Dialog.class).withId("user-dialog").exists()).isFalse();
        assertThat(test(grid()).getCellText(row("viewer"), 1)).isEqualTo("Victor by a colleague");
    }

    @Test
    @WithUserDetails("viewer")
    void a_demo_user_sees_the_banner_and_changes_their_password_from_the_header() {
        UI.getCurrent().navigate("articles");
        assertThat($(HorizontalLayout.class).id("demo-password-banner").isVisible()).isTrue();

        test($(Button.class).id("demo-password-change")).click();
        test($(PasswordField.class).id("current-password")).setValue("viewer-demo");
        test($(PasswordField.class).id("new-own-password")).setValue("viewer-own-secret-7");
        test($(PasswordField.class).id("repeat-own-password")).setValue("viewer-own-secret-7");
        test($(Button.class).id("change-password-save")).click();

        assertThat(lastNotification()).isEqualTo("Your password was changed; your other sessions were signed out");
        assertThat($(Dialog.class).withId("change-password-dialog").exists()).isFalse();
        assertThat($(HorizontalLayout.class).withId("demo-password-banner").exists()).as("hidden").isFalse();
        assertThat(users.hasDemoPassword()).isFalse();
    }

    @Test
    @WithUserDetails("editor")
    void the_dialog_marks_a_wrong_current_password_and_two_different_new_ones() {
        UI.getCurrent().navigate("articles");
        test($(Button.class).id("change-password")).click();

        test($(PasswordField.class).id("current-password")).setValue("editor-demo");
        test($(PasswordField.class).id("new-own-password")).setValue("editor-own-secret-7");
        test($(PasswordField.class).id("repeat-own-password")).setValue("editor-own-secret-8");
        test($(Button.class).id("change-password-save")).click();
        assertThat($(PasswordField.class).id("repeat-own-password").getErrorMessage())
                .isEqualTo("The two new passwords differ");

        test($(PasswordField.class).id("current-password")).setValue("not-it");
        test($(PasswordField.class).id("repeat-own-password")).setValue("editor-own-secret-7");
        test($(Button.class).id("change-password-save")).click();
        assertThat($(PasswordField.class).id("current-password").getErrorMessage())
                .isEqualTo("This is not your current password");

        test($(PasswordField.class).id("current-password")).setValue("editor-demo");
        test($(PasswordField.class).id("new-own-password")).setValue("password1234");
        test($(PasswordField.class).id("repeat-own-password")).setValue("password1234");
        test($(Button.class).id("change-password-save")).click();
        assertThat($(PasswordField.class).id("new-own-password").getErrorMessage())
                .isEqualTo("This password is one of the most common ones; choose another");
        assertThat($(Dialog.class).withId("change-password-dialog").exists()).isTrue();
        assertThat(users.hasDemoPassword()).as("nothing changed").isTrue();
    }

    @Test
    @WithMockUser(username = "admin", roles = "ADMIN")
    void once_the_demo_password_was_reset_the_banner_is_gone() {
        UI.getCurrent().navigate("admin/users");
        assertThat($(HorizontalLayout.class).id("demo-password-banner").isVisible()).as("admin-demo").isTrue();
        long admin = test(grid()).getRow(row("admin")).id();

        users.resetPassword(admin, "admin-own-secret-7");
        UI.getCurrent().getPage().reload();
        UI.getCurrent().navigate("admin/users");

        assertThat($(HorizontalLayout.class).withId("demo-password-banner").exists()).isFalse();
        assertThat($(Button.class).id("change-password").isVisible()).isTrue();
    }
}
