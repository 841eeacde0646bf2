package org.factdesk.workflow.ui;

import com.vaadin.flow.component.html.Anchor;
import java.util.regex.Pattern;
import org.factdesk.base.ui.Links;
import org.factdesk.base.ui.Markup;
import org.jsoup.nodes.Element;
import org.jspecify.annotations.Nullable;

/**
 * Bar charts in plain CSS: one row per value, a label, a bar as wide as its share of the largest value, and the
 * number as a link to the claims it counts. A chart is one read-only block ({@link Markup}): its rows are markup, not
 * components, so the dashboard is a few dozen elements for Vaadin to keep and to replace, not hundreds. Colours are
 * used only when they are {@code #rrggbb}.
 */
final class Bars {

    private static final Pattern COLOUR = Pattern.compile("#[0-9a-fA-F]{6}");

    private Bars() {
    }

    /** An empty chart, to add {@link #row}s to and to show with {@link Markup#html}. */
    static Element chart() {
        return Markup.block("div", "fd-bars");
    }

    static void row(Element chart, String id, String label, long value, long max, String link, @Nullable String colour,
                    String barClass) {
        Element row = chart.appendElement("div").addClass("fd-bar-row");
        Markup.text(row, "span", label);
        Element bar = row.appendElement("div").addClass("fd-bar-track").appendElement("div").addClass("fd-bar")
                .addClass(barClass);
        long percent = max == 0 ? 0 : Math.round(100.0 * value / max);
        String style = "width: " + percent + "%";
        if (value == 0) {
            bar.addClass("fd-bar-zero"); // no coloured stub: nothing to show is shown as nothing
        }
        if (colour != null && COLOUR.matcher(colour).matches()) {
            style += "; background-color: " + colour;
        }
        bar.attr("style", style);
        number(row, id, value, link);
    }

    /** A figure as a link inside a block. */
    static Element number(Element parent, String id, long value, String link) {
        return Markup.routerLink(parent, link, Long.toString(value)).id(id).addClass("fd-stat-number");
    }

    /** A figure on its own, as a component. */
    static Anchor number(String id, long value, String link) {
        Anchor number = Links.to(link, Long.toString(value));
        number.setId(id);
        number.addClassName("fd-stat-number");
        return number;
    }
}
