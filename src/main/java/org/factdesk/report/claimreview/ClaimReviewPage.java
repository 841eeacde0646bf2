package org.factdesk.report.claimreview;

import java.util.List;
import java.util.Map;
import org.factdesk.report.ReportedClaim;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JsonGenerator;

/**
 * One page of the ClaimReview feed, read and ready to write: the page's approved claims (in the order of their ids),
 * the articles they come from, whether a next page has more, and how many claims match over all pages where that was
 * counted (on the first page; null on the pages after it, see {@link ClaimReviewService#approvedSinceAfter}).
 */
public record ClaimReviewPage(ClaimReviewJson reviews, List<ReportedClaim> claims,
                              Map<Long, ClaimReviewArticle> articles, boolean more, @Nullable Long total) {

    public ClaimReviewPage {
        claims = List.copyOf(claims);
        articles = Map.copyOf(articles);
    }

    /** Writes the page's ClaimReviews one after the other, into an array the caller has opened. */
    public void writeItems(JsonGenerator json) {
        for (ReportedClaim claim : claims) {
            ClaimReviewArticle article = articles.get(claim.articleId());
            if (article != null) {
                reviews.write(json, claim, article);
            }
        }
    }
}
