package org.factdesk.security.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import org.factdesk.base.ui.AccessDeniedView;
import org.factdesk.security.Role;
import org.factdesk.security.UserItem;
import org.factdesk.security.UserService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.transaction.annotation.Transactional;

@SpringBootTest
@Transactional
@ViewPackages(packages = "org.factdesk")
@WithMockUser(username = "admin", roles = "ADMIN")
class UserAdminViewTest extends SpringBrowserlessTest {

    @Autowired
    UserService users;

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

    private UserItem stored(String username) {
        return users.list().stream().filter(user -> user.username().equals(username)).findFirst().orElseThrow();
    }

    @SuppressWarnings("unchecked")
    private void fillNewUser(String username) {
        test($(Button.class).id("user-create")).click();
        test($(TextField.class).id("user-username")).setValue(username);
        test($(TextField.class).id("user-display-name")).setValue("Jane Doe");
        test($(EmailField.class).id("user-email")).setValue("jane@example.org");
        test($(PasswordField.class).id("user-password")).setValue("correct-horse");
        test((CheckboxGroup<Role>) $(CheckboxGroup.class).id("user-roles")).selectItem("Fact-checker");
    }

    /** The last message's words: a success's text, or an error's message beside its Dismiss button. */
    private String lastNotification() {
        Notification last = $(Notification.class).last();
        String text = test(last).getText();
        return text != null && !text.isEmpty() ? text : last.getChildren().findFirst()
                .flatMap(content -> content.getChildren().findFirst()).map(first -> first.getElement().getText())
                .orElse("");
    }

    @Test
    void an_admin_sees_every_user_with_translated_roles() {
        navigate(UserAdminView.class);

        assertThat(test(grid()).size()).isEqualTo(4);
        assertThat(test(grid()).getCellText(row("checker"), 1)).isEqualTo("Chloé Checker");
        assertThat(test(grid()).getCellText(row("checker"), 3)).isEqualTo("Fact-checker");
    }

    @Test
    void an_admin_creates_a_user_through_the_dialog() {
        navigate(UserAdminView.class);

        fillNewUser("jane.doe");
        test($(Button.class).id("user-save")).click();

        assertThat($(Dialog.class).withId("user-dialog").exists()).as("the dialog closed").isFalse();
        assertThat(test(grid()).size()).isEqualTo(5);
        assertThat(test(grid()).getCellText(row("jane.doe"), 1)).isEqualTo("Jane Doe");
        assertThat(stored("jane.doe").roles()).containsExactly(Role.CHECKER);
        assertThat(lastNotification()).isEqualTo("User saved");
    }

    @Test
    void a_taken_username_is_marked_on_its_field_and_the_dialog_stays_open() {
        navigate(UserAdminView.class);

        fillNewUser("editor");
        test($(Button.class).id("user-save")).click();

        TextField username = $(TextField.class).id("user-username");
        assertThat(username.isInvalid()).isTrue();
        assertThat(username.getErrorMessage()).isEqualTo("This username is already taken");
        assertThat($(TextField.class).id("user-display-name").getValue()).isEqualTo("Jane Doe");
        assertThat($(Dialog.class).withId("user-dialog").exists()).isTrue();
    }

    @Test
    void a_too_short_password_is_marked_on_its_field() {
        navigate(UserAdminView.class);

        fillNewUser("jane.doe");
        test($(PasswordField.class).id("user-password")).setValue("short");
        test($(Button.class).id("user-save")).click();

        PasswordField password = $(PasswordField.class).id("user-password");
        assertThat(password.isInvalid()).isTrue();
        assertThat(password.getErrorMessage()).isEqualTo("Between 12 and 72 characters");
        assertThat(users.list()).extracting(UserItem::username).doesNotContain("jane.doe");
    }

    @Test
    void an_admin_edits_a_users_roles() {
        navigate(UserAdminView.class);

        test(rowButton("viewer", "user-edit-viewer")).click();
        assertThat($(TextField.class).id("user-username").isReadOnly()).isTrue();
        assertThat($(PasswordField.class).withId("user-password").exists()).as("hidden when editing").isFalse();
        @SuppressWarnings("unchecked")
        CheckboxGroup<Role> roles = $(CheckboxGroup.class).id("user-roles");
        test(roles).selectItem("Editor");
        test($(Button.class).id("user-save")).click();

        assertThat(stored("viewer").roles()).containsExactlyInAnyOrder(Role.VIEWER, Role.EDITOR);
    }

    @Test
    void an_admin_disables_another_user() {
        navigate(UserAdminView.class);

        test(rowButton("viewer", "user-toggle-viewer")).click();

        assertThat(stored("viewer").enabled()).isFalse();
        assertThat(lastNotification()).isEqualTo("viewer can no longer sign in");
        assertThat(test(grid()).getCellText(row("viewer"), 4)).isEqualTo("Disabled");
    }

    @Test
    void an_admin_trying_to_disable_themselves_is_told_why_not() {
        navigate(UserAdminView.class);

        test(rowButton("admin", "user-toggle-admin")).click();

        assertThat(stored("admin").enabled()).isTrue();
        assertThat(lastNotification()).isEqualTo("You cannot disable your own account");
    }

    @Test
    void an_admin_resets_a_password() {
        navigate(UserAdminView.class);

        test(rowButton("editor", "user-password-editor")).click();
        assertThat($(Dialog.class).id("password-dialog").getHeaderTitle()).isEqualTo("New password for editor");
        test($(PasswordField.class).id("new-password")).setValue("tiny");
        test($(Button.class).id("password-save")).click();
        assertThat($(PasswordField.class).id("new-password").isInvalid()).isTrue();

        test($(PasswordField.class).id("new-password")).setValue("a-new-secret");
        test($(Button.class).id("password-save")).click();

        assertThat($(Dialog.class).withId("password-dialog").exists()).isFalse();
        assertThat(lastNotification()).isEqualTo("The password of editor was changed");
    }

    @Test
    @WithMockUser(username = "editor", roles = "EDITOR")
    void an_editor_cannot_open_user_management() {
        UI.getCurrent().navigate("admin/users");

        assertThat(getCurrentView()).isInstanceOf(AccessDeniedView.class);
    }

    @Test
    @WithMockUser(username = "checker", roles = "CHECKER")
    void a_checker_cannot_open_user_management() {
        UI.getCurrent().navigate("admin/users");

        assertThat(getCurrentView()).isInstanceOf(AccessDeniedView.class);
    }

    @Test
    @WithMockUser(username = "viewer", roles = "VIEWER")
    void a_viewer_cannot_open_user_management() {
        UI.getCurrent().navigate("admin/users");

        assertThat(getCurrentView()).isInstanceOf(AccessDeniedView.class);
        assertThat($(Grid.class).withId("users-grid").exists()).isFalse();
    }
}
