package org.factdesk.claim.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.radiobutton.RadioGroupVariant;
import java.util.function.Consumer;
import org.factdesk.claim.DismissReason;

/**
 * The reason picker the dismiss key opens, "Not check-worthy" chosen already: Enter dismisses, the arrow keys pick
 * another reason, Escape cancels.
 */
class DismissDialog extends Dialog {

    DismissDialog(int count, Consumer<DismissReason> dismiss) {
        setId("dismiss-dialog");
        setHeaderTitle(count == 1 ? getTranslation("triage.dismiss-one")
                : getTranslation("triage.dismiss-several", count));
        RadioButtonGroup<DismissReason> reason = new RadioButtonGroup<>(getTranslation("claim.dismiss-reason"));
        reason.setId("dismiss-dialog-reason");
        reason.addThemeVariants(RadioGroupVariant.LUMO_VERTICAL);
        reason.setItems(DismissReason.values());
        reason.setItemLabelGenerator(value -> getTranslation("claim.dismiss." + value.name()));
        reason.setValue(DismissReason.NOT_CHECK_WORTHY);
        reason.setRequired(true);
        add(reason);
        Button confirm = new Button(getTranslation("claim.dismiss"), click -> {
            close();
            dismiss.accept(reason.getValue() == null ? DismissReason.NOT_CHECK_WORTHY : reason.getValue());
        });
        confirm.setId("dismiss-dialog-confirm");
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ERROR);
        confirm.addClickShortcut(Key.ENTER).listenOn(this);
        Button cancel = new Button(getTranslation("triage.cancel"), click -> close());
        cancel.setId("dismiss-dialog-cancel");
        getFooter().add(cancel, confirm);
        addOpenedChangeListener(opened -> {
            if (opened.isOpened()) {
                // The radio group puts the focus on the chosen reason, so the arrow keys pick another at once.
                reason.getElement().callJsFunction("focus");
            }
        });
    }
}
