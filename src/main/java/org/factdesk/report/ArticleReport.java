package org.factdesk.report;

import java.time.Instant;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.factdesk.article.ArchivedCopy;
import org.factdesk.article.ArticleDetails;
import org.factdesk.rating.RatingItem;
import org.factdesk.rating.ScaleBounds;
import org.factdesk.desk.DeskSettingsData;
import org.jspecify.annotations.Nullable;

/**
 * Everything one article's verdict report shows, gathered once for all its formats: the article, the desk, who
 * exported it and when, its claims numbered in article order, the rating scale (retired ratings too: old verdicts
 * keep their label), the display names of the people named in it, the language its words are written in (the
 * exporting user's), and the archived copy of the published page when the article was imported from its address.
 */
public record ArticleReport(ArticleDetails article, DeskSettingsData desk, Instant exportedAt, String exportedBy,
                            List<Numbered> claims, List<RatingItem> scale, ScaleBounds bounds,
                            Map<String, String> people, boolean includesInProgress, Locale locale,
                            @Nullable ArchivedCopy archive) {

    /** A report of an article typed or uploaded, which has no archived copy of a published page. */
    public ArticleReport(ArticleDetails article, DeskSettingsData desk, Instant exportedAt, String exportedBy,
                         List<Numbered> claims, List<RatingItem> scale, ScaleBounds bounds,
                         Map<String, String> people, boolean includesInProgress, Locale locale) {
        this(article, desk, exportedAt, exportedBy, claims, scale, bounds, people, includesInProgress, locale, null);
    }

    /** A report in English, for formats whose words do not depend on the reader (ClaimReview). */
    public ArticleReport(ArticleDetails article, DeskSettingsData desk, Instant exportedAt, String exportedBy,
                         List<Numbered> claims, List<RatingItem> scale, ScaleBounds bounds,
                         Map<String, String> people, boolean includesInProgress) {
        this(article, desk, exportedAt, exportedBy, claims, scale, bounds, people, includesInProgress,
                Locale.ENGLISH);
    }

    /** A claim with its number in the report, 1 for the first in article order. */
    public record Numbered(int number, ReportedClaim claim) {
    }

    /** Dates and times in reports are the desk's. */
    public ZoneId zone() {
        return desk.zoneId();
    }

    public Optional<RatingItem> rating(@Nullable Long ratingId) {
        return scale.stream().filter(rating -> ratingId != null && rating.id() == ratingId).findFirst();
    }

    /** A username's display name, or the username when the person is unknown. */
    public String person(@Nullable String username) {
        return username == null ? "" : people.getOrDefault(username, username);
    }

    /** How many approved claims have each rating, in the scale's order, ratings without claims left out. */
    public Map<RatingItem, Long> verdictCounts() {
        Map<RatingItem, Long> counts = new LinkedHashMap<>();
        for (RatingItem rating : scale) {
            long count = claims.stream().map(Numbered::claim)
                    .filter(claim -> claim.approved() && Long.valueOf(rating.id()).equals(claim.approvedRatingId()))
                    .count();
            if (count > 0) {
                counts.put(rating, count);
            }
        }
        return counts;
    }

    /** How many reported claims are not approved (yet, or again after a correction). */
    public long inProgressCount() {
        return claims.stream().filter(numbered -> !numbered.claim().approved()).count();
    }

    public List<ReportedClaim> corrected() {
        return claims.stream().map(Numbered::claim).filter(ReportedClaim::corrected).toList();
    }
}
