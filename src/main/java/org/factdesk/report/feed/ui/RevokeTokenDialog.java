package org.factdesk.report.feed.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import org.factdesk.report.feed.ApiTokenItem;

/** Asks before a token is revoked: the CMS using it is cut off at once, and a revoked token never works again. */
class RevokeTokenDialog extends Dialog {

    RevokeTokenDialog(ApiTokenItem token, Runnable onConfirmed) {
        setId("token-revoke-dialog");
        setHeaderTitle(getTranslation("report.token.revoke-title", token.name()));
        add(new Paragraph(getTranslation("report.token.revoke-question")));
        Button revoke = new Button(getTranslation("report.token.revoke"), click -> {
            close();
            onConfirmed.run();
        });
        revoke.setId("token-revoke-confirm");
        revoke.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ERROR);
        getFooter().add(new Button(getTranslation("action.cancel"), click -> close()), revoke);
    }
}
