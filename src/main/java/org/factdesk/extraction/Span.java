package org.factdesk.extraction;

/** A half-open range {@code [start, end)} of character offsets in a text. */
public record Span(int start, int end) {

    public Span {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("Invalid span [" + start + ", " + end + ")");
        }
    }

    public int length() {
        return end - start;
    }

    Span shift(int offset) {
        return new Span(start + offset, end + offset);
    }
}
