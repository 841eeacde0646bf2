package org.factdesk.report.feed;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.EntityManager;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.factdesk.article.ArticleData;
import org.factdesk.article.ArticleDetails;
import org.factdesk.article.ArticleService;
import org.factdesk.claim.ClaimRow;
import org.factdesk.claim.ClaimService;
import org.factdesk.comment.CommentService;
import org.factdesk.rating.RatingData;
import org.factdesk.rating.RatingItem;
import org.factdesk.rating.RatingScaleService;
import org.factdesk.claim.ResearchService;
import org.factdesk.claim.SignedIn;
import org.factdesk.workflow.WorkflowService;
import org.factdesk.desk.DeskSettingsData;
import org.factdesk.desk.DeskSettingsService;
import org.factdesk.report.Approvals;
import org.factdesk.report.claimreview.ClaimReviewPage;
import org.factdesk.report.claimreview.ClaimReviewService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The feed's {@code since} and each ClaimReview's {@code dateModified} follow every change to what the ClaimReview
 * shows, on the claim or beyond it (its article, its rating, the desk), and nothing else. The claim is approved on
 * 10 January as far as the database knows; a CMS then pulls everything since 1 February, before each change and
 * after it.
 */
@SpringBootTest
@ExtendWith(SignedIn.class)
@Transactional
class ReviewModifiedTest {

    private static final Instant APPROVED = Instant.parse("2026-01-10T10:00:00Z");
    private static final Instant SINCE = Instant.parse("2026-02-01T00:00:00Z");

    @Autowired
    ClaimReviewService reviews;
    @Autowired
    ArticleService articles;
    @Autowired
    ClaimService claims;
    @Autowired
    WorkflowService workflow;
    @Autowired
    ResearchService research;
    @Autowired
    CommentService comments;
    @Autowired
    RatingScaleService ratings;
    @Autowired
    DeskSettingsService desk;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    EntityManager entityManager;
    @Autowired
    UserDetailsService users;
    @Autowired
    Clock clock;

    private Approvals approvals;
    private long articleId;
    private long claimId;
    private long otherClaimId;

    /** Two approved claims of the seed article, untouched since 10 January; the feed since 1 February is empty. */
    @BeforeEach
    void two_claims_approved_in_january() {
        approvals = new Approvals(claims, workflow, research, ratings, jdbc, entityManager, users);
        SignedIn.as(users, "editor");
        articleId = Approvals.seedArticle(articles);
        List<ClaimRow> rows = approvals.candidates(articleId, 2);
        claimId = rows.get(0).id();
        otherClaimId = rows.get(1).id();
        approvals.approve(claimId, "False", "Le Kremlin", "Non.");
        approvals.approve(otherClaimId, "True", "Le Kremlin", "Oui.");
        entityManager.flush();
        jdbc.update("update claim set approved_at = ?, review_modified_at = ? where id in (?, ?)",
                Timestamp.from(APPROVED), Timestamp.from(APPROVED), claimId, otherClaimId);
        jdbc.update("update article set review_modified_at = ? where id = ?",
                Timestamp.from(APPROVED.minusSeconds(86_400)), articleId);
        entityManager.clear();
        assertThat(clock.instant()).as("the changes happen after since").isAfter(SINCE);
        assertThat(changedSince()).isEmpty();
        assertThat(review(claimId, Instant.EPOCH).has("dateModified")).as("as first published").isFalse();
    }

    @Test
    void rewording_after_a_reopening_and_a_new_approval_brings_the_claim_back_with_a_later_date_modified() {
        workflow.reopen(claimId, approvals.version(claimId), "Better wording.");
        claims.reword(claimId, approvals.version(claimId), "Le Kremlin a nié toute implication.");
        SignedIn.by(users, "checker", () -> research.submit(claimId, approvals.version(claimId)));
        assertThat(changedSince()).as("reopened: not published until approved again").isEmpty();
        workflow.approve(claimId, approvals.version(claimId));

        assertThat(changedSince()).containsExactly(claimId);
        JsonNode review = review(claimId, SINCE);
        assertThat(review.get("claimReviewed").asString()).isEqualTo("Le Kremlin a nié toute implication.");
        assertThat(review.get("datePublished").asString()).isEqualTo("2026-01-10");
        assertThat(review.get("dateModified").asString()).isEqualTo(today());
    }

    @Test
    void a_new_title_of_the_article_brings_its_claims_back() {
        ArticleDetails article = articles.find(articleId).orElseThrow();
        articles.update(articleId, article.version(), new ArticleData("Corrected headline", article.body(),
                article.outlet(), article.url(), article.byline(), article.publishedOn(), article.language()));

        assertThat(changedSince()).containsExactlyInAnyOrder(claimId, otherClaimId);
        JsonNode review = review(claimId, SINCE);
        assertThat(review.get("itemReviewed").get("appearance").get("headline").asString())
                .isEqualTo("Corrected headline");
        assertThat(review.get("dateModified").asString()).isEqualTo(today());
    }

    @Test
    void a_new_label_of_a_rating_brings_back_the_claims_approved_with_it_only() {
        RatingItem falseRating = approvals.rating("False");
        SignedIn.as(users, "admin");
        ratings.update(falseRating.id(), falseRating.version(), new RatingData("Wrong", "Erroné",
                falseRating.descriptionEn(), falseRating.descriptionFr(), falseRating.colour(),
                falseRating.ratingValue()));
        SignedIn.as(users, "editor");

        assertThat(changedSince()).containsExactly(claimId);
        JsonNode review = review(claimId, SINCE);
        assertThat(review.get("reviewRating").get("alternateName").asString()).isEqualTo("Erroné");
        assertThat(review.get("dateModified").asString()).isEqualTo(today());
    }

    @Test
    void a_new_number_that_moves_the_scale_s_bounds_brings_back_every_claim_with_a_number() {
        RatingItem trueRating = approvals.rating("True");
        SignedIn.as(users, "admin");
        ratings.update(trueRating.id(), trueRating.version(), new RatingData(trueRating.labelEn(),
                trueRating.labelFr(), trueRating.descriptionEn(), trueRating.descriptionFr(), trueRating.colour(),
                99));
        SignedIn.as(users, "editor");

        assertThat(changedSince()).containsExactlyInAnyOrder(claimId, otherClaimId);
        assertThat(review(claimId, SINCE).get("reviewRating").get("bestRating").intValue()).isEqualTo(99);
    }

    @Test
    void a_new_name_of_the_desk_brings_back_every_claim() {
        SignedIn.as(users, "admin");
        DeskSettingsData settings = desk.get();
        desk.update(desk.edit().version(), new DeskSettingsData("Les Décodeurs du Sud", settings.publicBaseUrl(), settings.timeZone(),
                settings.defaultLanguage()));
        SignedIn.as(users, "editor");

        assertThat(changedSince()).containsExactlyInAnyOrder(claimId, otherClaimId);
        JsonNode review = review(claimId, SINCE);
        assertThat(review.get("author").get("name").asString()).isEqualTo("Les Décodeurs du Sud");
        assertThat(review.get("dateModified").asString()).isEqualTo(today());
    }

    @Test
    void changes_a_claim_review_does_not_show_bring_nothing_back() {
        ArticleDetails article = articles.find(articleId).orElseThrow();
        articles.update(articleId, article.version(), new ArticleData(article.title(), article.body(),
                article.outlet(), article.url(), "Another byline", article.publishedOn(), article.language()));
        comments.post(claimId, "A comment is not part of the verdict.", Set.of());
        RatingItem falseRating = approvals.rating("False");
        SignedIn.as(users, "admin");
        ratings.update(falseRating.id(), falseRating.version(), new RatingData(falseRating.labelEn(),
                falseRating.labelFr(), "Another description", falseRating.descriptionFr(), "#123456",
                falseRating.ratingValue()));
        DeskSettingsData settings = desk.get();
        desk.update(desk.edit().version(), settings);
        SignedIn.as(users, "editor");
        workflow.watch(claimId, false);

        assertThat(changedSince()).isEmpty();
        assertThat(review(claimId, Instant.EPOCH).has("dateModified")).isFalse();
    }

    private List<Long> changedSince() {
        entityManager.flush();
        return reviews.approvedSince(SINCE, 0, 100).claims().stream().map(claim -> claim.id()).toList();
    }

    /** The claim's ClaimReview as the feed since {@code since} publishes it. */
    private JsonNode review(long claim, Instant since) {
        entityManager.flush();
        ClaimReviewPage page = reviews.approvedSince(since, 0, 100);
        JsonNode items = JsonMapper.shared().readTree(FeedDocument.write(page, "self", null)).get("itemListElement");
        return items.values().stream().filter(item -> item.get("url").asString().endsWith("#claim-" + claim))
                .findFirst().orElseThrow();
    }

    private String today() {
        return LocalDate.now(clock.withZone(desk.zone())).toString();
    }
}
