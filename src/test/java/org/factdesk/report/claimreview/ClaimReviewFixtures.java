package org.factdesk.report.claimreview;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.factdesk.article.ArticleDetails;
import org.factdesk.source.ArchiveStatus;
import org.factdesk.claim.ClaimStatus;
import org.factdesk.claim.CorrectionItem;
import org.factdesk.source.Reliability;
import org.factdesk.report.ReportedClaim;
import org.factdesk.source.ReportedSource;
import org.factdesk.source.SourceKind;
import org.factdesk.desk.DeskSettingsData;
import org.factdesk.extraction.TextPart;
import org.factdesk.rating.RatingItem;
import org.factdesk.rating.ScaleBounds;
import org.factdesk.report.ArticleReport;
import org.jspecify.annotations.Nullable;

/** Article reports built in memory, without a database: for the ClaimReview tests and the JSON-LD benchmark. */
final class ClaimReviewFixtures {

    /** 23:30 UTC on 1 March is already 2 March in Paris, the desk's zone: dates must come out as 2026-03-02. */
    static final Instant APPROVED_AT = Instant.parse("2026-03-01T23:30:00Z");
    static final long TRUE = 1;
    static final long FALSE = 6;
    static final long UNVERIFIABLE = 7;

    private ClaimReviewFixtures() {
    }

    /** The default scale of the migrations: six ratings with numbers 6 to 1, two without. */
    static List<RatingItem> scale() {
        return List.of(rating(1, "True", "Vrai", 6), rating(2, "Mostly true", "Plutôt vrai", 5),
                rating(3, "Mixed", "Mitigé", 4), rating(4, "Misleading", "Trompeur", 3),
                rating(5, "Mostly false", "Plutôt faux", 2), rating(6, "False", "Faux", 1),
                rating(7, "Unverifiable", "Invérifiable", null),
                rating(8, "Not a factual claim", "Pas une affirmation factuelle", null));
    }

    static DeskSettingsData desk(String publicBaseUrl, String defaultLanguage) {
        return new DeskSettingsData("Les Vérificateurs", publicBaseUrl, "Europe/Paris", defaultLanguage);
    }

    static ArticleDetails article(long id, String language, @Nullable String url) {
        return new ArticleDetails(id, 0, "Poutine à Bakou", "Le corps de l'article.", language, "Le Quotidien", url,
                "A. Auteur", LocalDate.of(2026, 2, 20), "editor", Instant.parse("2026-02-21T08:00:00Z"));
    }

    static ReportedClaim approved(long id, long articleId, String statement, long ratingId,
                                  List<ReportedSource> sources) {
        return claim(id, articleId, statement, ClaimStatus.APPROVED, ratingId, APPROVED_AT, false, sources, List.of());
    }

    static ReportedClaim inProgress(long id, long articleId, String statement) {
        return claim(id, articleId, statement, ClaimStatus.IN_RESEARCH, null, null, false, List.of(), List.of());
    }

    /** Approved first on {@code firstApproval}, reopened, and approved again at {@link #APPROVED_AT}. */
    static ReportedClaim corrected(long id, long articleId, Instant firstApproval) {
        CorrectionItem correction = new CorrectionItem(firstApproval.plusSeconds(3600), "editor", "New figures.",
                TRUE, "Was true.", "editor", firstApproval);
        return claim(id, articleId, "Corrected claim.", ClaimStatus.APPROVED, FALSE, APPROVED_AT, true, List.of(),
                List.of(correction));
    }

    static ReportedClaim claim(long id, long articleId, String statement, ClaimStatus status,
                               @Nullable Long ratingId, @Nullable Instant approvedAt, boolean corrected,
                               List<ReportedSource> sources, List<CorrectionItem> corrections) {
        return new ReportedClaim(id, articleId, TextPart.BODY, 0, 10, false, statement, "Vladimir Poutine",
                LocalDate.of(2026, 2, 19), status, "checker", "checker", approvedAt, approvedAt, ratingId,
                ratingId == null ? null : "Because the record says so.", approvedAt == null ? null : "editor",
                approvedAt, corrected, sources, corrections);
    }

    static ReportedSource source(long id, long claimId, String url) {
        return new ReportedSource(id, claimId, "Source " + id, "Publisher", url, SourceKind.OFFICIAL_STATISTICS,
                LocalDate.of(2026, 2, 25), Reliability.HIGH, ArchiveStatus.ARCHIVED, "ab".repeat(32),
                Instant.parse("2026-02-25T10:00:00Z"));
    }

    static ArticleReport report(ArticleDetails article, DeskSettingsData desk, List<ReportedClaim> claims) {
        List<ArticleReport.Numbered> numbered = IntStream.range(0, claims.size())
                .mapToObj(i -> new ArticleReport.Numbered(i + 1, claims.get(i))).toList();
        return new ArticleReport(article, desk, APPROVED_AT.plusSeconds(60), "Eddie Editor", numbered, scale(),
                new ScaleBounds(1, 6), Map.of(), true);
    }

    /** An article with {@code claims} approved claims of {@code sourcesEach} sources, ratings taken in turn. */
    static ArticleReport large(int claims, int sourcesEach) {
        ArticleDetails article = article(1, "fr", "https://journal.example/2026/02/poutine-bakou");
        List<ReportedClaim> reported = new ArrayList<>();
        for (int i = 1; i <= claims; i++) {
            List<ReportedSource> sources = new ArrayList<>();
            for (int s = 1; s <= sourcesEach; s++) {
                sources.add(source((long) i * 1000 + s, i, "https://stats.example/table/" + i + "/" + s));
            }
            reported.add(approved(i, 1, "Selon l'Insee, le chômage a reculé à 7," + i + " % au trimestre « "
                    + i + " », contre 7,5 % un an plus tôt.", 1 + i % 8, sources));
        }
        return report(article, desk("https://factcheck.example.org", "fr"), reported);
    }

    private static RatingItem rating(long id, String en, String fr, @Nullable Integer value) {
        return new RatingItem(id, 0, (int) id, en, fr, null, null, "#495057", value, false, true);
    }
}
