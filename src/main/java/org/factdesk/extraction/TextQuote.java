package org.factdesk.extraction;

import java.util.Objects;

/**
 * A W3C Web Annotation TextQuoteSelector: the quoted words plus a little context on each side, so a claim can find
 * its place again after the article was edited (see {@link Anchoring}).
 */
public record TextQuote(String exact, String prefix, String suffix) {

    /** How much context is kept on each side: enough to tell repeated phrases apart, small enough to survive edits. */
    public static final int CONTEXT_LENGTH = 32;

    public TextQuote {
        Objects.requireNonNull(exact, "exact");
        Objects.requireNonNull(prefix, "prefix");
        Objects.requireNonNull(suffix, "suffix");
    }

    /** The quote of {@code text.substring(start, end)} with up to {@value #CONTEXT_LENGTH} characters around it. */
    public static TextQuote of(String text, int start, int end) {
        Objects.checkFromToIndex(start, end, text.length());
        int prefixStart = safeBoundary(text, Math.max(0, start - CONTEXT_LENGTH));
        int suffixEnd = safeBoundary(text, Math.min(text.length(), end + CONTEXT_LENGTH));
        return new TextQuote(text.substring(start, end), text.substring(prefixStart, start),
                text.substring(end, suffixEnd));
    }

    // Never cut a surrogate pair in half: the context is stored and shown, and half an emoji is not text.
    private static int safeBoundary(String text, int index) {
        if (index > 0 && index < text.length() && Character.isLowSurrogate(text.charAt(index))
                && Character.isHighSurrogate(text.charAt(index - 1))) {
            return index < text.length() / 2 ? index + 1 : index - 1;
        }
        return index;
    }
}
