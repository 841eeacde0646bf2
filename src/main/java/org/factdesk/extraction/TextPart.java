package org.factdesk.extraction;

/** Which field of the article a segment's offsets refer to. */
public enum TextPart {
    TITLE, BODY
}
