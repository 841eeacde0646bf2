package org.factdesk.claim;

import org.factdesk.article.ArticleLanguageChanged;
import org.factdesk.article.ArticleTextChanged;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Extracts the claims of a new article, re-anchors the claims of an edited one, and gives them the article's new
 * language (so the index reads them with its analysis), in the same transaction.
 */
@Component
class ArticleTextListener {

    private final ClaimCandidates candidates;
    private final ClaimRepository claims;

    ArticleTextListener(ClaimCandidates candidates, ClaimRepository claims) {
        this.candidates = candidates;
        this.claims = claims;
    }

    @EventListener
    void on(ArticleLanguageChanged event) {
        claims.findInArticleOrder(event.articleId()).forEach(claim -> claim.speak(event.language()));
    }

    @EventListener
    void on(ArticleTextChanged event) {
        ArticleText text = new ArticleText(event.title(), event.body(), event.language(), event.publishedOn());
        if (event.imported()) {
            candidates.createAll(event.articleId(), text);
        } else {
            candidates.reanchorAll(event.articleId(), text);
        }
    }
}
