package org.factdesk.extraction;

/** A sentence can become a claim; a sub-heading is kept for context only and is never suggested. */
public enum SegmentKind {
    SENTENCE, HEADING
}
