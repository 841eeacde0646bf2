package org.factdesk.base.ui;

import com.vaadin.flow.component.textfield.PasswordField;
import java.util.Map;

/**
 * Password fields in the user's language. The button that shows the password is named "Show password" by Vaadin's
 * field whatever the page's language, and Flow's own i18n of the field does not reach it, so the field's client-side
 * texts are set here.
 */
public final class PasswordFields {

    private PasswordFields() {
    }

    /** A password field with a label, its reveal button named in the user's language. */
    public static PasswordField labelled(String label) {
        PasswordField field = new PasswordField(label);
        localize(field);
        return field;
    }

    public static void localize(PasswordField field) {
        field.getElement().setPropertyMap("i18n", Map.of("reveal", field.getTranslation("password.reveal")));
    }
}
