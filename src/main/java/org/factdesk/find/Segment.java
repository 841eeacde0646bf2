package org.factdesk.find;

/** A piece of a result's text; {@code match} when it is one of the words the search found. Shown as text, always. */
public record Segment(String text, boolean match) {
}
