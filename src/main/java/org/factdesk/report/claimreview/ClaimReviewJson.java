package org.factdesk.report.claimreview;

import java.io.OutputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.factdesk.rating.RatingItem;
import org.factdesk.report.ReportedClaim;
import org.factdesk.rating.ScaleBounds;
import org.factdesk.desk.DeskSettingsData;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes an approved claim as one schema.org {@code ClaimReview} (JSON-LD), the same for the article download, the
 * desk export and the feed. A property without a value is left out rather than written as null. Each object carries
 * its own {@code @context}, so a CMS can paste any one of them into a page as it is.
 */
public final class ClaimReviewJson {

    public static final String CONTEXT = "https://schema.org";

    /** Rating labels exist in these languages; any other falls back to the desk's language, then to English. */
    private static final Set<String> LABELLED = Set.of("en", "fr");

    private static final JsonMapper MAPPER = JsonMapper.builder(JsonFactory.builder()
            .characterEscapes(new ScriptSafeEscapes()).disable(StreamWriteFeature.AUTO_CLOSE_TARGET).build()).build();

    private final DeskSettingsData desk;
    private final String base;
    private final ZoneId zone;
    private final Map<Long, RatingItem> ratings;
    private final ScaleBounds bounds;

    /** {@code scale}: every rating, retired ones too, since old verdicts keep theirs. */
    public ClaimReviewJson(DeskSettingsData desk, List<RatingItem> scale, ScaleBounds bounds) {
        this.desk = desk;
        this.base = ClaimReviewUrls.base(desk.publicBaseUrl());
        this.zone = desk.zoneId();
        this.ratings = scale.stream().collect(Collectors.toMap(RatingItem::id, Function.identity()));
        this.bounds = bounds;
    }

    /** For a file people may open: indented. Closing the generator flushes it and leaves {@code out} open. */
    public static JsonGenerator indented(OutputStream out) {
        return MAPPER.writerWithDefaultPrettyPrinter().createGenerator(out);
    }

    /** For machines: compact. Closing the generator flushes it and leaves {@code out} open. */
    public static JsonGenerator compact(OutputStream out) {
        return MAPPER.writer().createGenerator(out);
    }

    /** The desk's page for the claim, the ClaimReview's {@code url} and a CMS's key for it. */
    public String url(ReportedClaim claim) {
        return ClaimReviewUrls.claim(base, claim.articleId(), claim.id());
    }

    public void write(JsonGenerator json, ReportedClaim claim, ClaimReviewArticle article) {
        if (!claim.approved()) {
            throw new IllegalArgumentException("Only approved claims are published, not claim " + claim.id());
        }
        json.writeStartObject();
        json.writeStringProperty("@context", CONTEXT);
        json.writeStringProperty("@type", "ClaimReview");
        json.writeStringProperty("url", url(claim));
        json.writeStringProperty("claimReviewed", claim.statement());
        reviewRating(json, claim, article);
        json.writeName("author");
        organization(json, desk.deskName(), base);
        date(json, "datePublished", claim.firstApprovedAt());
        date(json, "dateModified", claim.modifiedAfterPublication());
        itemReviewed(json, claim, article);
        json.writeStringProperty("inLanguage", article.language());
        json.writeEndObject();
    }

    private void reviewRating(JsonGenerator json, ReportedClaim claim, ClaimReviewArticle article) {
        RatingItem rating = claim.approvedRatingId() == null ? null : ratings.get(claim.approvedRatingId());
        if (rating == null) {
            throw new IllegalStateException("Approved claim " + claim.id() + " has no rating of the scale");
        }
        json.writeName("reviewRating");
        json.writeStartObject();
        json.writeStringProperty("@type", "Rating");
        json.writeStringProperty("alternateName", rating.label(labelLocale(article.language(),
                desk.defaultLanguage())));
        if (rating.ratingValue() != null && !bounds.isEmpty()) {
            json.writeNumberProperty("ratingValue", rating.ratingValue().intValue());
            json.writeNumberProperty("bestRating", Objects.requireNonNull(bounds.bestRating()).intValue());
            json.writeNumberProperty("worstRating", Objects.requireNonNull(bounds.worstRating()).intValue());
        }
        json.writeEndObject();
    }

    private void itemReviewed(JsonGenerator json, ReportedClaim claim, ClaimReviewArticle article) {
        json.writeName("itemReviewed");
        json.writeStartObject();
        json.writeStringProperty("@type", "Claim");
        if (claim.claimant() != null && !claim.claimant().isBlank()) {
            json.writeName("author");
            json.writeStartObject();
            json.writeStringProperty("@type", "Person");
            json.writeStringProperty("name", claim.claimant().strip());
            json.writeEndObject();
        }
        date(json, "datePublished", claim.claimDate());
        appearance(json, claim, article);
        json.writeEndObject();
    }

    /** Where the claim appeared: the article as its outlet published it. */
    private static void appearance(JsonGenerator json, ReportedClaim claim, ClaimReviewArticle article) {
        json.writeName("appearance");
        json.writeStartObject();
        json.writeStringProperty("@type", "CreativeWork");
        text(json, "url", article.url());
        text(json, "archivedAt", ClaimReviewUrls.archivedCopy(article.url(), claim.sources()));
        text(json, "headline", article.title());
        date(json, "datePublished", article.publishedOn());
        if (article.outlet() != null && !article.outlet().isBlank()) {
            json.writeName("publisher");
            organization(json, article.outlet().strip(), null);
        }
        json.writeEndObject();
    }

    /**
     * The language whose label the rating shows: the article's when the scale has labels in it, else the desk's
     * default language when it has, else English.
     */
    static Locale labelLocale(String articleLanguage, String deskLanguage) {
        for (String language : List.of(articleLanguage, deskLanguage)) {
            String code = Locale.forLanguageTag(language.strip()).getLanguage();
            if (LABELLED.contains(code)) {
                return Locale.of(code);
            }
        }
        return Locale.ENGLISH;
    }

    private static void organization(JsonGenerator json, String name, @Nullable String url) {
        json.writeStartObject();
        json.writeStringProperty("@type", "Organization");
        json.writeStringProperty("name", name);
        text(json, "url", url);
        json.writeEndObject();
    }

    private static void text(JsonGenerator json, String name, @Nullable String value) {
        if (value != null && !value.isBlank()) {
            json.writeStringProperty(name, value.strip());
        }
    }

    /** An ISO 8601 date: the day it was in the desk's time zone. */
    private void date(JsonGenerator json, String name, @Nullable Instant instant) {
        date(json, name, instant == null ? null : LocalDate.ofInstant(instant, zone));
    }

    private static void date(JsonGenerator json, String name, @Nullable LocalDate date) {
        if (date != null) {
            json.writeStringProperty(name, date.toString());
        }
    }
}
