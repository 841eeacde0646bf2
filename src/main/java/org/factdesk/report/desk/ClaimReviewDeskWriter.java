package org.factdesk.report.desk;

import java.io.OutputStream;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.factdesk.article.ArticleService;
import org.factdesk.report.ReportQueryService;
import org.factdesk.report.ReportedClaim;
import org.factdesk.report.claimreview.ClaimReviewArticle;
import org.factdesk.report.claimreview.ClaimReviewJson;
import org.factdesk.report.ReportFormat;
import org.factdesk.report.ReportProgress;
import org.springframework.stereotype.Component;
import tools.jackson.core.JsonGenerator;

/**
 * The desk's ClaimReview export: a JSON array of every approved claim in the range, written while the claims are
 * read, oldest approval first. It keeps one small record per article, never an article's text.
 */
@Component
class ClaimReviewDeskWriter implements DeskReportWriter {

    private final ReportQueryService claims;
    private final ArticleService articles;

    ClaimReviewDeskWriter(ReportQueryService claims, ArticleService articles) {
        this.claims = claims;
        this.articles = articles;
    }

    @Override
    public ReportFormat format() {
        return ReportFormat.CLAIM_REVIEW;
    }

    @Override
    public void write(DeskReport report, OutputStream out, ReportProgress progress) {
        ClaimReviewJson reviews = new ClaimReviewJson(report.desk(), report.scale(), report.bounds());
        Map<Long, ClaimReviewArticle> seen = new HashMap<>();
        long[] written = {0};
        try (JsonGenerator json = ClaimReviewJson.indented(out)) {
            json.writeStartArray();
            claims.forEachApproved(report.filter(), claim -> {
                progress.checkCancelled();
                article(seen, claim).ifPresent(article -> reviews.write(json, claim, article));
                progress.claimWritten(++written[0]);
            });
            json.writeEndArray();
        }
    }

    /** Empty when the article is gone (deleted while the export ran): its claims are left out. */
    private Optional<ClaimReviewArticle> article(Map<Long, ClaimReviewArticle> seen, ReportedClaim claim) {
        ClaimReviewArticle known = seen.get(claim.articleId());
        if (known != null) {
            return Optional.of(known);
        }
        Optional<ClaimReviewArticle> found = articles.find(claim.articleId()).map(ClaimReviewArticle::of);
        found.ifPresent(article -> seen.put(article.id(), article));
        return found;
    }
}
