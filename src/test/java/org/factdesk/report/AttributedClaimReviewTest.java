package org.factdesk.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import org.factdesk.article.ArticleData;
import org.factdesk.article.ArticleService;
import org.factdesk.claim.ClaimDetails;
import org.factdesk.claim.ClaimRow;
import org.factdesk.claim.ClaimService;
import org.factdesk.claim.ClaimShapingService;
import org.factdesk.claim.ResearchService;
import org.factdesk.claim.SignedIn;
import org.factdesk.extraction.TextPart;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Claims created from a sentence that names its source (issue 12 #10): the claimant and date are filled in, and the
 * ClaimReview's {@code claimReviewed} is the statement without "…, Devlin said".
 */
@SpringBootTest
@ExtendWith(SignedIn.class)
@Transactional
@WithUserDetails("editor")
class AttributedClaimReviewTest {

    private static final LocalDate PUBLISHED = LocalDate.of(2025, 11, 3);
    private static final String BODY = """
            Crime fell by 20 % in 2024, Devlin said.

            According to the Home Office, police recorded 4.2 million offences in 2024.

            The figures were published on Thursday.""";

    @Autowired
    ArticleService articles;
    @Autowired
    ClaimService claims;
    @Autowired
    ClaimShapingService shaping;
    @Autowired
    ResearchService research;
    @Autowired
    ArticleReportService reports;
    @Autowired
    List<ArticleReportWriter> writers;
    @Autowired
    ApplicationContext context;

    private long importArticle() {
        return articles.importArticle(new ArticleData("Crime statistics for 2024", BODY, "The Daily Example",
                null, null, PUBLISHED, "en"));
    }

    private ClaimRow claimOf(long article, String quoteStart) {
        return claims.list(article, PageRequest.of(0, 20)).stream().filter(row -> row.quote().startsWith(quoteStart))
                .findFirst().orElseThrow();
    }

    @Test
    void an_extracted_claim_names_its_claimant_and_dates_it_by_the_article() {
        long article = importArticle();

        ClaimDetails devlin = research.details(claimOf(article, "Crime fell").id()).orElseThrow();
        assertThat(devlin.statement()).isEqualTo("Crime fell by 20 % in 2024");
        assertThat(devlin.claimant()).isEqualTo("Devlin");
        assertThat(devlin.claimDate()).isEqualTo(PUBLISHED);
        ClaimDetails homeOffice = research.details(claimOf(article, "According to").id()).orElseThrow();
        assertThat(homeOffice.statement()).isEqualTo("Police recorded 4.2 million offences in 2024.");
        assertThat(homeOffice.claimant()).isEqualTo("The Home Office");
        ClaimRow plain = claimOf(article, "The figures");
        assertThat(plain.statement()).isEqualTo(plain.quote());
        assertThat(research.details(plain.id()).orElseThrow().claimant()).isNull();
    }

    @Test
    void a_claim_an_editor_selects_is_attributed_the_same_way() {
        long article = importArticle();
        String sentence = "Crime fell by 20 % in 2024, Devlin said.";
        int start = BODY.indexOf(sentence);

        long id = shaping.createFromSelection(article, TextPart.BODY, start, start + sentence.length());

        ClaimDetails created = research.details(id).orElseThrow();
        assertThat(created.statement()).isEqualTo("Crime fell by 20 % in 2024");
        assertThat(created.claimant()).isEqualTo("Devlin");
        assertThat(created.claimDate()).isEqualTo(PUBLISHED);
    }

    @Test
    void the_claim_review_leaves_the_attribution_out_of_claim_reviewed() throws IOException {
        long article = importArticle();
        long claim = claimOf(article, "Crime fell").id();
        new Approvals(context).approve(claim, "False", "Devlin", "The recorded figures fell by 4 %.");

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        writers.stream().filter(writer -> writer.format() == ReportFormat.CLAIM_REVIEW).findFirst().orElseThrow()
                .write(reports.build(article, true).orElseThrow(), out);

        JsonNode review = JsonMapper.shared().readTree(out.toByteArray()).get(0);
        assertThat(review.get("claimReviewed").asString()).isEqualTo("Crime fell by 20 % in 2024");
        assertThat(review.get("itemReviewed").get("author").get("name").asString()).isEqualTo("Devlin");
    }
}
