package org.factdesk.article;

/**
 * Published inside the transaction that imports an article ({@code imported} true) or changes its title or text, so
 * that claims can be extracted or re-anchored in the same transaction.
 */
public record ArticleTextChanged(long articleId, String title, String body, String language, boolean imported) {
}
