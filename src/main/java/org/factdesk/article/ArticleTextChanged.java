package org.factdesk.article;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * Published inside the transaction that imports an article ({@code imported} true) or changes its title or text, so
 * that claims can be extracted or re-anchored in the same transaction. The publication date is the date of the claims
 * the text attributes to someone ("…, Devlin said"), unless the sentence names its own.
 */
public record ArticleTextChanged(long articleId, String title, String body, String language, boolean imported,
                                 @Nullable LocalDate publishedOn) {
}
