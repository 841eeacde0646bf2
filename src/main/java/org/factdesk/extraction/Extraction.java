package org.factdesk.extraction;

import java.util.List;
import java.util.Objects;

/**
 * The result of extracting an article: its language, how well that language is supported, and its segments,
 * title first, in reading order.
 */
public record Extraction(String language, LanguageSupport support, List<Segment> segments) {

    public Extraction {
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(support, "support");
        segments = List.copyOf(segments);
    }

    /** The segments that can become claims (headings left out). */
    public List<Segment> sentences() {
        return segments.stream().filter(segment -> segment.kind() == SegmentKind.SENTENCE).toList();
    }
}
