package org.factdesk.claim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.validation.ConstraintViolationException;
import java.time.LocalDate;
import java.util.List;
import org.factdesk.article.ArticleData;
import org.factdesk.article.ArticleExcerpt;
import org.factdesk.article.ArticleService;
import org.factdesk.base.RefusedException;
import org.factdesk.extraction.TextPart;
import org.factdesk.rating.RatingScaleService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.annotation.Transactional;

/** A fact-checker's work on one claim: take, claimant, verdict, submit, and who may do it. */
@SpringBootTest
@ExtendWith(SignedIn.class)
@Transactional
@WithUserDetails("editor")
class ResearchServiceTest {

    @Autowired
    ResearchService research;

    @Autowired
    ClaimService claims;

    @Autowired
    ClaimRepository repository;

    @Autowired
    RatingScaleService ratings;

    @Autowired
    UserDetailsService users;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ApplicationContext context;

    private long claimId;

    /** A claim of the seed article that the editor selected: TO_CHECK, nobody's yet. */
    @BeforeEach
    void a_claim_to_check() {
        claimId = new ClaimFixture(context).seedClaimToCheck();
    }

    private ClaimDetails claim() {
        return research.details(claimId).orElseThrow();
    }

    /** The version an editor would read in a new request: pending changes of this test's transaction flushed. */
    private long version() {
        repository.flush();
        return claim().version();
    }

    private long firstRating() {
        return ratings.active().getFirst().id();
    }

    private void addSource() {
        jdbc.update("insert into source (claim_id, url, title, kind, reliability, created_by, created_at) "
                + "values (?, 'https://example.org', 'A source', 'OTHER', 'UNKNOWN', 'editor', current_timestamp)",
                claimId);
    }

    @Test
    void a_checker_takes_a_claim_to_check_and_it_becomes_theirs_in_research() {
        SignedIn.as(users, "checker");

        research.take(claimId, version());

        assertThat(claim().status()).isEqualTo(ClaimStatus.IN_RESEARCH);
        assertThat(claim().assignee()).isEqualTo("checker");
        assertThat(claim().mayResearch()).isTrue();
        assertThat(claims.history(claimId)).extracting(ActivityEntry::action).contains("claim.assigned");
    }

    @Test
    void a_viewer_cannot_take_a_claim_and_nobody_takes_one_that_is_not_to_check() {
        SignedIn.as(users, "viewer");
        assertThatThrownBy(() -> research.take(claimId, version())).isInstanceOf(AccessDeniedException.class);

        SignedIn.as(users, "checker");
        research.take(claimId, version());
        assertThatThrownBy(() -> research.take(claimId, version())).isInstanceOf(IllegalTransitionException.class);
    }

    @Test
    void a_checker_may_not_research_a_claim_assigned_to_someone_else() {
        SignedIn.as(users, "checker");
        assertThat(claim().mayResearch()).as("not theirs until taken").isFalse();
        assertThatThrownBy(() -> research.saveVerdict(claimId, version(), new VerdictData(firstRating(), "Why")))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void saving_a_verdict_makes_the_author_a_proposer_and_is_logged() {
        SignedIn.as(users, "checker");
        research.take(claimId, version());

        research.saveVerdict(claimId, version(), new VerdictData(firstRating(), "  Figures from the registry.  "));

        assertThat(claim().ratingId()).isEqualTo(firstRating());
        assertThat(claim().rationale()).isEqualTo("Figures from the registry.");
        assertThat(claim().proposers()).containsExactly("checker");
        assertThat(claims.history(claimId).getFirst().action()).isEqualTo("claim.verdict");
    }

    @Test
    void saving_the_same_verdict_again_changes_nothing_and_logs_nothing() {
        research.saveVerdict(claimId, version(), new VerdictData(firstRating(), "Why"));
        long before = claims.history(claimId).size();

        research.saveVerdict(claimId, version(), new VerdictData(firstRating(), "Why"));

        assertThat(claims.history(claimId)).hasSize((int) before);
    }

    @Test
    void a_retired_or_unknown_rating_is_refused_for_a_new_verdict() {
        long retired = ratings.active().getLast().id();
        SignedIn.as(users, "admin");
        ratings.retire(retired);
        SignedIn.as(users, "editor");

        assertThatThrownBy(() -> research.saveVerdict(claimId, version(), new VerdictData(retired, "Why")))
                .isInstanceOfSatisfying(RefusedException.class, e -> assertThat(e.key()).isEqualTo("claim.error.rating"));
        assertThatThrownBy(() -> research.saveVerdict(claimId, version(), new VerdictData(999_999L, "Why")))
                .isInstanceOf(RefusedException.class);
        assertThat(claim().ratingId()).isNull();
    }

    @Test
    void a_rationale_over_the_limit_is_refused_not_cut() {
        String tooLong = "x".repeat(VerdictData.RATIONALE_MAX + 1);

        assertThatThrownBy(() -> research.saveVerdict(claimId, version(), new VerdictData(firstRating(), tooLong)))
                .isInstanceOf(ConstraintViolationException.class);
        assertThat(claim().rationale()).isNull();
    }

    @Test
    void submitting_is_refused_without_a_rating_a_rationale_or_a_source() {
        SignedIn.as(users, "checker");
        research.take(claimId, version());

        assertThatThrownBy(() -> research.submit(claimId, version()))
                .isInstanceOfSatisfying(RefusedException.class,
                        e -> assertThat(e.key()).isEqualTo("claim.error.submit-rating"));
        research.saveVerdict(claimId, version(), new VerdictData(firstRating(), null));
        assertThatThrownBy(() -> research.submit(claimId, version()))
                .isInstanceOfSatisfying(RefusedException.class,
                        e -> assertThat(e.key()).isEqualTo("claim.error.submit-rationale"));
        research.saveVerdict(claimId, version(), new VerdictData(firstRating(), "Why"));
        assertThatThrownBy(() -> research.submit(claimId, version()))
                .isInstanceOfSatisfying(RefusedException.class,
                        e -> assertThat(e.key()).isEqualTo("claim.error.submit-source"));
        assertThat(claim().status()).isEqualTo(ClaimStatus.IN_RESEARCH);
    }

    @Test
    void a_complete_verdict_is_submitted_for_review_by_its_proposer() {
        SignedIn.as(users, "checker");
        research.take(claimId, version());
        research.saveVerdict(claimId, version(), new VerdictData(firstRating(), "Why"));
        addSource();

        research.submit(claimId, version());

        assertThat(claim().status()).isEqualTo(ClaimStatus.IN_REVIEW);
        assertThat(claim().submittedBy()).isEqualTo("checker");
        assertThat(claim().proposers()).containsExactly("checker");
        assertThatThrownBy(() -> research.saveVerdict(claimId, version(), new VerdictData(firstRating(), "Other")))
                .isInstanceOfSatisfying(RefusedException.class,
                        e -> assertThat(e.key()).isEqualTo("claim.error.not-in-research"));
    }

    @Test
    void the_claimant_and_claim_date_are_saved_and_a_future_date_is_refused() {
        research.describeClaimant(claimId, version(), new ClaimantData(" Le Kremlin ", LocalDate.of(2024, 5, 1)));

        assertThat(claim().claimant()).isEqualTo("Le Kremlin");
        assertThat(claim().claimDate()).isEqualTo(LocalDate.of(2024, 5, 1));
        assertThatThrownBy(() -> research.describeClaimant(claimId, version(),
                new ClaimantData("x", LocalDate.now().plusYears(1)))).isInstanceOf(ConstraintViolationException.class);
    }

    @Test
    void the_claim_page_shows_the_quote_inside_its_paragraph() {
        ClaimDetails details = claim();

        assertThat(details.paragraph().substring(details.quoteStart(), details.quoteEnd()))
                .isEqualTo(repository.findById(claimId).orElseThrow().anchor().quote().exact());
        assertThat(details.paragraph()).doesNotContain("\n");
    }

    @Test
    void the_quote_paragraph_read_around_the_quote_is_the_one_of_the_whole_text_for_short_and_long_paragraphs() {
        StringBuilder longParagraph = new StringBuilder();
        for (int i = 0; longParagraph.length() < 3 * ResearchService.PARAGRAPH_WINDOW; i++) {
            longParagraph.append("The council spent ").append(100 + i).append(" million euros on roads in ")
                    .append(1990 + i % 30).append(". ");
        }
        String body = "The mayor said unemployment fell by 12 percent in 2023.\n\n" + longParagraph.toString().strip()
                + "\nThe city hired 240 new teachers last year, the mayor said.";
        long article = context.getBean(ArticleService.class).importArticle(new ArticleData(
                "Council spent 412 million euros in 2023", body, null, null, null, null, "en"));
        List<Long> ids = jdbc.queryForList("select id from claim where article_id = ? order by id", Long.class,
                article);
        assertThat(ids).hasSizeGreaterThan(10);
        long lost = ids.get(ids.size() / 2);
        repository.flush();
        jdbc.update("update claim set anchor_lost = true where id = ?", lost);
        context.getBean(jakarta.persistence.EntityManager.class).clear();

        assertEachParagraphIsTheWholeTexts(ids, "Council spent 412 million euros in 2023", body, lost);
    }

    @Test
    void the_quote_paragraph_is_right_after_characters_that_a_database_may_count_otherwise() {
        // PostgreSQL counts an emoji as one character where Java counts two: a window cut by the database starts
        // later than the offsets say, and the page must still show the right paragraph (the whole text decides).
        String body = "Wind power \uD83D\uDCA8 and sun \u2600\uFE0F \uD83C\uDF1E. ".repeat(300)
                + "\nThe city hired 240 new teachers last year, the mayor said.\n"
                + "Unemployment fell by 12 percent in 2023, the minister said.";
        String title = "Teachers and jobs in 2023";
        long article = context.getBean(ArticleService.class).importArticle(new ArticleData(title, body, null, null,
                null, null, "en"));
        List<Long> ids = jdbc.queryForList("select id from claim where article_id = ? order by id", Long.class,
                article);
        assertThat(ids.stream().map(id -> repository.findById(id).orElseThrow().anchor().start()))
                .anyMatch(start -> start > ResearchService.PARAGRAPH_WINDOW);

        assertEachParagraphIsTheWholeTexts(ids, title, body, null);
    }

    /** Each claim's paragraph and quote on the claim page are those the article's whole text gives. */
    private void assertEachParagraphIsTheWholeTexts(List<Long> ids, String title, String body,
                                                     @org.jspecify.annotations.Nullable Long lost) {
        for (long id : ids) {
            Claim claim = repository.findById(id).orElseThrow();
            Anchor anchor = claim.anchor();
            ClaimDetails details = research.details(id).orElseThrow();
            String text = anchor.part() == TextPart.TITLE ? title : body;
            if (lost != null && id == lost) {
                assertThat(details.paragraph()).isEqualTo(anchor.quote().exact());
                continue;
            }
            int from = anchor.part() == TextPart.TITLE ? 0 : text.lastIndexOf('\n', Math.max(0, anchor.start() - 1)) + 1;
            int end = text.indexOf('\n', anchor.end());
            int to = anchor.part() == TextPart.TITLE || end < 0 ? text.length() : end;
            assertThat(details.paragraph()).as("claim at %d", anchor.start()).isEqualTo(text.substring(from, to));
            assertThat(details.paragraph().substring(details.quoteStart(), details.quoteEnd()))
                    .isEqualTo(anchor.quote().exact());
            assertThat(details.articleTitle()).isEqualTo(title);
        }
    }

    @Test
    void an_excerpt_reads_the_title_and_only_the_asked_piece_of_the_body() {
        String body = "a".repeat(10_000) + "quote" + "b".repeat(10_000);
        ArticleService articles = context.getBean(ArticleService.class);
        long article = articles.importArticle(new ArticleData("Title", body, null, null, null, null, "en"));

        ArticleExcerpt excerpt = articles.excerpt(article, 9_998, 9).orElseThrow();

        assertThat(excerpt.text()).isEqualTo("aaquotebb");
        assertThat(excerpt.title()).isEqualTo("Title");
        assertThat(excerpt.reachesEnd()).isFalse();
        assertThat(articles.excerpt(article, body.length() - 3, 100).orElseThrow().text()).isEqualTo("bbb");
        assertThat(articles.excerpt(article, body.length() - 3, 100).orElseThrow().reachesEnd()).isTrue();
    }

    @Test
    void a_return_keeps_the_proposers_and_forgets_only_the_submission() {
        Claim claim = repository.findById(claimId).orElseThrow();
        claim.take("checker", java.time.Instant.now());
        claim.propose(firstRating(), "Why", "checker", java.time.Instant.now());
        claim.submit("checker", java.time.Instant.now());
        assertThat(claim.getProposers()).containsExactly("checker");

        claim.sendBack(java.time.Instant.now());

        assertThat(claim.getProposers()).containsExactly("checker");
        assertThat(claim.getSubmittedBy()).isNull();
    }
}
