package org.factdesk.extraction;

import java.util.List;
import java.util.Objects;

/**
 * A sentence or sub-heading of the title or body.
 *
 * @param start offset of the first character inside the title or the body (see {@code part})
 * @param end   offset just past the last character, so {@code text} equals {@code source.substring(start, end)}
 * @param score sum of the weights of {@code reasons}; 0 for headings
 */
public record Segment(TextPart part, int start, int end, String text, SegmentKind kind,
                      int score, List<Reason> reasons, boolean suggested) {

    public Segment {
        Objects.requireNonNull(part, "part");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(kind, "kind");
        reasons = List.copyOf(reasons);
        if (end - start != text.length()) {
            throw new IllegalArgumentException("Offsets [" + start + ", " + end + ") do not match the text");
        }
        if (kind == SegmentKind.HEADING && suggested) {
            throw new IllegalArgumentException("A heading is never suggested as a claim");
        }
    }

    /** True when {@code feature} is among the reasons. */
    public boolean has(Feature feature) {
        return reasons.stream().anyMatch(reason -> reason.feature() == feature);
    }
}
