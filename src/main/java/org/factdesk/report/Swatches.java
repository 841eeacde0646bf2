package org.factdesk.report;

import java.util.Locale;
import java.util.regex.Pattern;
import org.factdesk.rating.RatingItem;
import org.jsoup.nodes.Element;

/**
 * The rating scale's colours in a report: a verdict label on its colour with a legible text colour, bars, and the
 * pale tint that marks a claim in the article text.
 */
final class Swatches {

    static final String NEUTRAL = "#8e8e93";
    private static final Pattern HEX = Pattern.compile("#[0-9a-fA-F]{6}");

    private Swatches() {
    }

    /** The rating's label on its colour. */
    static Element chip(Element parent, RatingItem rating, Locale locale) {
        String colour = colour(rating);
        return parent.appendElement("span").addClass("chip").text(rating.label(locale))
                .attr("style", "background-color: " + colour + "; color: " + textOn(colour) + ";");
    }

    /** A grey label for a claim without a published verdict. */
    static Element neutralChip(Element parent, String text) {
        return parent.appendElement("span").addClass("chip").addClass("chip-none").text(text);
    }

    /** The scale validates colours as #rrggbb; anything else (never expected) is drawn grey, never copied into CSS. */
    static String colour(RatingItem rating) {
        return HEX.matcher(rating.colour()).matches() ? rating.colour().toLowerCase(Locale.ROOT) : NEUTRAL;
    }

    /** Black or white, whichever reads better on the colour (relative luminance, WCAG's formula). */
    static String textOn(String colour) {
        int[] rgb = rgb(colour);
        double luminance = 0.2126 * linear(rgb[0]) + 0.7152 * linear(rgb[1]) + 0.0722 * linear(rgb[2]);
        // Above 0.179 black text contrasts more than white.
        return luminance > 0.179 ? "#1c1c1e" : "#ffffff";
    }

    /** The colour mixed with white, {@code strength} 0 (white) to 1 (the colour itself). */
    static String tint(String colour, double strength) {
        int[] rgb = rgb(colour);
        StringBuilder mixed = new StringBuilder("#");
        for (int channel : rgb) {
            mixed.append(String.format(Locale.ROOT, "%02x", (int) Math.round(255 - (255 - channel) * strength)));
        }
        return mixed.toString();
    }

    private static int[] rgb(String colour) {
        int value = Integer.parseInt(colour.substring(1), 16);
        return new int[] {value >> 16 & 0xff, value >> 8 & 0xff, value & 0xff};
    }

    private static double linear(int channel) {
        double c = channel / 255.0;
        return c <= 0.03928 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
    }
}
