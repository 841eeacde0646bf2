package org.factdesk.claim;

import org.factdesk.extraction.TextPart;
import org.factdesk.extraction.TextQuote;

/**
 * Where a claim sits in its article: the title or the body, character offsets inside it, and the exact quote with a
 * little context before and after (a W3C TextQuoteSelector), which survives edits of the article.
 */
public record Anchor(TextPart part, int start, int end, TextQuote quote) {

    public static Anchor of(TextPart part, String text, int start, int end) {
        return new Anchor(part, start, end, TextQuote.of(text, start, end));
    }

    public boolean overlaps(Anchor other) {
        return part == other.part && start < other.end && other.start < end;
    }
}
