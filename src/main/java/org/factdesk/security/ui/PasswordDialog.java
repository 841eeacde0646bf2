package org.factdesk.security.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.textfield.PasswordField;
import jakarta.validation.ConstraintViolationException;
import java.util.Map;
import org.factdesk.base.ui.FieldErrors;
import org.factdesk.base.ui.Notifications;
import org.factdesk.base.ui.PasswordFields;
import org.factdesk.security.UserData;
import org.factdesk.security.UserItem;
import org.factdesk.security.UserService;

/** Sets a new password for a user who forgot theirs. */
class PasswordDialog extends Dialog {

    PasswordDialog(UserService users, UserItem user, Runnable onSaved) {
        setHeaderTitle(getTranslation("user.reset-password-title", user.username()));
        setId("password-dialog");
        PasswordField password = PasswordFields.labelled(getTranslation("user.new-password"));
        password.setHelperText(getTranslation("user.password-help", UserData.PASSWORD_MIN));
        password.setId("new-password");
        password.setWidthFull();
        FieldErrors errors = new FieldErrors(this, Map.of("password", password));
        add(password);
        Button save = new Button(getTranslation("action.save"), click -> {
            try {
                users.resetPassword(user.id(), password.getValue());
                Notifications.success(this, "user.password-reset-done", user.username());
                onSaved.run();
                close();
            } catch (ConstraintViolationException e) {
                errors.show(e).forEach(message -> Notifications.errorText(this, message));
            }
        });
        save.setId("password-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("action.cancel"), click -> close()), save);
    }
}
