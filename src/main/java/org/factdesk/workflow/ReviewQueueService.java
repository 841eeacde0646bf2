package org.factdesk.workflow;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.factdesk.article.ArticleDetails;
import org.factdesk.article.ArticleService;
import org.factdesk.claim.ClaimWorkflow;
import org.factdesk.security.AppRoles;
import org.factdesk.security.UserService;
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
        Map<Long, String> titles = new HashMap<>();
        Map<String, String> names = new HashMap<>();
        return claims.inReview(unsorted).stream().map(claim -> new ReviewItem(claim.id(), claim.statement(),
                claim.articleId(), titles.computeIfAbsent(claim.articleId(), id -> articles.find(id)
                        .map(ArticleDetails::title).orElse("")),
                claim.submittedBy() == null ? "" : names.computeIfAbsent(claim.submittedBy(), users::displayName),
                claim.submittedAt(), claim.ratingId())).toList();
    }

    @Transactional(readOnly = true)
    public long count() {
        return claims.countInReview();
    }
}
