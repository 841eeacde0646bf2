package org.factdesk.security.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import jakarta.validation.ConstraintViolationException;
import java.util.EnumSet;
import java.util.Map;
import org.factdesk.base.RefusedException;
import org.factdesk.base.ui.FieldErrors;
import org.factdesk.base.ui.Notifications;
import org.factdesk.base.ui.PasswordFields;
import org.factdesk.security.NewUserData;
import org.factdesk.security.Role;
import org.factdesk.security.UserData;
import org.factdesk.security.UserItem;
import org.factdesk.security.UserService;
import org.jspecify.annotations.Nullable;

/** Creates a user (with a first password) or edits an existing user's name, e-mail and roles. */
class UserDialog extends Dialog {

    private static final String STALE = "user.error.stale";

    private final TextField username = new TextField();
    private final TextField displayName = new TextField();
    private final EmailField email = new EmailField();
    private final PasswordField password = new PasswordField();
    private final CheckboxGroup<Role> roles = new CheckboxGroup<>();
    private final FieldErrors errors;

    UserDialog(UserService users, @Nullable UserItem existing, Runnable onSaved) {
        setHeaderTitle(getTranslation(existing == null ? "user.create" : "user.edit-title"));
        setId("user-dialog");
        username.setLabel(getTranslation("user.username"));
        username.setMaxLength(UserData.USERNAME_MAX);
        username.setId("user-username");
        displayName.setLabel(getTranslation("user.display-name"));
        displayName.setMaxLength(UserData.NAME_MAX);
        displayName.setId("user-display-name");
        email.setLabel(getTranslation("user.email"));
        email.setMaxLength(UserData.EMAIL_MAX);
        email.setId("user-email");
        password.setLabel(getTranslation("user.password"));
        PasswordFields.localize(password);
        password.setHelperText(getTranslation("user.password-help", UserData.PASSWORD_MIN));
        password.setMaxLength(UserData.PASSWORD_MAX);
        password.setId("user-password");
        roles.setLabel(getTranslation("user.roles"));
        roles.setItems(Role.values());
        roles.setItemLabelGenerator(role -> getTranslation("role." + role.name()));
        roles.setId("user-roles");
        FormLayout form = new FormLayout(username, displayName, email, password, roles);
        form.setColspan(roles, 2);
        add(form);
        errors = new FieldErrors(this, Map.<String, HasValidation>of("username", username, "displayName",
                displayName, "email", email, "password", password, "roles", roles));
        if (existing != null) {
            username.setValue(existing.username());
            username.setReadOnly(true);
            displayName.setValue(existing.displayName());
            email.setValue(existing.email() == null ? "" : existing.email());
            password.setVisible(false);
            roles.setValue(existing.roles());
        }
        Button save = new Button(getTranslation("action.save"), click -> save(users, existing, onSaved));
        save.setId("user-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("action.cancel"), click -> close()), save);
    }

    /**
     * A colleague changed the user since the dialog opened: nothing was overwritten; Reload closes the dialog and
     * shows the list as it now is, from where the user can be edited again.
     */
    private void staleUser(Runnable refresh) {
        Notification notification = new Notification();
        notification.addThemeVariants(NotificationVariant.LUMO_WARNING);
        notification.setDuration(0);
        Button reload = new Button(getTranslation("user.reload"), click -> {
            notification.close();
            close();
            refresh.run();
        });
        reload.setId("user-reload");
        reload.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        HorizontalLayout content = new HorizontalLayout(new Span(getTranslation(STALE)), reload);
        content.setAlignItems(FlexComponent.Alignment.CENTER);
        notification.add(content);
        notification.open();
    }

    private void save(UserService users, @Nullable UserItem existing, Runnable onSaved) {
        EnumSet<Role> chosen = roles.getValue().isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles.getValue());
        try {
            if (existing == null) {
                users.create(new NewUserData(username.getValue(), displayName.getValue(), email.getValue(),
                        password.getValue(), chosen));
            } else {
                users.update(existing.id(), existing.version(),
                        new UserData(displayName.getValue(), email.getValue(), chosen));
            }
            Notifications.success(this, "user.saved");
            onSaved.run();
            close();
        } catch (ConstraintViolationException e) {
            errors.show(e).forEach(message -> Notifications.errorText(this, message));
        } catch (RefusedException e) {
            if (STALE.equals(e.key())) {
                staleUser(onSaved);
            } else if (e.field() == null) {
                Notifications.error(this, e.key(), e.params());
            } else {
                errors.show(e.field(), e.key(), e.params());
            }
        }
    }
}
