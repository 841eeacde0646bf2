package org.factdesk.report.claimreview;

import static org.assertj.core.api.Assertions.assertThat;
import static org.factdesk.report.claimreview.ClaimReviewFixtures.APPROVED_AT;
import static org.factdesk.report.claimreview.ClaimReviewFixtures.FALSE;
import static org.factdesk.report.claimreview.ClaimReviewFixtures.TRUE;
import static org.factdesk.report.claimreview.ClaimReviewFixtures.UNVERIFIABLE;
import static org.factdesk.report.claimreview.ClaimReviewFixtures.approved;
import static org.factdesk.report.claimreview.ClaimReviewFixtures.article;
import static org.factdesk.report.claimreview.ClaimReviewFixtures.desk;
import static org.factdesk.report.claimreview.ClaimReviewFixtures.inProgress;
import static org.factdesk.report.claimreview.ClaimReviewFixtures.report;
import static org.factdesk.report.claimreview.ClaimReviewFixtures.source;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.factdesk.article.ArticleDetails;
import org.factdesk.claim.ClaimStatus;
import org.factdesk.report.ReportedClaim;
import org.factdesk.desk.DeskSettingsData;
import org.factdesk.report.ArticleReport;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The ClaimReview JSON-LD of an article, from reports built in memory: shape, types, languages, addresses, text. */
class ClaimReviewJsonTest {

    private static final DeskSettingsData DESK = desk("https://factcheck.example.org", "fr");
    private static final ArticleDetails FRENCH = article(42, "fr", "https://journal.example/2026/02/poutine");

    private static String write(ArticleReport report) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new ClaimReviewArticleWriter().write(report, out);
        return out.toString(StandardCharsets.UTF_8);
    }

    private static JsonNode parse(String json) {
        return JsonMapper.shared().readTree(json);
    }

    private static JsonNode only(ArticleDetails article, DeskSettingsData desk, ReportedClaim claim) {
        JsonNode array = parse(write(report(article, desk, List.of(claim))));
        assertThat(array.isArray()).isTrue();
        assertThat(array.size()).isEqualTo(1);
        return array.get(0);
    }

    private static List<String> nullProperties(JsonNode node, String path) {
        List<String> nulls = new ArrayList<>();
        if (node.isNull()) {
            nulls.add(path);
        }
        node.properties().forEach(entry -> nulls.addAll(nullProperties(entry.getValue(), path + "." + entry.getKey())));
        if (node.isArray()) {
            node.values().forEach(item -> nulls.addAll(nullProperties(item, path + "[]")));
        }
        return nulls;
    }

    @Test
    void every_required_and_recommended_property_is_there_and_typed_as_schema_org_asks() {
        JsonNode review = only(FRENCH, DESK, approved(7, 42, "Bakou était une république soviétique.", FALSE,
                List.of()));

        assertThat(review.get("@context").asString()).isEqualTo("https://schema.org");
        assertThat(review.get("@type").asString()).isEqualTo("ClaimReview");
        assertThat(review.get("claimReviewed").asString()).isEqualTo("Bakou était une république soviétique.");
        assertThat(review.get("url").asString()).isEqualTo("https://factcheck.example.org/articles/42#claim-7");
        JsonNode rating = review.get("reviewRating");
        assertThat(rating.get("@type").asString()).isEqualTo("Rating");
        assertThat(rating.get("alternateName").asString()).isEqualTo("Faux");
        assertThat(rating.get("ratingValue").isInt()).as("a JSON number, not a string").isTrue();
        assertThat(rating.get("ratingValue").intValue()).isEqualTo(1);
        assertThat(rating.get("bestRating").isInt()).isTrue();
        assertThat(rating.get("bestRating").intValue()).isEqualTo(6);
        assertThat(rating.get("worstRating").isInt()).isTrue();
        assertThat(rating.get("worstRating").intValue()).isEqualTo(1);
        JsonNode author = review.get("author");
        assertThat(author.get("@type").asString()).isEqualTo("Organization");
        assertThat(author.get("name").asString()).isEqualTo("Les Vérificateurs");
        assertThat(author.get("url").asString()).isEqualTo("https://factcheck.example.org");
        assertThat(review.get("datePublished").asString()).as("the day of approval in Paris").isEqualTo("2026-03-02");
        assertThat(review.has("dateModified")).as("never corrected").isFalse();
        assertThat(review.get("inLanguage").asString()).isEqualTo("fr");
        JsonNode claim = review.get("itemReviewed");
        assertThat(claim.get("@type").asString()).isEqualTo("Claim");
        assertThat(claim.get("author").get("@type").asString()).isEqualTo("Person");
        assertThat(claim.get("author").get("name").asString()).isEqualTo("Vladimir Poutine");
        assertThat(claim.get("datePublished").asString()).isEqualTo("2026-02-19");
        JsonNode appearance = claim.get("appearance");
        assertThat(appearance.get("@type").asString()).isEqualTo("CreativeWork");
        assertThat(appearance.get("url").asString()).isEqualTo("https://journal.example/2026/02/poutine");
        assertThat(appearance.get("headline").asString()).isEqualTo("Poutine à Bakou");
        assertThat(appearance.get("datePublished").asString()).isEqualTo("2026-02-20");
        assertThat(appearance.get("publisher").get("name").asString()).isEqualTo("Le Quotidien");
        assertThat(appearance.has("archivedAt")).as("no public copy known").isFalse();
        assertThat(nullProperties(review, "$")).isEmpty();
    }

    @Test
    void a_rating_without_a_number_has_a_label_and_no_numbers() {
        JsonNode rating = only(FRENCH, DESK, approved(7, 42, "Ils le regretteront.", UNVERIFIABLE, List.of()))
                .get("reviewRating");

        assertThat(rating.get("alternateName").asString()).isEqualTo("Invérifiable");
        assertThat(rating.has("ratingValue")).isFalse();
        assertThat(rating.has("bestRating")).isFalse();
        assertThat(rating.has("worstRating")).isFalse();
    }

    @Test
    void the_label_is_in_the_articles_language_then_the_desks_then_english() {
        ReportedClaim claim = approved(7, 42, "Statement.", TRUE, List.of());

        assertThat(label(article(42, "fr", null), desk("https://x.org", "en"), claim)).isEqualTo("Vrai");
        assertThat(label(article(42, "en", null), desk("https://x.org", "fr"), claim)).isEqualTo("True");
        assertThat(label(article(42, "de", null), desk("https://x.org", "fr"), claim)).as("the desk's language")
                .isEqualTo("Vrai");
        assertThat(label(article(42, "de", null), desk("https://x.org", "de"), claim)).as("then English")
                .isEqualTo("True");
        assertThat(ClaimReviewJson.labelLocale("FR", "en")).isEqualTo(Locale.FRENCH);
    }

    private static String label(ArticleDetails article, DeskSettingsData desk, ReportedClaim claim) {
        JsonNode review = only(article, desk, claim);
        assertThat(review.get("inLanguage").asString()).isEqualTo(article.language());
        return review.get("reviewRating").get("alternateName").asString();
    }

    @Test
    void the_url_joins_the_base_url_with_exactly_one_slash_however_the_base_was_typed() {
        ReportedClaim claim = approved(7, 42, "Statement.", TRUE, List.of());
        for (String base : List.of("https://desk.example.org/checks", "https://desk.example.org/checks/",
                "https://desk.example.org/checks//", " https://desk.example.org/checks/ ",
                "https://desk.example.org/checks/?utm=x#top")) {
            JsonNode review = only(FRENCH, desk(base, "fr"), claim);
            assertThat(review.get("url").asString()).as(base)
                    .isEqualTo("https://desk.example.org/checks/articles/42#claim-7");
            assertThat(review.get("author").get("url").asString()).isEqualTo("https://desk.example.org/checks");
        }
        assertThat(only(FRENCH, desk("https://desk.example.org/", "fr"), claim).get("url").asString())
                .isEqualTo("https://desk.example.org/articles/42#claim-7");
    }

    @Test
    void claims_not_approved_never_appear() {
        List<ReportedClaim> claims = List.of(inProgress(1, 42, "Still researched."),
                approved(2, 42, "Approved.", TRUE, List.of()),
                ClaimReviewFixtures.claim(3, 42, "Reopened, verdict kept.", ClaimStatus.IN_RESEARCH, TRUE,
                        APPROVED_AT, true, List.of(), List.of()));

        JsonNode array = parse(write(report(FRENCH, DESK, claims)));

        assertThat(array.size()).isEqualTo(1);
        assertThat(array.get(0).get("claimReviewed").asString()).isEqualTo("Approved.");
        assertThat(parse(write(report(FRENCH, DESK, List.of(inProgress(1, 42, "x"))))).size()).isZero();
    }

    @Test
    void quotes_line_breaks_and_a_closing_script_tag_survive_a_round_trip_and_cannot_end_a_script_element() {
        String nasty = "Il a dit : \"non\" & « jamais »\nLigne 2\t\\ </script><script>alert(1)</script> 🙂";

        String json = write(report(FRENCH, DESK, List.of(approved(7, 42, nasty, TRUE, List.of()))));

        assertThat(parse(json).get(0).get("claimReviewed").asString()).isEqualTo(nasty);
        assertThat(json).doesNotContain("</script").doesNotContain("<script").doesNotContain("<");
    }

    @Test
    void a_corrected_claim_keeps_its_first_publication_date_and_gives_the_correction_as_modified() {
        JsonNode review = only(FRENCH, DESK, ClaimReviewFixtures.corrected(7, 42,
                Instant.parse("2026-01-10T09:00:00Z")));

        assertThat(review.get("datePublished").asString()).isEqualTo("2026-01-10");
        assertThat(review.get("dateModified").asString()).isEqualTo("2026-03-02");
        assertThat(review.get("reviewRating").get("alternateName").asString()).isEqualTo("Faux");
    }

    @Test
    void archived_at_names_a_public_copy_of_the_article_among_the_sources() {
        String copy = "https://web.archive.org/web/20260220101500/http://journal.example/2026/02/poutine/";
        ReportedClaim claim = approved(7, 42, "Statement.", TRUE, List.of(source(1, 7, "https://stats.example/a"),
                source(2, 7, "https://web.archive.org/web/20260220/https://other.example/"), source(3, 7, copy)));

        assertThat(only(FRENCH, DESK, claim).get("itemReviewed").get("appearance").get("archivedAt").asString())
                .isEqualTo(copy);
    }

    @Test
    void what_the_desk_does_not_know_is_left_out_rather_than_written_as_null() {
        ArticleDetails noUrl = new ArticleDetails(42, 0, "Titre", "Corps.", "fr", null, null, null, null, "editor",
                APPROVED_AT);
        ReportedClaim anonymous = new ReportedClaim(7, 42, org.factdesk.extraction.TextPart.BODY, 0, 1, false,
                "Statement.", "  ", null, ClaimStatus.APPROVED, null, null, null, null, TRUE, "Why.", "editor",
                APPROVED_AT, false, List.of(), List.of());

        JsonNode review = only(noUrl, DESK, anonymous);

        JsonNode claim = review.get("itemReviewed");
        assertThat(claim.has("author")).isFalse();
        assertThat(claim.has("datePublished")).isFalse();
        assertThat(claim.get("appearance").propertyNames()).containsExactlyInAnyOrder("@type", "headline");
        assertThat(nullProperties(review, "$")).isEmpty();
    }
}
