package org.factdesk.library;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.factdesk.article.ArticleService;
import org.factdesk.claim.ClaimChanged;
import org.factdesk.claim.ClaimStatus;
import org.factdesk.report.ReportQueryService;
import org.factdesk.report.ReportedClaim;
import org.factdesk.desk.DeskSettingsService;
import org.factdesk.rating.RatingScaleService;
import org.factdesk.report.claimreview.ClaimReviewArticle;
import org.factdesk.report.claimreview.ClaimReviewJson;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import tools.jackson.core.JsonGenerator;

/**
 * The desk's own verdicts in the library: a claim enters when it is approved (its ClaimReview as the feed publishes
 * it: the statement, the verdict's label, the desk as publisher, the day of approval, its link on the public base
 * URL) and leaves when it is reopened, until approved again. It runs in the approval's transaction, as the approver.
 */
@Component
class DeskEntries {

    private final ReportQueryService claims;
    private final ArticleService articles;
    private final RatingScaleService ratings;
    private final DeskSettingsService desk;
    private final LibraryStore store;

    DeskEntries(ReportQueryService claims, ArticleService articles, RatingScaleService ratings,
                DeskSettingsService desk, LibraryStore store) {
        this.claims = claims;
        this.articles = articles;
        this.ratings = ratings;
        this.desk = desk;
        this.store = store;
    }

    @EventListener
    void on(ClaimChanged change) {
        if (!"claim.status".equals(change.action())) {
            return;
        }
        if (!ClaimStatus.APPROVED.name().equals(change.after())) {
            store.removeDeskClaim(change.claimId());
            return;
        }
        ReportedClaim claim = claims.article(change.articleId(), false).stream()
                .filter(one -> one.id() == change.claimId()).findFirst().orElse(null);
        ClaimReviewArticle article = articles.find(change.articleId()).map(ClaimReviewArticle::of).orElse(null);
        if (claim == null || article == null) {
            return;
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (JsonGenerator json = ClaimReviewJson.compact(out)) {
            new ClaimReviewJson(desk.get(), ratings.all(), ratings.bounds()).write(json, claim, article);
        }
        List<ImportRow> rows = ClaimReviewReader.read(out.toString(StandardCharsets.UTF_8), 1).rows();
        if (!rows.isEmpty() && rows.getFirst().data() != null) {
            store.saveDeskClaim(change.claimId(), rows.getFirst().data());
        }
    }
}
