package org.factdesk.article;

/**
 * Published in the transaction of an edit that changed the article's language: its claims follow it, and are indexed
 * again with the new language's analysis.
 */
public record ArticleLanguageChanged(long articleId, String language) {
}
