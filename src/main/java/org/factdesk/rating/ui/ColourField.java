package org.factdesk.rating.ui;

import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.dom.Element;
import java.util.Locale;
import org.factdesk.rating.RatingData;

/**
 * A colour as {@code #rrggbb}: typed into a text field, or chosen with the browser's own colour picker, with a
 * swatch showing the colour as soon as it is valid.
 */
class ColourField extends HorizontalLayout {

    private final TextField field = new TextField();
    private final Span swatch = RatingBadge.swatch("transparent");
    private final Element picker = new Element("input");

    ColourField() {
        setAlignItems(FlexComponent.Alignment.BASELINE);
        setSpacing(true);
        field.setLabel(getTranslation("rating.colour"));
        field.setPlaceholder("#rrggbb");
        field.setPattern(RatingData.COLOUR_PATTERN);
        field.setI18n(new TextField.TextFieldI18n().setPatternErrorMessage(getTranslation("rating.error.colour")));
        field.setMaxLength(7);
        field.setRequiredIndicatorVisible(true);
        field.setId("rating-colour");
        field.addValueChangeListener(event -> showColour(event.getValue()));
        picker.setAttribute("type", "color");
        picker.setAttribute("aria-label", getTranslation("rating.colour-picker"));
        picker.setAttribute("title", getTranslation("rating.colour-picker"));
        picker.setProperty("value", "#000000");
        picker.addPropertyChangeListener("value", "change", event -> field.setValue(String.valueOf(event.getValue())));
        Span pickerHolder = new Span();
        pickerHolder.getElement().appendChild(picker);
        add(field, swatch, pickerHolder);
    }

    TextField field() {
        return field;
    }

    String getValue() {
        return field.getValue();
    }

    void setValue(String colour) {
        field.setValue(colour);
    }

    private void showColour(String value) {
        String colour = value.strip().toLowerCase(Locale.ROOT);
        if (colour.matches(RatingData.COLOUR_PATTERN)) {
            // Only a checked #rrggbb reaches the style attribute.
            swatch.getStyle().set("background-color", colour);
            swatch.setTitle(colour);
            picker.setProperty("value", colour);
        } else {
            swatch.getStyle().set("background-color", "transparent");
            swatch.setTitle("");
        }
    }
}
