package org.factdesk.claim;

import java.time.LocalDate;
import org.factdesk.extraction.TextPart;
import org.jspecify.annotations.Nullable;

/**
 * The text a claim's anchor points into: an article's title and body, and the language to read them in; with its
 * publication date, the date of the claims its sentences attribute to someone.
 */
record ArticleText(String title, String body, String language, @Nullable LocalDate publishedOn) {

    String of(TextPart part) {
        return part == TextPart.TITLE ? title : body;
    }
}
