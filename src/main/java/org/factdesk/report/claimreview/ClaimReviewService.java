package org.factdesk.report.claimreview;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.factdesk.article.ArticleService;
import org.factdesk.rating.RatingScaleService;
import org.factdesk.report.ReportQueryService;
import org.factdesk.report.ReportedClaim;
import org.factdesk.desk.DeskSettingsService;
import org.factdesk.security.AppRoles;
import org.jspecify.annotations.Nullable;
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

    /**
     * Page {@code page} (from 0) of {@code size} claims (1 to {@value #MAX_PAGE_SIZE}), in one consistent read, with
     * the count over all pages. Each page reads every change to find its place: {@link #approvedSinceAfter} does not.
     */
    @PreAuthorize(AppRoles.CAN_READ)
    @Transactional(readOnly = true)
    public ClaimReviewPage approvedSince(Instant since, int page, int size) {
        if (page < 0 || size < 1 || size > MAX_PAGE_SIZE) {
            throw new IllegalArgumentException("page " + page + ", size " + size);
        }
        long total = claims.countApprovedSince(since);
        return page(claims.approvedSince(since, page, size), (long) (page + 1) * size < total, total);
    }

    /**
     * The {@code size} claims (1 to {@value #MAX_PAGE_SIZE}) after the claim of id {@code after} (0 for the first
     * page), in one consistent read: every page costs about what the first does (issue 15). The first page also
     * counts the claims over all pages; the pages after it do not, as that count reads every change.
     */
    @PreAuthorize(AppRoles.CAN_READ)
    @Transactional(readOnly = true)
    public ClaimReviewPage approvedSinceAfter(Instant since, long after, int size) {
        if (after < 0 || size < 1 || size > MAX_PAGE_SIZE) {
            throw new IllegalArgumentException("after " + after + ", size " + size);
        }
        ReportQueryService.FeedPage found = claims.approvedSinceAfter(since, after, size + 1, after == 0);
        List<ReportedClaim> page = found.claims();
        return page(page.subList(0, Math.min(size, page.size())), page.size() > size, found.total());
    }

    private ClaimReviewPage page(List<ReportedClaim> found, boolean more, @Nullable Long total) {
        // The articles' titles, languages and addresses in one read, never their text.
        Map<Long, ClaimReviewArticle> byId = new HashMap<>();
        articles.summaries(found.stream().map(ReportedClaim::articleId).collect(Collectors.toSet()))
                .forEach((id, article) -> byId.put(id, ClaimReviewArticle.of(article)));
        ClaimReviewJson reviews = new ClaimReviewJson(desk.get(), ratings.all(), ratings.bounds());
        return new ClaimReviewPage(reviews, found, byId, more, total);
    }
}
