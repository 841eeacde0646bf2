package org.factdesk.report.feed.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.textfield.TextField;
import jakarta.validation.ConstraintViolationException;
import java.util.Map;
import org.factdesk.base.RefusedException;
import org.factdesk.base.ui.FieldErrors;
import org.factdesk.report.feed.ApiFeedService;
import org.factdesk.report.feed.ApiTokenData;
import org.factdesk.report.feed.NewApiToken;

/**
 * Names and creates a token, then shows its text this one time with a way to copy it: the desk keeps only a
 * fingerprint, so a lost token is revoked and replaced, never shown again.
 */
class NewTokenDialog extends Dialog {

    private final TextField name = new TextField();
    private final FieldErrors errors = new FieldErrors(this, Map.of("name", name));

    NewTokenDialog(ApiFeedService feed, Runnable onCreated) {
        setId("token-dialog");
        setHeaderTitle(getTranslation("report.token.create"));
        setWidth("36rem");
        name.setLabel(getTranslation("report.token.name"));
        name.setHelperText(getTranslation("report.token.name-help"));
        name.setMaxLength(ApiTokenData.NAME_MAX);
        name.setId("token-name");
        name.setWidthFull();
        add(name);
        Button create = new Button(getTranslation("report.token.create-confirm"), click -> create(feed, onCreated));
        create.setId("token-create-confirm");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("action.cancel"), click -> close()), create);
    }

    private void create(ApiFeedService feed, Runnable onCreated) {
        errors.clear();
        try {
            NewApiToken token = feed.create(new ApiTokenData(name.getValue()));
            onCreated.run();
            showOnce(token);
        } catch (ConstraintViolationException e) {
            errors.show(e).forEach(Notification::show);
        } catch (RefusedException e) {
            errors.show(String.valueOf(e.field()), e.key(), e.params());
        }
    }

    private void showOnce(NewApiToken token) {
        removeAll();
        getFooter().removeAll();
        // A stray click must not lose the only view of the token.
        setCloseOnOutsideClick(false);
        setHeaderTitle(getTranslation("report.token.created-title", token.name()));
        TextField secret = new TextField(getTranslation("report.token.secret"));
        secret.setValue(token.secret());
        secret.setReadOnly(true);
        secret.setWidthFull();
        secret.setId("token-secret");
        Paragraph once = new Paragraph(getTranslation("report.token.shown-once"));
        once.setId("token-shown-once");
        add(once, secret);
        Button copy = new Button(getTranslation("report.token.copy"), click -> copy(token.secret()));
        copy.setId("token-copy");
        Button done = new Button(getTranslation("report.token.done"), click -> close());
        done.setId("token-done");
        done.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(copy, done);
    }

    /** A fixed script; the token is passed as a parameter. Browsers allow it on https and on localhost only. */
    private void copy(String secret) {
        getElement().executeJs("return navigator.clipboard.writeText($0)", secret).then(
                done -> Notification.show(getTranslation("report.token.copied")),
                failed -> Notification.show(getTranslation("report.token.copy-failed"))
                        .addThemeVariants(NotificationVariant.LUMO_WARNING));
    }
}
