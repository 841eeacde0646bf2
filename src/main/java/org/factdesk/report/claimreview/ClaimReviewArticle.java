package org.factdesk.report.claimreview;

import java.time.LocalDate;
import org.factdesk.article.ArticleDetails;
import org.factdesk.article.ArticleSummary;
import org.jspecify.annotations.Nullable;

/**
 * What a ClaimReview says about the article a claim appeared in: the desk's address for it ({@code id}), its language
 * and where the outlet published it. Small on purpose: desk-wide exports keep one per article, never the body.
 */
public record ClaimReviewArticle(long id, String title, String language, @Nullable String url,
                                 @Nullable String outlet, @Nullable LocalDate publishedOn) {

    public static ClaimReviewArticle of(ArticleDetails article) {
        return new ClaimReviewArticle(article.id(), article.title(), article.language(), article.url(),
                article.outlet(), article.publishedOn());
    }

    /** From the article's summary, read without its text. */
    public static ClaimReviewArticle of(ArticleSummary article) {
        return new ClaimReviewArticle(article.id(), article.title(), article.language(), article.url(),
                article.outlet(), article.publishedOn());
    }
}
