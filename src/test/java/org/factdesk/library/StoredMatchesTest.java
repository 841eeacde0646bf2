package org.factdesk.library;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;
import org.factdesk.article.ArticleData;
import org.factdesk.article.ArticleService;
import org.factdesk.claim.ClaimService;
import org.factdesk.claim.ResearchService;
import org.factdesk.claim.SignedIn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.util.AopTestUtils;
import org.springframework.test.util.ReflectionTestUtils;

/**
 * "Checked before" read from the stored ranking (issue 15, decision 027): an opening reads what was ranked while the
 * claim's wording and the library are those it was ranked for, and ranks again when either changed or on demand. A
 * stored similarity the matcher would never give (0.123) tells a read of the stored ranking from a live one.
 */
@SpringBootTest(properties = "factdesk.test.context=library")
@ExtendWith(SignedIn.class)
@WithUserDetails("editor")
class StoredMatchesTest {

    private static final double MARKED = 0.123;

    @Autowired
    LibraryService library;

    @Autowired
    LibraryImports imports;

    @Autowired
    FactCheckRepository factChecks;

    @Autowired
    ClaimMatches matches;

    @Autowired
    LibraryGeneration generation;

    @Autowired
    org.springframework.transaction.PlatformTransactionManager transactions;

    @Autowired
    ArticleService articles;

    @Autowired
    ClaimService claims;

    @Autowired
    ResearchService research;

    @Autowired
    JdbcTemplate jdbc;

    private long article;
    private long claimId;

    @BeforeEach
    void a_claim_and_a_library() throws Exception {
        importJson("[" + LibraryTest.review("https://fc.example.fr/1", "Les éoliennes tuent des milliers d'oiseaux",
                "Faux") + "," + LibraryTest.review("https://fc.example.fr/2", "Le prix de l'électricité a doublé",
                "Trompeur") + "]");
        article = articles.importArticle(new ArticleData("Énergie",
                "Selon le maire, une eolienne tue chaque année des oiseaux par milliers.", null, null, null, null,
                "fr"));
        claimId = claims.list(article, PageRequest.of(0, 5)).getFirst().id();
        matches.awaitIdle();
    }

    @AfterEach
    void remove_what_the_test_made() throws Exception {
        matches.awaitIdle();
        jdbc.update("delete from claim_library_ranking");
        LibraryTest.deleteArticle(jdbc, factChecks, article);
        factChecks.deleteAll();
        jdbc.update("delete from fact_check_import");
    }

    private void importJson(String json) throws Exception {
        imports.await(library.importClaimReviews("reviews.json", json.getBytes(StandardCharsets.UTF_8)));
    }

    /** Holds the matching's one background thread until the latch it returns is counted down. */
    private CountDownLatch holdTheMatching() {
        CountDownLatch busy = new CountDownLatch(1);
        Object target = AopTestUtils.getTargetObject(matches);
        ExecutorService background = (ExecutorService) Objects.requireNonNull(
                ReflectionTestUtils.getField(target, "background"));
        background.submit(() -> {
            busy.await();
            return null;
        });
        return busy;
    }

    private void markStoredSimilarities() {
        assertThat(jdbc.update("update claim_library_match set similarity = ? where claim_id = ?", MARKED, claimId))
                .as("a stored ranking to mark").isPositive();
    }

    private List<Double> similarities() {
        return library.checkedBefore(claimId).stream().map(one -> one.match().similarity()).toList();
    }

    @Test
    void opening_a_claim_again_reads_the_stored_ranking_and_shows_the_same_matches() {
        List<CheckedBefore> first = library.checkedBefore(claimId);
        assertThat(first).isNotEmpty();
        assertThat(first.getFirst().match().factCheck().url()).isEqualTo("https://fc.example.fr/1");

        assertThat(library.checkedBefore(claimId)).as("read back as ranked").isEqualTo(first);
        markStoredSimilarities();
        assertThat(similarities()).as("no ranking: the stored one is shown").containsOnly(MARKED);
    }

    @Test
    void a_wording_change_ranks_the_claim_again_and_stores_the_new_ranking() throws Exception {
        library.checkedBefore(claimId);
        markStoredSimilarities();

        claims.reword(claimId, research.details(claimId).orElseThrow().version(),
                "Le prix de l'électricité a doublé selon le maire.");
        List<CheckedBefore> after = library.checkedBefore(claimId);

        assertThat(after.getFirst().match().factCheck().url()).isEqualTo("https://fc.example.fr/2");
        assertThat(after).extracting(one -> one.match().similarity()).doesNotContain(MARKED);
        matches.awaitIdle();
        assertThat(library.checkedBefore(claimId)).isEqualTo(after);
    }

    @Test
    void a_change_of_the_library_ranks_the_claim_again_and_a_new_fact_check_shows() throws Exception {
        library.checkedBefore(claimId);
        markStoredSimilarities();

        importJson("[" + LibraryTest.review("https://fc.example.fr/3",
                "Une éolienne tue chaque année des milliers d'oiseaux, selon le maire", "Faux") + "]");

        List<CheckedBefore> after = library.checkedBefore(claimId);
        assertThat(after).extracting(one -> one.match().factCheck().url()).contains("https://fc.example.fr/3");
        assertThat(after).extracting(one -> one.match().similarity()).doesNotContain(MARKED);
    }

    @Test
    void after_a_change_of_the_library_the_page_shows_the_older_ranking_at_once_and_the_new_one_once_ranked_again()
            throws Exception {
        library.checkedBefore(claimId);
        markStoredSimilarities();
        importJson("[" + LibraryTest.review("https://fc.example.fr/3",
                "Une éolienne tue chaque année des milliers d'oiseaux, selon le maire", "Faux") + "]");
        matches.awaitIdle();

        // Held, so that the second page asks while the ranking is still running (it may otherwise be done by then).
        CountDownLatch busy = holdTheMatching();
        CheckedBeforeNow now;
        CheckedBeforeNow again;
        try {
            now = library.checkedBeforeNow(claimId);
            again = library.checkedBeforeNow(claimId);
        } finally {
            busy.countDown();
        }

        assertThat(now.matches()).as("the older ranking, not ranked live").extracting(one -> one.match().similarity())
                .containsOnly(MARKED);
        assertThat(now.fresher()).as("being ranked again").isNotNull();
        assertThat(again.fresher()).as("once, however many pages ask").isSameAs(now.fresher());
        now.fresher().get(1, TimeUnit.MINUTES);

        CheckedBeforeNow fresh = library.checkedBeforeNow(claimId);
        assertThat(fresh.fresher()).as("current now").isNull();
        assertThat(fresh.matches()).extracting(one -> one.match().factCheck().url())
                .contains("https://fc.example.fr/3");
        assertThat(fresh.matches()).extracting(one -> one.match().similarity()).doesNotContain(MARKED);
    }

    @Test
    void a_reworded_claim_is_ranked_at_once_not_shown_with_the_ranking_of_its_former_words() throws Exception {
        library.checkedBefore(claimId);
        markStoredSimilarities();
        importJson("[" + LibraryTest.review("https://fc.example.fr/3", "Le nucléaire produit 70 % de l'électricité",
                "Vrai") + "]");
        claims.reword(claimId, research.details(claimId).orElseThrow().version(),
                "Le prix de l'électricité a doublé selon le maire.");

        CheckedBeforeNow now = library.checkedBeforeNow(claimId);

        assertThat(now.fresher()).isNull();
        assertThat(now.matches().getFirst().match().factCheck().url()).isEqualTo("https://fc.example.fr/2");
        assertThat(now.matches()).extracting(one -> one.match().similarity()).doesNotContain(MARKED);
    }

    @Test
    void a_generation_read_while_a_library_change_commits_is_no_longer_current_once_the_commit_has_returned() {
        long[] seen = new long[1];
        new org.springframework.transaction.support.TransactionTemplate(transactions).executeWithoutResult(status -> {
            generation.moveOn();
            seen[0] = generation.current();
        });

        assertThat(generation.current()).as("moved on again after the commit (the index written)")
                .isGreaterThan(seen[0]);
    }

    @Test
    void match_again_ranks_even_a_current_stored_ranking() {
        library.checkedBefore(claimId);
        markStoredSimilarities();

        assertThat(library.matchAgain(claimId)).extracting(one -> one.match().similarity())
                .doesNotContain(MARKED);
        assertThat(similarities()).doesNotContain(MARKED);
    }

    @Test
    void more_not_the_same_than_the_stored_ranking_holds_ranks_again() throws Exception {
        library.checkedBefore(claimId);
        jdbc.update("update claim_library_ranking set asked = ? where claim_id = ?", ClaimMatches.SHOWN, claimId);
        markStoredSimilarities();
        CheckedBefore hidden = library.checkedBefore(claimId).getLast();
        jdbc.update("insert into claim_match (claim_id, fact_check_id, decision, similarity, decided_by, decided_at) "
                + "values (?, ?, 'NOT_SAME', 0, 'editor', current_timestamp)", claimId,
                hidden.match().factCheck().id());

        List<CheckedBefore> after = library.checkedBefore(claimId);

        assertThat(after).extracting(one -> one.match().similarity()).doesNotContain(MARKED);
        assertThat(after).extracting(one -> one.match().factCheck().id())
                .doesNotContain(hidden.match().factCheck().id());
    }
}
