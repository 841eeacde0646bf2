package org.factdesk.rating.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import java.util.Locale;
import org.factdesk.rating.RatingItem;

/** Asks before a rating is deleted for good; retiring is the undoable alternative. */
class RatingDeleteDialog extends Dialog {

    RatingDeleteDialog(RatingItem rating, Locale locale, Runnable onConfirmed) {
        setId("rating-delete-dialog");
        setHeaderTitle(getTranslation("rating.delete-title", rating.label(locale)));
        add(new Paragraph(getTranslation("rating.delete-question")));
        Button delete = new Button(getTranslation("rating.delete"), click -> {
            close();
            onConfirmed.run();
        });
        delete.setId("rating-delete-confirm");
        delete.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ERROR);
        getFooter().add(new Button(getTranslation("action.cancel"), click -> close()), delete);
    }
}
