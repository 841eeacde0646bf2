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

    /** Text colours a label may take: the reports' near-black, white, and pure black when neither reaches AA. */
    static final String DARK = "#1c1c1e";
    static final String WHITE = "#ffffff";
    static final String BLACK = "#000000";
    /** WCAG 2.2 AA for normal text (success criterion 1.4.3). */
    static final double AA = 4.5;

    /**
     * The text colour for a label on {@code colour}: the reports' near-black or white, whichever contrasts more; when
     * that is under 4.5:1 (mid-tones, where near-black falls short), pure black or white, one of which always
     * reaches 4.58:1 whatever colour an administrator chose.
     */
    static String textOn(String colour) {
        String usual = contrast(colour, DARK) >= contrast(colour, WHITE) ? DARK : WHITE;
        if (contrast(colour, usual) >= AA) {
            return usual;
        }
        return contrast(colour, BLACK) >= contrast(colour, WHITE) ? BLACK : WHITE;
    }

    /** WCAG's contrast ratio of two #rrggbb colours, from 1 (the same) to 21 (black on white). */
    static double contrast(String first, String second) {
        double a = luminance(first);
        double b = luminance(second);
        return (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
    }

    /** WCAG's relative luminance. */
    private static double luminance(String colour) {
        int[] rgb = rgb(colour);
        return 0.2126 * linear(rgb[0]) + 0.7152 * linear(rgb[1]) + 0.0722 * linear(rgb[2]);
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
