package org.factdesk.report.desk;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.factdesk.article.ArticleService;
import org.factdesk.article.ArticleSummary;
import org.factdesk.report.ReportQueryService;
import org.factdesk.report.ReportedClaim;
import org.factdesk.report.ReportProgress;
import org.factdesk.security.UserService;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Reads a desk report's claims for its writers, one batch at a time: each batch's articles in one query, each
 * person's display name once per report. Checks for cancellation before every claim and reports progress after it.
 */
@Component
class DeskRows {

    private final ReportQueryService claims;
    private final ArticleService articles;
    private final UserService users;

    DeskRows(ReportQueryService claims, ArticleService articles, UserService users) {
        this.claims = claims;
        this.articles = articles;
        this.users = users;
    }

    /** Hands every claim of the report to {@code row}, oldest approval first; returns how many there were. */
    long forEach(DeskReport report, ReportProgress progress, Consumer<DeskRow> row) {
        Map<String, String> names = new HashMap<>();
        long[] done = {0};
        progress.checkCancelled();
        claims.forEachApprovedBatch(report.filter(), batch -> {
            Set<Long> articleIds = batch.stream().map(ReportedClaim::articleId).collect(Collectors.toSet());
            Map<Long, ArticleSummary> summaries = articles.summaries(articleIds);
            for (ReportedClaim claim : batch) {
                progress.checkCancelled();
                ArticleSummary article = summaries.getOrDefault(claim.articleId(),
                        new ArticleSummary(claim.articleId(), "#" + claim.articleId(), null, null, null, ""));
                row.accept(new DeskRow(++done[0], claim, article, name(names, claim.checker()),
                        name(names, claim.approvedBy())));
                progress.claimWritten(done[0]);
            }
        });
        return done[0];
    }

    private String name(Map<String, String> names, @Nullable String username) {
        return username == null ? "" : names.computeIfAbsent(username, users::displayName);
    }
}
