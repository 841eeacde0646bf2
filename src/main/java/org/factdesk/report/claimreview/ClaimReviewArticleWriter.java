package org.factdesk.report.claimreview;

import java.io.OutputStream;
import org.factdesk.report.ArticleReport;
import org.factdesk.report.ArticleReportWriter;
import org.factdesk.report.ReportFormat;
import org.springframework.stereotype.Component;
import tools.jackson.core.JsonGenerator;

/**
 * The article's ClaimReview download: a JSON array with one ClaimReview per approved claim, in article order. Claims
 * in progress, even when the report includes them, are never published.
 */
@Component
class ClaimReviewArticleWriter implements ArticleReportWriter {

    @Override
    public ReportFormat format() {
        return ReportFormat.CLAIM_REVIEW;
    }

    @Override
    public void write(ArticleReport report, OutputStream out) {
        ClaimReviewJson reviews = new ClaimReviewJson(report.desk(), report.scale(), report.bounds());
        ClaimReviewArticle article = ClaimReviewArticle.of(report.article());
        try (JsonGenerator json = ClaimReviewJson.indented(out)) {
            json.writeStartArray();
            report.claims().stream().map(ArticleReport.Numbered::claim).filter(claim -> claim.approved())
                    .forEach(claim -> reviews.write(json, claim, article));
            json.writeEndArray();
        }
    }
}
