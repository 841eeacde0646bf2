package org.factdesk.workflow.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.util.regex.Pattern;
import org.factdesk.base.ui.Links;
import org.jspecify.annotations.Nullable;

/**
 * Bar charts in plain CSS: one row per value, a label, a bar as wide as its share of the largest value, and the
 * number as a link to the claims it counts. Colours are used only when they are {@code #rrggbb}.
 */
final class Bars {

    private static final Pattern COLOUR = Pattern.compile("#[0-9a-fA-F]{6}");

    private Bars() {
    }

    static Div row(String id, String label, long value, long max, String link, @Nullable String colour,
                   String barClass) {
        Div bar = new Div();
        bar.addClassNames("fd-bar", barClass);
        long percent = max == 0 ? 0 : Math.round(100.0 * value / max);
        bar.getStyle().set("width", percent + "%");
        if (value == 0) {
            bar.addClassName("fd-bar-zero"); // no coloured stub: nothing to show is shown as nothing
        }
        if (colour != null && COLOUR.matcher(colour).matches()) {
            bar.getStyle().set("background-color", colour);
        }
        Div track = new Div(bar);
        track.addClassName("fd-bar-track");
        Div row = new Div(new Span(label), track, number(id, value, link));
        row.addClassName("fd-bar-row");
        return row;
    }

    static Anchor number(String id, long value, String link) {
        Anchor number = Links.to(link, Long.toString(value));
        number.setId(id);
        number.addClassName("fd-stat-number");
        return number;
    }
}
