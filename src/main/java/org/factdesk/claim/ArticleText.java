package org.factdesk.claim;

import org.factdesk.extraction.TextPart;

/** The text a claim's anchor points into: an article's title and body, and the language to read them in. */
record ArticleText(String title, String body, String language) {

    String of(TextPart part) {
        return part == TextPart.TITLE ? title : body;
    }
}
