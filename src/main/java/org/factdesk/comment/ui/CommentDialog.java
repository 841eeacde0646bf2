package org.factdesk.comment.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.textfield.TextArea;
import jakarta.validation.ConstraintViolationException;
import java.util.function.Predicate;
import org.factdesk.comment.CommentService;

/**
 * Asks for the comment a review decision requires (why a claim goes back to research, why it is reopened) and runs
 * the decision with it; the dialog stays open when the decision is refused.
 */
public class CommentDialog extends Dialog {

    public CommentDialog(String titleKey, String fieldId, String confirmId, String confirmKey, Predicate<String> decide) {
        setHeaderTitle(getTranslation(titleKey));
        TextArea text = new TextArea(getTranslation("workflow.comment"));
        text.setId(fieldId);
        text.setWidth("28rem");
        text.setMaxLength(CommentService.BODY_MAX);
        text.setRequired(true);
        Button confirm = new Button(getTranslation(confirmKey));
        confirm.setId(confirmId);
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        confirm.setDisableOnClick(true);
        confirm.addClickListener(click -> {
            if (text.getValue().isBlank()) {
                text.setErrorMessage(getTranslation("workflow.error.comment-missing"));
                text.setInvalid(true);
                confirm.setEnabled(true);
                return;
            }
            try {
                if (decide.test(text.getValue().strip())) {
                    close();
                    return;
                }
            } catch (ConstraintViolationException e) {
                text.setErrorMessage(getTranslation("validation.too-long", CommentService.BODY_MAX));
                text.setInvalid(true);
            }
            confirm.setEnabled(true);
        });
        Button cancel = new Button(getTranslation("action.cancel"), click -> close());
        add(text);
        getFooter().add(cancel, confirm);
    }
}
