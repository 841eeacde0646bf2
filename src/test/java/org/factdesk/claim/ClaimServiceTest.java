package org.factdesk.claim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import jakarta.validation.ConstraintViolationException;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.factdesk.article.ArticleListItem;
import org.factdesk.article.ArticleService;
import org.factdesk.base.RefusedException;
import org.factdesk.extraction.TextPart;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.annotation.Transactional;

/** Reading the seed article's claims, and the editor's choices among them, with their history. */
@SpringBootTest
@ExtendWith(SignedIn.class)
@Transactional
class ClaimServiceTest {

    static final String SEED_TITLE = SeedArticle.TITLE;
    private static final PageRequest ALL = PageRequest.of(0, 100);

    @Autowired
    ClaimService service;

    @Autowired
    ClaimRepository claims;

    @Autowired
    ArticleService articles;

    @Autowired
    UserDetailsService users;

    // --- the seed article's claims ---

    @Test
    @WithUserDetails("viewer")
    void the_seed_article_has_its_title_and_eighteen_body_sentences_as_claims() {
        List<ClaimRow> rows = service.list(seed(), ALL);

        assertThat(rows).hasSize(19);
        assertThat(service.count(seed())).isEqualTo(19);
        assertThat(rows).filteredOn(row -> row.part() == TextPart.TITLE).extracting(ClaimRow::statement)
                .containsExactly(SEED_TITLE);
        assertThat(rows).filteredOn(row -> row.part() == TextPart.BODY).hasSize(18);
        assertThat(rows).allSatisfy(row -> {
            assertThat(row.status()).isEqualTo(ClaimStatus.CANDIDATE);
            assertThat(row.origin()).isEqualTo(ClaimOrigin.EXTRACTED);
        });
        // A sentence that names its source became a statement without the attribution (issue 12 #10); the rest is
        // the sentence itself.
        assertThat(rows).filteredOn(row -> !row.statement().equals(row.quote())).extracting(ClaimRow::statement)
                .containsExactly("Après un dîner partagé, les deux dirigeants se sont retirés pour leurs premières "
                        + "discussions informelles", "Plusieurs documents devaient être signés, et des discussions sur "
                        + "\"les questions internationales et régionales\" étaient prévues, portant sur le conflit "
                        + "entre l'Azerbaïdjan et l'Arménie voisine.");
    }

    @Test
    @WithUserDetails("viewer")
    void neither_the_sub_heading_nor_the_read_also_line_is_a_claim() {
        List<ClaimRow> rows = service.list(seed(), ALL);

        assertThat(rows).extracting(ClaimRow::statement)
                .doesNotContain("L'Arménie se tourne vers l'Occident")
                .noneMatch(statement -> statement.contains("Lire aussi"));
    }

    @Test
    @WithUserDetails("viewer")
    void dated_past_events_are_suggested_and_a_prediction_is_not() {
        assertThat(seedClaim("septembre 2023").suggested()).isTrue();
        assertThat(seedClaim("en 1991").suggested()).isTrue();
        assertThat(seedClaim("en 2018").suggested()).isTrue();
        assertThat(seedClaim("Cette rencontre devrait attirer").suggested()).isFalse();
        assertThat(seedClaim("septembre 2023").reasons()).extracting(ClaimReason::evidence)
                .contains("septembre 2023");
    }

    @Test
    @WithUserDetails("viewer")
    void the_list_shows_suggested_claims_first_the_most_check_worthy_first() {
        List<ClaimRow> rows = service.list(seed(), ALL);

        int firstNotSuggested = rows.stream().filter(row -> !row.suggested()).findFirst().map(rows::indexOf)
                .orElse(rows.size());
        assertThat(firstNotSuggested).as("some are suggested, some are not").isBetween(1, rows.size() - 1);
        assertThat(rows.subList(firstNotSuggested, rows.size())).noneMatch(ClaimRow::suggested);
        assertThat(rows.subList(0, firstNotSuggested)).extracting(ClaimRow::score)
                .isSortedAccordingTo((a, b) -> Integer.compare(b, a));
        assertThat(rows.subList(firstNotSuggested, rows.size())).extracting(ClaimRow::score)
                .isSortedAccordingTo((a, b) -> Integer.compare(b, a));
    }

    @Test
    @WithUserDetails("viewer")
    void the_list_pages_through_the_ranking_without_gaps_or_repeats() {
        List<ClaimRow> all = service.list(seed(), ALL);

        List<ClaimRow> paged = new java.util.ArrayList<>();
        for (int page = 0; page < 4; page++) {
            paged.addAll(service.list(seed(), PageRequest.of(page, 5)));
        }

        assertThat(paged).extracting(ClaimRow::id).containsExactlyElementsOf(all.stream().map(ClaimRow::id).toList());
    }

    @Test
    @WithUserDetails("viewer")
    void spans_are_numbered_in_article_order_starting_with_the_title() {
        List<ClaimSpan> spans = service.spans(seed());

        assertThat(spans).hasSize(19);
        assertThat(spans).extracting(ClaimSpan::number).containsExactlyElementsOf(
                java.util.stream.IntStream.rangeClosed(1, 19).boxed().toList());
        assertThat(spans.getFirst().part()).isEqualTo(TextPart.TITLE);
        assertThat(spans.getFirst().id()).isEqualTo(seedClaim("vise à renforcer les liens").id());
        assertThat(spans.subList(1, 19)).extracting(ClaimSpan::part).containsOnly(TextPart.BODY);
        assertThat(spans.subList(1, 19)).extracting(ClaimSpan::start).isSorted();
        String body = articles.find(seed()).orElseThrow().body();
        ClaimSpan second = spans.get(1);
        assertThat(body.substring(second.start(), second.end())).startsWith("Pour les prochains jours");
    }

    // --- the editor's choices ---

    @Test
    @WithUserDetails("editor")
    void selecting_a_candidate_makes_it_to_check_and_is_logged() {
        ClaimRow claim = seedClaim("en 1991");

        service.select(claim.id(), claim.version());

        ClaimRow after = fresh(claim.id());
        assertThat(after.status()).isEqualTo(ClaimStatus.TO_CHECK);
        assertThat(after.version()).isGreaterThan(claim.version());
        assertThat(service.history(claim.id())).first().satisfies(entry -> {
            assertThat(entry.action()).isEqualTo("claim.status");
            assertThat(entry.actor()).isEqualTo("editor");
            assertThat(entry.before()).isEqualTo("CANDIDATE");
            assertThat(entry.after()).isEqualTo("TO_CHECK");
            assertThat(entry.claimId()).isEqualTo(claim.id());
            assertThat(entry.articleId()).isEqualTo(seed());
        });
    }

    @Test
    @WithUserDetails("editor")
    void deselect_dismiss_and_restore_each_change_the_status_and_history_lists_them_newest_first() {
        long id = seedClaim("en 2018").id();

        service.select(id, fresh(id).version());
        service.deselect(id, fresh(id).version());
        assertThat(fresh(id).status()).isEqualTo(ClaimStatus.CANDIDATE);
        service.dismiss(id, fresh(id).version(), DismissReason.OPINION);
        ClaimRow dismissed = fresh(id);
        assertThat(dismissed.status()).isEqualTo(ClaimStatus.DISMISSED);
        assertThat(dismissed.dismissReason()).isEqualTo(DismissReason.OPINION);
        service.restore(id, fresh(id).version());
        assertThat(fresh(id).status()).isEqualTo(ClaimStatus.CANDIDATE);
        assertThat(fresh(id).dismissReason()).isNull();

        assertThat(service.history(id)).extracting(ActivityEntry::action, ActivityEntry::detail,
                ActivityEntry::before, ActivityEntry::after).containsExactly(
                tuple("claim.status", null, "DISMISSED", "CANDIDATE"),
                tuple("claim.status", "OPINION", "CANDIDATE", "DISMISSED"),
                tuple("claim.status", null, "TO_CHECK", "CANDIDATE"),
                tuple("claim.status", null, "CANDIDATE", "TO_CHECK"));
    }

    @Test
    @WithUserDetails("editor")
    void a_claim_dismissed_after_selection_is_restored_to_check() {
        long id = seedClaim("septembre 2023").id();
        service.select(id, fresh(id).version());
        service.dismiss(id, fresh(id).version(), DismissReason.DUPLICATE);

        service.restore(id, fresh(id).version());

        assertThat(fresh(id).status()).isEqualTo(ClaimStatus.TO_CHECK);
    }

    @Test
    @WithUserDetails("editor")
    void select_all_selects_only_the_candidates_and_logs_each() {
        long first = seedClaim("en 1991").id();
        long second = seedClaim("en 2018").id();
        long dismissed = seedClaim("septembre 2023").id();
        service.dismiss(dismissed, fresh(dismissed).version(), DismissReason.OUT_OF_SCOPE);

        int selected = service.selectAll(List.of(first, second, dismissed));

        assertThat(selected).isEqualTo(2);
        assertThat(fresh(first).status()).isEqualTo(ClaimStatus.TO_CHECK);
        assertThat(fresh(second).status()).isEqualTo(ClaimStatus.TO_CHECK);
        assertThat(fresh(dismissed).status()).isEqualTo(ClaimStatus.DISMISSED);
        assertThat(service.history(second)).first().extracting(ActivityEntry::after).isEqualTo("TO_CHECK");
    }

    @Test
    @WithUserDetails("editor")
    void an_approved_claim_cannot_be_dismissed() {
        long id = seedClaim("en 2018").id();
        Claim claim = claims.findById(id).orElseThrow();
        claim.select(java.time.Instant.now());
        claim.take("checker", java.time.Instant.now());
        claim.submit(java.time.Instant.now());
        claim.approve(java.time.Instant.now());
        long version = fresh(id).version();
        int entries = service.history(id).size();

        assertThatThrownBy(() -> service.dismiss(id, version, DismissReason.OPINION))
                .isInstanceOf(IllegalTransitionException.class);

        assertThat(fresh(id).status()).isEqualTo(ClaimStatus.APPROVED);
        assertThat(service.history(id)).hasSize(entries);
    }

    @Test
    @WithUserDetails("editor")
    void an_illegal_transition_is_refused_and_logs_nothing() {
        long id = seedClaim("en 1991").id();

        assertThatThrownBy(() -> service.restore(id, fresh(id).version()))
                .isInstanceOf(IllegalTransitionException.class);
        assertThatThrownBy(() -> service.deselect(id, fresh(id).version()))
                .isInstanceOf(IllegalTransitionException.class);

        assertThat(fresh(id).status()).isEqualTo(ClaimStatus.CANDIDATE);
        assertThat(service.history(id)).isEmpty();
    }

    @Test
    @WithUserDetails("editor")
    void a_change_based_on_a_stale_version_is_refused_and_changes_nothing() {
        ClaimRow claim = seedClaim("en 1991");
        long stale = claim.version();
        service.select(claim.id(), stale);
        ClaimRow selected = fresh(claim.id());

        for (ThrowingCallable change : List.<ThrowingCallable>of(
                () -> service.dismiss(claim.id(), stale, DismissReason.OPINION),
                () -> service.deselect(claim.id(), stale),
                () -> service.reword(claim.id(), stale, "Autre chose."),
                () -> service.dismiss(claim.id(), selected.version() + 1, DismissReason.OPINION))) {
            assertThatThrownBy(change).isInstanceOfSatisfying(RefusedException.class,
                    refusal -> assertThat(refusal.key()).isEqualTo("claim.error.stale"));
        }

        ClaimRow after = fresh(claim.id());
        assertThat(after.status()).isEqualTo(ClaimStatus.TO_CHECK);
        assertThat(after.version()).isEqualTo(selected.version());
        assertThat(after.statement()).isEqualTo(claim.statement());
        assertThat(service.history(claim.id())).hasSize(1);
    }

    @Test
    @WithUserDetails("editor")
    void a_change_to_a_claim_that_is_gone_is_refused() {
        assertThatThrownBy(() -> service.select(999_999_999L, 0)).isInstanceOfSatisfying(RefusedException.class,
                refusal -> assertThat(refusal.key()).isEqualTo("claim.error.gone"));
    }

    @Test
    @WithUserDetails("editor")
    void rewording_keeps_the_anchor_on_the_article_words_and_logs_before_and_after() {
        ClaimRow claim = seedClaim("en 2018");

        service.reword(claim.id(), claim.version(), "  Poutine a visité l'Azerbaïdjan en 2018.  ");

        ClaimRow after = fresh(claim.id());
        assertThat(after.statement()).isEqualTo("Poutine a visité l'Azerbaïdjan en 2018.");
        assertThat(after.statementEdited()).isTrue();
        assertThat(after.quote()).isEqualTo(claim.quote());
        assertThat(after.start()).isEqualTo(claim.start());
        assertThat(after.end()).isEqualTo(claim.end());
        assertThat(after.status()).isEqualTo(ClaimStatus.CANDIDATE);
        assertThat(service.history(claim.id())).singleElement().satisfies(entry -> {
            assertThat(entry.action()).isEqualTo("claim.reworded");
            assertThat(entry.detail()).isEqualTo("statement");
            assertThat(entry.before()).isEqualTo(claim.statement());
            assertThat(entry.after()).isEqualTo("Poutine a visité l'Azerbaïdjan en 2018.");
        });
    }

    @Test
    @WithUserDetails("editor")
    void rewording_to_the_same_words_changes_nothing() {
        ClaimRow claim = seedClaim("en 2018");

        service.reword(claim.id(), claim.version(), claim.statement() + " ");

        assertThat(fresh(claim.id()).statementEdited()).isFalse();
        assertThat(fresh(claim.id()).version()).isEqualTo(claim.version());
        assertThat(service.history(claim.id())).isEmpty();
    }

    @Test
    @WithUserDetails("editor")
    void a_blank_or_too_long_wording_is_refused() {
        ClaimRow claim = seedClaim("en 2018");

        assertThatThrownBy(() -> service.reword(claim.id(), claim.version(), "   "))
                .isInstanceOf(ConstraintViolationException.class);
        assertThatThrownBy(() -> service.reword(claim.id(), claim.version(), "x".repeat(ClaimService.STATEMENT_MAX + 1)))
                .isInstanceOf(ConstraintViolationException.class);

        assertThat(fresh(claim.id()).statement()).isEqualTo(claim.statement());
    }

    @Test
    @WithUserDetails("editor")
    void html_and_script_in_a_statement_are_stored_exactly_as_typed() {
        ClaimRow claim = seedClaim("en 2018");
        String typed = "<script>alert(1)</script> & <img src=x onerror=alert(1)> \"quoted\" 'single'";

        service.reword(claim.id(), claim.version(), typed);

        assertThat(fresh(claim.id()).statement()).isEqualTo(typed);
        assertThat(service.history(claim.id()).getFirst().after()).isEqualTo(typed);
    }

    // --- roles ---

    @ParameterizedTest
    @ValueSource(strings = {"checker", "viewer", "admin"})
    void only_editors_may_choose_among_claims(String username) {
        SignedIn.as(users, "editor");
        ClaimRow claim = seedClaim("en 1991");
        SignedIn.as(users, username);

        Map<String, ThrowingCallable> actions = Map.of(
                "select", () -> service.select(claim.id(), claim.version()),
                "selectAll", () -> service.selectAll(List.of(claim.id())),
                "deselect", () -> service.deselect(claim.id(), claim.version()),
                "dismiss", () -> service.dismiss(claim.id(), claim.version(), DismissReason.OPINION),
                "restore", () -> service.restore(claim.id(), claim.version()),
                "reword", () -> service.reword(claim.id(), claim.version(), "Autre chose."));
        actions.forEach((name, action) ->
                assertThatThrownBy(action).as(name).isInstanceOf(AccessDeniedException.class));

        SignedIn.as(users, "editor");
        assertThat(fresh(claim.id())).isEqualTo(claim);
        assertThat(service.history(claim.id())).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"admin", "editor", "checker", "viewer"})
    void everyone_signed_in_can_read_claims_and_their_history(String username) {
        SignedIn.as(users, username);
        long article = seed();

        assertThat(service.list(article, ALL)).hasSize(19);
        assertThat(service.count(article)).isEqualTo(19);
        assertThat(service.spans(article)).hasSize(19);
        long id = service.spans(article).getFirst().id();
        assertThat(service.find(id)).isPresent();
        assertThat(service.history(id)).isEmpty();
        assertThat(service.articleHistory(article)).extracting(ActivityEntry::action).contains("article.extracted");
    }

    @Test
    void nobody_signed_in_reads_nothing() {
        assertThatThrownBy(() -> service.list(1, ALL))
                .isInstanceOf(org.springframework.security.core.AuthenticationException.class);
    }

    // --- helpers ---

    private long seed() {
        List<ArticleListItem> found = articles.list("vise à renforcer les liens de Bakou", ALL);
        assertThat(found).as("the seed article").singleElement();
        return found.getFirst().id();
    }

    private ClaimRow seedClaim(String words) {
        return service.list(seed(), ALL).stream().filter(row -> row.statement().contains(words)).findFirst()
                .orElseThrow(() -> new AssertionError("No claim contains " + words));
    }

    /** The claim as a colleague would read it now: pending changes flushed, so its version is current. */
    private ClaimRow fresh(long id) {
        claims.flush();
        return service.find(id).orElseThrow();
    }
}
