package org.factdesk.claim;

import org.factdesk.article.ArticleTextChanged;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Extracts the claims of a new article, and re-anchors the claims of an edited one, in the same transaction. */
@Component
class ArticleTextListener {

    private final ClaimCandidates candidates;

    ArticleTextListener(ClaimCandidates candidates) {
        this.candidates = candidates;
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
