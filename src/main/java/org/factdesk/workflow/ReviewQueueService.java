package org.factdesk.workflow;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.factdesk.article.ArticleSummary;
import org.factdesk.article.ArticleService;
import org.factdesk.claim.ClaimWorkflow;
import org.factdesk.security.AppRoles;
import org.factdesk.security.UserService;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The editors' review queue: claims waiting in review across all articles, the oldest submission first. */
@Service
@PreAuthorize(AppRoles.IS_EDITOR)
public class ReviewQueueService {

    private final ClaimWorkflow claims;
    private final ArticleService articles;
    private final UserService users;

    ReviewQueueService(ClaimWorkflow claims, ArticleService articles, UserService users) {
        this.claims = claims;
        this.articles = articles;
        this.users = users;
    }

    /** One page of the queue; the page's own sort is ignored: the queue is always the oldest submission first. */
    @Transactional(readOnly = true)
    public List<ReviewItem> list(Pageable page) {
        Pageable unsorted = PageRequest.of(page.getPageNumber(), page.getPageSize());
        return items(claims.inReview(unsorted));
    }

    /**
     * Up to {@code limit} claims of the queue after {@code after} (from the top when null): a seek through the
     * queue's index, which costs the same on the first page and the last (issue 15, decision 017).
     */
    @Transactional(readOnly = true)
    public List<ReviewItem> listAfter(ClaimWorkflow.@Nullable ReviewKey after, int limit) {
        return items(claims.inReviewAfter(after, limit));
    }

    /** The key of the {@code rows}-th claim of the queue after {@code after}: where a jump seeks from. */
    @Transactional(readOnly = true)
    public Optional<ClaimWorkflow.ReviewKey> keyAfter(ClaimWorkflow.@Nullable ReviewKey after, int rows) {
        return claims.reviewKeyAfter(after, rows);
    }

    /** Exact below {@code limit}, {@code limit} at and above it. */
    @Transactional(readOnly = true)
    public long countUpTo(int limit) {
        return claims.countInReviewUpTo(limit);
    }

    private List<ReviewItem> items(List<ClaimWorkflow.InReview> waiting) {
        // Titles only, in one statement: never the articles' text (issue 15).
        Map<Long, ArticleSummary> summaries = articles.summaries(
                waiting.stream().map(ClaimWorkflow.InReview::articleId).collect(Collectors.toSet()));
        Map<String, String> names = new HashMap<>();
        return waiting.stream().map(claim -> new ReviewItem(claim.id(), claim.statement(), claim.articleId(),
                title(summaries, claim.articleId()),
                claim.submittedBy() == null ? "" : names.computeIfAbsent(claim.submittedBy(), users::displayName),
                claim.submittedAt(), claim.ratingId())).toList();
    }

    private static String title(Map<Long, ArticleSummary> summaries, long articleId) {
        ArticleSummary summary = summaries.get(articleId);
        return summary == null ? "" : summary.title();
    }
}
