package org.factdesk.rating.ui;

import com.vaadin.flow.component.html.Span;
import java.util.Locale;
import org.factdesk.rating.RatingItem;

/**
 * A rating's label in the user's language, marked with the rating's colour as a thick left border, so the text
 * stays on the normal background and readable whatever colour the administrator chose.
 */
class RatingBadge extends Span {

    RatingBadge(RatingItem rating, Locale locale) {
        super(rating.label(locale));
        addClassName("fd-rating-badge");
        // The colour is validated as #rrggbb by the service, so it cannot carry anything else into the style.
        getStyle().set("border-left", "0.35em solid " + rating.colour())
                .set("padding", "0.1em 0.5em")
                .set("border-radius", "var(--lumo-border-radius-s)")
                .set("background-color", "var(--lumo-contrast-5pct)")
                .set("font-weight", "500")
                .set("white-space", "nowrap");
        String description = rating.description(locale);
        if (description != null) {
            setTitle(description);
        }
    }

    /** A small square of the rating's colour, for lists and forms. */
    static Span swatch(String colour) {
        Span swatch = new Span();
        swatch.addClassName("fd-rating-swatch");
        swatch.getStyle().set("display", "inline-block").set("width", "1.25em").set("height", "1.25em")
                .set("border-radius", "var(--lumo-border-radius-s)")
                .set("border", "1px solid var(--lumo-contrast-20pct)")
                .set("vertical-align", "middle")
                .set("background-color", colour);
        swatch.setTitle(colour);
        return swatch;
    }
}
