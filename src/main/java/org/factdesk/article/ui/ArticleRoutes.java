package org.factdesk.article.ui;

/**
 * Addresses of article pages that other features own: the article page itself is the claim feature's workspace, so
 * the article feature links to it by address, never by class, and stays below {@code claim}.
 */
final class ArticleRoutes {

    private ArticleRoutes() {
    }

    static String workspace(long articleId) {
        return "articles/" + articleId;
    }
}
