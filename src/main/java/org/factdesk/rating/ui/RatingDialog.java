package org.factdesk.rating.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import jakarta.validation.ConstraintViolationException;
import java.util.Map;
import org.factdesk.base.RefusedException;
import org.factdesk.base.ui.FieldErrors;
import org.factdesk.base.ui.Notifications;
import org.factdesk.rating.RatingData;
import org.factdesk.rating.RatingItem;
import org.factdesk.rating.RatingScaleService;
import org.jspecify.annotations.Nullable;

/** Creates a rating at the end of the scale, or edits one, naming the version it was read at. */
class RatingDialog extends Dialog {

    private final TextField labelEn = new TextField();
    private final TextField labelFr = new TextField();
    private final TextArea descriptionEn = new TextArea();
    private final TextArea descriptionFr = new TextArea();
    private final ColourField colour = new ColourField();
    private final IntegerField ratingValue = new IntegerField();
    private final FieldErrors errors;

    RatingDialog(RatingScaleService scale, @Nullable RatingItem existing, Runnable onSaved) {
        setId("rating-dialog");
        setHeaderTitle(getTranslation(existing == null ? "rating.create" : "rating.edit-title"));
        setWidth("min(44rem, 100%)");
        text(labelEn, "rating.label-en", "rating-label-en", RatingData.LABEL_MAX);
        text(labelFr, "rating.label-fr", "rating-label-fr", RatingData.LABEL_MAX);
        description(descriptionEn, "rating.description-en", "rating-description-en");
        description(descriptionFr, "rating.description-fr", "rating-description-fr");
        ratingValue.setLabel(getTranslation("rating.value"));
        ratingValue.setHelperText(getTranslation("rating.value-help", RatingData.VALUE_MIN, RatingData.VALUE_MAX));
        ratingValue.setMin(RatingData.VALUE_MIN);
        ratingValue.setMax(RatingData.VALUE_MAX);
        ratingValue.setStepButtonsVisible(true);
        ratingValue.setI18n(new IntegerField.IntegerFieldI18n()
                .setBadInputErrorMessage(getTranslation("rating.error.value"))
                .setMinErrorMessage(getTranslation("rating.error.value"))
                .setMaxErrorMessage(getTranslation("rating.error.value")));
        ratingValue.setId("rating-value");
        FormLayout form = new FormLayout(labelEn, labelFr, descriptionEn, descriptionFr, colour, ratingValue);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("30rem", 2));
        add(form);
        errors = new FieldErrors(this, Map.<String, HasValidation>of("labelEn", labelEn, "labelFr", labelFr,
                "descriptionEn", descriptionEn, "descriptionFr", descriptionFr, "colour", colour.field(),
                "ratingValue", ratingValue));
        if (existing != null) {
            labelEn.setValue(existing.labelEn());
            labelFr.setValue(existing.labelFr());
            descriptionEn.setValue(orEmpty(existing.descriptionEn()));
            descriptionFr.setValue(orEmpty(existing.descriptionFr()));
            colour.setValue(existing.colour());
            ratingValue.setValue(existing.ratingValue());
        }
        Button save = new Button(getTranslation("action.save"), click -> save(scale, existing, onSaved));
        save.setId("rating-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("action.cancel"), click -> close()), save);
    }

    private void text(TextField field, String labelKey, String id, int maxLength) {
        field.setLabel(getTranslation(labelKey));
        field.setMaxLength(maxLength);
        field.setRequiredIndicatorVisible(true);
        field.setId(id);
    }

    private void description(TextArea field, String labelKey, String id) {
        field.setLabel(getTranslation(labelKey));
        field.setMaxLength(RatingData.DESCRIPTION_MAX);
        field.setId(id);
    }

    private void save(RatingScaleService scale, @Nullable RatingItem existing, Runnable onSaved) {
        if (ratingValue.isInvalid() && ratingValue.getValue() == null) {
            // Text that is no number reaches the server as "no number": keep it from silently clearing the value.
            errors.show("ratingValue", "rating.error.value");
            return;
        }
        RatingData data = new RatingData(labelEn.getValue(), labelFr.getValue(), descriptionEn.getValue(),
                descriptionFr.getValue(), colour.getValue().strip(), ratingValue.getValue());
        try {
            if (existing == null) {
                scale.create(data);
            } else {
                scale.update(existing.id(), existing.version(), data);
            }
            Notifications.success(this, "rating.saved");
            onSaved.run();
            close();
        } catch (ConstraintViolationException e) {
            errors.show(e).forEach(message -> Notifications.errorText(this, message));
        } catch (RefusedException e) {
            errors.clear();
            if (e.field() == null) {
                Notifications.error(this, e.key(), e.params());
            } else {
                errors.show(e.field(), e.key(), e.params());
            }
        }
    }

    private static String orEmpty(@Nullable String text) {
        return text == null ? "" : text;
    }
}
