package org.factdesk.security.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.PasswordField;
import jakarta.validation.ConstraintViolationException;
import java.util.Map;
import org.factdesk.base.RefusedException;
import org.factdesk.base.ui.FieldErrors;
import org.factdesk.base.ui.Notifications;
import org.factdesk.base.ui.PasswordFields;
import org.factdesk.security.UserData;
import org.factdesk.security.UserService;

/** The signed-in user changes their own password: the current one first, then the new one twice. */
class ChangePasswordDialog extends Dialog {

    private final PasswordField current = field("account.current-password", "current-password");
    private final PasswordField newPassword = field("account.new-password", "new-own-password");
    private final PasswordField repeat = field("account.repeat-password", "repeat-own-password");
    private final FieldErrors errors = new FieldErrors(this, Map.<String, HasValidation>of(
            "currentPassword", current, "newPassword", newPassword, "repeat", repeat));

    ChangePasswordDialog(UserService users, Runnable onChanged) {
        setHeaderTitle(getTranslation("account.change-password-title"));
        setId("change-password-dialog");
        newPassword.setHelperText(getTranslation("user.password-help", UserData.PASSWORD_MIN));
        FormLayout form = new FormLayout(current, newPassword, repeat);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        add(form);
        Button save = new Button(getTranslation("action.save"), click -> save(users, onChanged));
        save.setId("change-password-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("action.cancel"), click -> close()), save);
    }

    private PasswordField field(String labelKey, String id) {
        PasswordField field = PasswordFields.labelled(getTranslation(labelKey));
        field.setId(id);
        field.setMaxLength(UserData.PASSWORD_MAX);
        field.setWidthFull();
        return field;
    }

    private void save(UserService users, Runnable onChanged) {
        errors.clear();
        if (!newPassword.getValue().equals(repeat.getValue())) {
            errors.show("repeat", "account.error.repeat");
            return;
        }
        try {
            users.changeOwnPassword(current.getValue(), newPassword.getValue());
            Notifications.success(this, "account.password-changed");
            onChanged.run();
            close();
        } catch (ConstraintViolationException e) {
            errors.show(e).forEach(message -> Notifications.errorText(this, message));
        } catch (RefusedException e) {
            if (e.field() == null) {
                Notifications.error(this, e.key(), e.params());
            } else {
                errors.show(e.field(), e.key(), e.params());
            }
        }
    }
}
