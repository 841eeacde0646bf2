package org.factdesk.report.desk;

import java.io.OutputStream;
import java.util.Map;
import java.util.stream.Collectors;
import org.factdesk.article.ArticleService;
import org.factdesk.article.ArticleSummary;
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
 * read, oldest approval first. It reads each batch's articles as small records, never an article's text.
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
        long[] written = {0};
        try (JsonGenerator json = ClaimReviewJson.indented(out)) {
            json.writeStartArray();
            claims.forEachApprovedBatch(report.filter(), batch -> {
                // The batch's articles in one read, without their text. An article deleted while the export ran is
                // not found: its claims are left out.
                Map<Long, ArticleSummary> known = articles.summaries(
                        batch.stream().map(ReportedClaim::articleId).collect(Collectors.toSet()));
                for (ReportedClaim claim : batch) {
                    progress.checkCancelled();
                    ArticleSummary article = known.get(claim.articleId());
                    if (article != null) {
                        reviews.write(json, claim, ClaimReviewArticle.of(article));
                    }
                    progress.claimWritten(++written[0]);
                }
            });
            json.writeEndArray();
        }
    }
}
