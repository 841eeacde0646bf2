package org.factdesk.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.factdesk.article.ArticleService;
import org.factdesk.claim.ClaimRow;
import org.factdesk.claim.ClaimService;
import org.factdesk.claim.SignedIn;
import org.factdesk.desk.DeskSettingsData;
import org.factdesk.desk.DeskSettingsService;
import org.factdesk.rating.RatingScaleService;
import org.factdesk.report.claimreview.ClaimReviewService;
import org.factdesk.report.desk.DeskReport;
import org.factdesk.report.desk.DeskReportWriter;
import org.factdesk.workflow.WorkflowService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** ClaimReview of the seed article and of the desk, from claims taken through the real workflow. */
@SpringBootTest
@ExtendWith(SignedIn.class)
@Transactional
@WithUserDetails("editor")
class ClaimReviewExportTest {

    @Autowired
    List<ArticleReportWriter> articleWriters;
    @Autowired
    List<DeskReportWriter> deskWriters;
    @Autowired
    ArticleReportService reports;
    @Autowired
    ClaimReviewService claimReviews;
    @Autowired
    ArticleService articles;
    @Autowired
    DeskSettingsService desk;
    @Autowired
    RatingScaleService ratings;
    @Autowired
    Clock clock;
    @Autowired
    ClaimService claims;
    @Autowired
    WorkflowService workflow;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ApplicationContext context;

    private Approvals approvals;
    private long article;
    private List<ClaimRow> rows;

    @BeforeEach
    void three_claims_of_the_seed_article() {
        approvals = new Approvals(context);
        article = Approvals.seedArticle(articles);
        rows = approvals.candidates(article, 3);
    }

    private JsonNode articleClaimReview() {
        ArticleReportWriter writer = articleWriters.stream().filter(w -> w.format() == ReportFormat.CLAIM_REVIEW)
                .findFirst().orElseThrow();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            writer.write(reports.build(article, true).orElseThrow(), out);
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }
        return JsonMapper.shared().readTree(out.toByteArray());
    }

    @Test
    void the_seed_articles_claim_review_publishes_its_approved_claims_in_french() {
        approvals.approve(rows.get(0).id(), "False", "Le Kremlin", "Faux selon les archives.");
        approvals.approve(rows.get(1).id(), "Unverifiable", "Un diplomate", "Rien ne permet de trancher.");
        approvals.submit(rows.get(2).id(), "True", "Personne", "Encore en revue.");

        JsonNode array = articleClaimReview();

        assertThat(array.size()).as("the claim in review is not published").isEqualTo(2);
        JsonNode first = item(array, rows.get(0).id());
        assertThat(first.get("@context").asString()).isEqualTo("https://schema.org");
        assertThat(first.get("claimReviewed").asString()).isEqualTo(rows.get(0).statement());
        assertThat(first.get("reviewRating").get("alternateName").asString()).isEqualTo("Faux");
        assertThat(first.get("reviewRating").get("ratingValue").isInt()).isTrue();
        assertThat(first.get("reviewRating").get("bestRating").intValue()).isEqualTo(6);
        assertThat(first.get("reviewRating").get("worstRating").intValue()).isEqualTo(1);
        assertThat(first.get("url").asString()).isEqualTo("https://factcheck.example.org/articles/" + article
                + "#claim-" + rows.get(0).id());
        assertThat(first.get("author").get("name").asString()).isEqualTo(desk.get().deskName());
        ZoneId zone = desk.get().zoneId();
        assertThat(LocalDate.parse(first.get("datePublished").asString()))
                .isEqualTo(LocalDate.now(clock.withZone(zone)));
        assertThat(first.get("itemReviewed").get("author").get("name").asString()).isEqualTo("Le Kremlin");
        assertThat(first.get("itemReviewed").get("datePublished").asString()).isEqualTo("2023-09-01");
        assertThat(first.get("itemReviewed").get("appearance").get("@type").asString()).isEqualTo("CreativeWork");
        assertThat(first.get("inLanguage").asString()).isEqualTo("fr");
        JsonNode second = item(array, rows.get(1).id()).get("reviewRating");
        assertThat(second.get("alternateName").asString()).isEqualTo("Invérifiable");
        assertThat(second.has("ratingValue")).isFalse();
    }

    @Test
    void the_desk_export_streams_every_approved_claim_and_tells_its_progress() throws Exception {
        approvals.approve(rows.get(0).id(), "True", "A", "One.");
        approvals.approve(rows.get(1).id(), "Mixed", "B", "Two.");
        List<Long> progress = new ArrayList<>();
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        deskWriter().write(deskReport(), out, new ReportProgress() {
            @Override
            public void claimWritten(long done) {
                progress.add(done);
            }

            @Override
            public boolean cancelled() {
                return false;
            }
        });

        JsonNode array = JsonMapper.shared().readTree(out.toByteArray());
        assertThat(array.size()).isEqualTo(2);
        assertThat(item(array, rows.get(1).id()).get("reviewRating").get("alternateName").asString())
                .isEqualTo("Mitigé");
        assertThat(progress).containsExactly(1L, 2L);
    }

    @Test
    void a_cancelled_desk_export_stops() {
        approvals.approve(rows.get(0).id(), "True", "A", "One.");

        assertThatThrownBy(() -> deskWriter().write(deskReport(), new ByteArrayOutputStream(), new ReportProgress() {
            @Override
            public void claimWritten(long done) {
            }

            @Override
            public boolean cancelled() {
                return true;
            }
        })).isInstanceOf(ReportCancelledException.class);
    }

    /** The array's ClaimReview of a claim, found by the fragment of its url. */
    private static JsonNode item(JsonNode array, long claimId) {
        return array.values().stream().filter(review -> review.get("url").asString().endsWith("#claim-" + claimId))
                .findFirst().orElseThrow(() -> new AssertionError("no ClaimReview of claim " + claimId));
    }

    @Test
    void the_feeds_service_refuses_a_caller_who_is_not_signed_in() {
        assertThat(claimReviews.approvedSince(Instant.EPOCH, 0, 10).total()).isZero();

        SignedIn.out();

        assertThatThrownBy(() -> claimReviews.approvedSince(Instant.EPOCH, 0, 10))
                .isInstanceOf(AuthenticationCredentialsNotFoundException.class);
    }

    private DeskReportWriter deskWriter() {
        return deskWriters.stream().filter(w -> w.format() == ReportFormat.CLAIM_REVIEW).findFirst().orElseThrow();
    }

    private DeskReport deskReport() {
        DeskSettingsData settings = desk.get();
        LocalDate today = LocalDate.now(clock.withZone(settings.zoneId()));
        DeskReportFilter filter = new DeskReportFilter(today.minusDays(1).atStartOfDay(settings.zoneId()).toInstant(),
                today.plusDays(1).atStartOfDay(settings.zoneId()).toInstant(), null, null);
        return new DeskReport(settings, today.minusDays(1), today, null, null, filter, clock.instant(), "editor",
                ratings.all(), ratings.bounds());
    }
}
