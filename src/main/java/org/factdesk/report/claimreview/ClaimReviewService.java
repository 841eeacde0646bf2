package org.factdesk.report.claimreview;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.factdesk.article.ArticleService;
import org.factdesk.rating.RatingScaleService;
import org.factdesk.report.ReportQueryService;
import org.factdesk.report.ReportedClaim;
import org.factdesk.desk.DeskSettingsService;
import org.factdesk.security.AppRoles;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads the ClaimReview feed's pages: approved claims whose ClaimReview changed since an instant (an approval, a
 * correction, or a change to the article, the rating or the desk it shows), in the order of their ids.
 */
@Service
public class ClaimReviewService {

    public static final int MAX_PAGE_SIZE = 100;

    private final ReportQueryService claims;
    private final ArticleService articles;
    private final RatingScaleService ratings;
    private final DeskSettingsService desk;

    ClaimReviewService(ReportQueryService claims, ArticleService articles, RatingScaleService ratings,
                       DeskSettingsService desk) {
        this.claims = claims;
        this.articles = articles;
        this.ratings = ratings;
        this.desk = desk;
    }

    /** Page {@code page} (from 0) of {@code size} claims (1 to {@value #MAX_PAGE_SIZE}), in one consistent read. */
    @PreAuthorize(AppRoles.CAN_READ)
    @Transactional(readOnly = true)
    public ClaimReviewPage approvedSince(Instant since, int page, int size) {
        if (page < 0 || size < 1 || size > MAX_PAGE_SIZE) {
            throw new IllegalArgumentException("page " + page + ", size " + size);
        }
        List<ReportedClaim> found = claims.approvedSince(since, page, size);
        Map<Long, ClaimReviewArticle> byId = new HashMap<>();
        for (ReportedClaim claim : found) {
            if (!byId.containsKey(claim.articleId())) {
                articles.find(claim.articleId()).map(ClaimReviewArticle::of)
                        .ifPresent(article -> byId.put(article.id(), article));
            }
        }
        ClaimReviewJson reviews = new ClaimReviewJson(desk.get(), ratings.all(), ratings.bounds());
        return new ClaimReviewPage(reviews, found, byId, claims.countApprovedSince(since));
    }
}
