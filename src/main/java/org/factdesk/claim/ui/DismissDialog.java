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

    private final RadioButtonGroup<DismissReason> reason;
    private final Consumer<DismissReason> dismiss;
    private boolean chosen;

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
        this.reason = reason;
        this.dismiss = dismiss;
        Button confirm = new Button(getTranslation("claim.dismiss"), click -> confirm());
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

    /**
     * Dismisses with the reason chosen, once: Enter may reach the dialog both through its button's shortcut and
     * through the workspace's keys (when the focus had not yet moved into the dialog), and a second dismissal would
     * be refused as a colleague's change.
     */
    void confirm() {
        if (chosen) {
            return;
        }
        chosen = true;
        close();
        dismiss.accept(reason.getValue() == null ? DismissReason.NOT_CHECK_WORTHY : reason.getValue());
    }
}
