package org.factdesk.claim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.factdesk.article.ArticleData;
import org.factdesk.article.ArticleDetails;
import org.factdesk.article.ArticleService;
import org.factdesk.base.RefusedException;
import org.factdesk.extraction.TextPart;
import org.junit.jupiter.api.BeforeEach;
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
import org.springframework.test.context.transaction.TestTransaction;
import org.springframework.transaction.annotation.Transactional;

/** Extraction on import, claims made from a selection, split and merge, re-anchoring after edits, re-extraction. */
@SpringBootTest
@ExtendWith(SignedIn.class)
@Transactional
@WithUserDetails("editor")
class ClaimShapingServiceTest {

    static final String TITLE = "Le chômage a reculé en 2023, selon l'Insee";
    static final String S1 = "Le taux de chômage en France a atteint 7,1 % au troisième trimestre 2023, selon l'Insee.";
    static final String S2 = "Le gouvernement a déclaré que 150 000 emplois avaient été créés en 2022.";
    static final String S3 = "Le ministre du Travail a affirmé que la réforme de 2019 avait doublé le nombre d'apprentis.";
    static final String S4 = "Il faut rester prudent.";
    static final String S5 = "La Banque de France a indiqué que l'inflation avait atteint 5,2 % en 2022.";
    static final String BODY = S1 + " " + S2 + "\n\n" + S3 + " " + S4 + "\n\n" + S5;
    private static final PageRequest ALL = PageRequest.of(0, 100);

    @Autowired
    ClaimShapingService shaping;

    @Autowired
    ClaimService service;

    @Autowired
    ClaimRepository claims;

    @Autowired
    ArticleService articles;

    @Autowired
    UserDetailsService users;

    private long article;

    @BeforeEach
    void import_the_article() {
        article = articles.importArticle(new ArticleData(TITLE, BODY, "Le Journal", null, null, null, "fr"));
    }

    // --- extraction on import ---

    @Test
    void importing_an_article_stores_its_title_and_every_sentence_as_a_candidate() {
        List<ClaimRow> rows = service.list(article, ALL);

        assertThat(rows).extracting(ClaimRow::quote).containsExactlyInAnyOrder(TITLE, S1, S2, S3, S4, S5);
        assertThat(rows).allSatisfy(row -> {
            assertThat(row.status()).isEqualTo(ClaimStatus.CANDIDATE);
            assertThat(row.origin()).isEqualTo(ClaimOrigin.EXTRACTED);
            assertThat((row.part() == TextPart.TITLE ? TITLE : body()).substring(row.start(), row.end()))
                    .isEqualTo(row.quote());
        });
        assertThat(claim(S2).start()).isEqualTo(BODY.indexOf(S2));
        assertThat(claim(S3).suggested()).isTrue();
        assertThat(claim(S4).suggested()).isFalse();
        assertThat(service.articleHistory(article)).extracting(ActivityEntry::action, ActivityEntry::detail,
                ActivityEntry::actor).contains(org.assertj.core.groups.Tuple.tuple("article.extracted", "6", "editor"));
    }

    @Test
    void the_claims_are_stored_in_the_same_transaction_as_the_article() {
        assertThat(service.count(article)).isEqualTo(6);

        TestTransaction.flagForRollback();
        TestTransaction.end();
        TestTransaction.start();

        assertThat(articles.find(article)).isEmpty();
        assertThat(service.count(article)).isZero();
    }

    // --- a claim from a selection ---

    @Test
    void a_selection_becomes_a_claim_to_check_with_its_quote_trimmed_and_scored_from_its_words() {
        int start = BODY.indexOf("la réforme de 2019");
        int end = start + "la réforme de 2019".length();

        long id = shaping.createFromSelection(article, TextPart.BODY, start - 1, end + 1);

        ClaimRow row = fresh(id);
        assertThat(row.quote()).isEqualTo("la réforme de 2019");
        assertThat(row.statement()).isEqualTo("la réforme de 2019");
        assertThat(row.start()).isEqualTo(start);
        assertThat(row.end()).isEqualTo(end);
        assertThat(row.status()).isEqualTo(ClaimStatus.TO_CHECK);
        assertThat(row.origin()).isEqualTo(ClaimOrigin.SELECTED);
        assertThat(row.reasons()).isNotEmpty();
        assertThat(row.reasons()).extracting(ClaimReason::evidence).anyMatch(evidence -> evidence.contains("2019"));
        assertThat(row.score()).isEqualTo(row.reasons().stream().mapToInt(ClaimReason::weight).sum());
        assertThat(service.history(id)).singleElement().satisfies(entry -> {
            assertThat(entry.action()).isEqualTo("claim.created");
            assertThat(entry.detail()).isEqualTo("SELECTED");
            assertThat(entry.after()).isEqualTo("la réforme de 2019");
        });
    }

    @Test
    void words_of_the_title_can_be_selected_too() {
        long id = shaping.createFromSelection(article, TextPart.TITLE, 0, "Le chômage a reculé".length());

        assertThat(fresh(id).part()).isEqualTo(TextPart.TITLE);
        assertThat(fresh(id).quote()).isEqualTo("Le chômage a reculé");
    }

    @Test
    void a_selection_across_a_paragraph_break_is_refused() {
        int start = BODY.indexOf("créés en 2022");
        int end = BODY.indexOf("a affirmé");

        assertRefused(() -> shaping.createFromSelection(article, TextPart.BODY, start, end),
                "claim.error.selection-paragraphs");
        assertThat(service.count(article)).isEqualTo(6);
    }

    @Test
    void a_selection_outside_the_text_is_refused() {
        assertRefused(() -> shaping.createFromSelection(article, TextPart.BODY, -1, 5), "claim.error.selection-outside");
        assertRefused(() -> shaping.createFromSelection(article, TextPart.BODY, 5, BODY.length() + 1),
                "claim.error.selection-outside");
        assertRefused(() -> shaping.createFromSelection(article, TextPart.TITLE, 0, TITLE.length() + 1),
                "claim.error.selection-outside");
        assertRefused(() -> shaping.createFromSelection(article, TextPart.BODY, 10, 10),
                "claim.error.selection-outside");
        assertRefused(() -> shaping.createFromSelection(article, TextPart.BODY, 10, 5),
                "claim.error.selection-outside");
        assertThat(service.count(article)).isEqualTo(6);
    }

    @Test
    void a_blank_selection_is_refused() {
        int gap = BODY.indexOf("\n\n");

        assertRefused(() -> shaping.createFromSelection(article, TextPart.BODY, gap, gap + 2),
                "claim.error.selection-empty");
        assertRefused(() -> shaping.createFromSelection(article, TextPart.BODY, gap + 1, gap + 2),
                "claim.error.selection-empty");
        assertThat(service.count(article)).isEqualTo(6);
    }

    @Test
    void a_selection_in_an_article_that_is_gone_is_refused() {
        assertRefused(() -> shaping.createFromSelection(999_999_999L, TextPart.BODY, 0, 5), "article.error.gone");
    }

    // --- split ---

    @Test
    void splitting_keeps_the_first_part_and_the_status_on_the_claim_and_creates_the_second_next_to_it() {
        ClaimRow original = claim(S2);
        service.select(original.id(), original.version());
        int offset = S2.indexOf("150 000");

        long restId = shaping.split(original.id(), fresh(original.id()).version(), offset);

        ClaimRow first = fresh(original.id());
        ClaimRow rest = fresh(restId);
        assertThat(first.quote()).isEqualTo("Le gouvernement a déclaré que");
        assertThat(first.statement()).isEqualTo("Le gouvernement a déclaré que");
        assertThat(first.status()).isEqualTo(ClaimStatus.TO_CHECK);
        assertThat(first.origin()).isEqualTo(ClaimOrigin.SPLIT);
        assertThat(first.start()).isEqualTo(original.start());
        assertThat(rest.quote()).isEqualTo("150 000 emplois avaient été créés en 2022.");
        assertThat(rest.start()).isEqualTo(original.start() + offset);
        assertThat(rest.end()).isEqualTo(original.end());
        assertThat(rest.origin()).isEqualTo(ClaimOrigin.SPLIT);
        assertThat(rest.status()).isEqualTo(ClaimStatus.TO_CHECK);
        assertThat(service.count(article)).isEqualTo(7);
        List<ClaimSpan> spans = service.spans(article);
        int firstNumber = number(spans, original.id());
        assertThat(number(spans, restId)).isEqualTo(firstNumber + 1);
        assertThat(service.history(original.id())).first().satisfies(entry -> {
            assertThat(entry.action()).isEqualTo("claim.split");
            // Extracted from "Le gouvernement a déclaré que …", the statement left the attribution out (issue 12 #10).
            assertThat(entry.before()).isEqualTo("150 000 emplois avaient été créés en 2022.");
            assertThat(entry.after()).isEqualTo("Le gouvernement a déclaré que");
        });
        assertThat(service.history(restId)).extracting(ActivityEntry::action).containsExactly("claim.created");
    }

    @Test
    void splitting_a_candidate_makes_two_candidates_and_keeps_a_reworded_statement() {
        ClaimRow original = claim(S3);
        service.reword(original.id(), original.version(), "La réforme a doublé les apprentis.");
        int offset = S3.indexOf("la réforme");

        long restId = shaping.split(original.id(), fresh(original.id()).version(), offset);

        assertThat(fresh(original.id()).status()).isEqualTo(ClaimStatus.CANDIDATE);
        assertThat(fresh(original.id()).statement()).isEqualTo("La réforme a doublé les apprentis.");
        assertThat(fresh(original.id()).quote()).isEqualTo("Le ministre du Travail a affirmé que");
        assertThat(fresh(restId).status()).isEqualTo(ClaimStatus.CANDIDATE);
    }

    @Test
    void a_split_point_outside_the_quote_or_leaving_an_empty_part_is_refused() {
        ClaimRow original = claim(S2);

        for (int offset : new int[] {-1, 0, S2.length(), S2.length() + 5}) {
            assertRefused(() -> shaping.split(original.id(), original.version(), offset), "claim.error.split-point");
        }
        assertThat(fresh(original.id())).isEqualTo(original);
        assertThat(service.count(article)).isEqualTo(6);
    }

    @Test
    void a_split_on_a_stale_version_is_refused() {
        ClaimRow original = claim(S2);

        assertRefused(() -> shaping.split(original.id(), original.version() + 1, 5), "claim.error.stale");
    }

    // --- merge ---

    @Test
    void merging_makes_one_anchor_covering_both_claims_and_removes_the_next() {
        ClaimRow first = claim(S1);
        ClaimRow next = claim(S2);

        shaping.mergeWithNext(first.id(), first.version());

        ClaimRow merged = fresh(first.id());
        assertThat(merged.quote()).isEqualTo(S1 + " " + S2);
        // Neither was reworded: the statement is what a new claim of the words says, without "selon l'Insee" and
        // "Le gouvernement a déclaré que" (issue 12 #10).
        assertThat(merged.statement()).isEqualTo(S1.substring(0, S1.indexOf(", selon")) + ". "
                + S2.substring(S2.indexOf("150 000")));
        assertThat(merged.start()).isEqualTo(first.start());
        assertThat(merged.end()).isEqualTo(next.end());
        assertThat(merged.origin()).isEqualTo(ClaimOrigin.MERGED);
        assertThat(service.find(next.id())).isEmpty();
        assertThat(service.count(article)).isEqualTo(5);
        assertThat(service.history(first.id())).first().satisfies(entry -> {
            assertThat(entry.action()).isEqualTo("claim.merged");
            assertThat(entry.detail()).isEqualTo(Long.toString(next.id()));
        });
        assertThat(service.history(next.id())).extracting(ActivityEntry::action).containsExactly("claim.merged-into");
    }

    @Test
    void merging_with_a_reworded_neighbour_joins_the_statements() {
        ClaimRow first = claim(S1);
        ClaimRow next = claim(S2);
        service.reword(next.id(), next.version(), "150 000 emplois créés en 2022.");

        shaping.mergeWithNext(first.id(), fresh(first.id()).version());

        ClaimRow merged = fresh(first.id());
        // S1 ends ", selon l'Insee.": its statement left the attribution out when it was extracted (issue 12 #10).
        assertThat(first.statement()).isEqualTo(S1.substring(0, S1.indexOf(", selon")));
        assertThat(merged.statement()).isEqualTo(first.statement() + " 150 000 emplois créés en 2022.");
        assertThat(merged.statementEdited()).isTrue();
        assertThat(merged.quote()).isEqualTo(S1 + " " + S2);
    }

    @Test
    void a_neighbour_already_in_research_is_not_merged_away() {
        ClaimRow first = claim(S1);
        ClaimRow next = claim(S2);
        Claim entity = claims.findById(next.id()).orElseThrow();
        entity.select(java.time.Instant.now());
        entity.take("checker", java.time.Instant.now());

        assertRefused(() -> shaping.mergeWithNext(first.id(), first.version()), "claim.error.merge-work");

        assertThat(fresh(next.id()).status()).isEqualTo(ClaimStatus.IN_RESEARCH);
        assertThat(fresh(first.id()).quote()).isEqualTo(S1);
    }

    @Test
    void the_last_claim_has_no_neighbour_to_merge_with() {
        ClaimRow last = claim(S5);
        ClaimRow title = claim(TITLE);

        assertRefused(() -> shaping.mergeWithNext(last.id(), last.version()), "claim.error.no-neighbour");
        assertRefused(() -> shaping.mergeWithNext(title.id(), title.version()), "claim.error.no-neighbour");
        assertThat(service.count(article)).isEqualTo(6);
    }

    @Test
    void claims_are_not_merged_across_a_paragraph_break() {
        ClaimRow lastOfFirstParagraph = claim(S2);

        assertRefused(() -> shaping.mergeWithNext(lastOfFirstParagraph.id(), lastOfFirstParagraph.version()),
                "claim.error.no-neighbour");

        assertThat(fresh(lastOfFirstParagraph.id()).quote()).isEqualTo(S2);
        assertThat(service.count(article)).isEqualTo(6);
    }

    // --- edits of the article ---

    @Test
    void editing_the_text_moves_the_anchors_of_claims_whose_words_moved() {
        String added = "Une phrase nouvelle a été ajoutée en 2024. ";
        ClaimRow s3 = claim(S3);

        edit(TITLE, added + BODY);

        ClaimRow moved = fresh(s3.id());
        assertThat(moved.start()).isEqualTo(s3.start() + added.length());
        assertThat(moved.quote()).isEqualTo(S3);
        assertThat(moved.anchorLost()).isFalse();
        assertThat(body().substring(moved.start(), moved.end())).isEqualTo(S3);
        assertThat(fresh(claim(TITLE).id()).start()).isZero();
        assertThat(articles.revisions(article)).hasSize(1);
    }

    @Test
    void a_claim_whose_words_were_deleted_is_flagged_and_kept() {
        ClaimRow s5 = claim(S5);
        service.select(s5.id(), s5.version());

        edit(TITLE, S1 + " " + S2 + "\n\n" + S3 + " " + S4);

        ClaimRow lost = fresh(s5.id());
        assertThat(lost.anchorLost()).isTrue();
        assertThat(lost.status()).isEqualTo(ClaimStatus.TO_CHECK);
        assertThat(lost.quote()).isEqualTo(S5);
        assertThat(service.count(article)).isEqualTo(6);
        assertThat(service.spans(article)).filteredOn(ClaimSpan::anchorLost).extracting(ClaimSpan::id)
                .containsExactly(s5.id());
        assertThat(service.history(s5.id())).first().satisfies(entry -> {
            assertThat(entry.action()).isEqualTo("claim.anchor-lost");
            assertThat(entry.before()).isEqualTo(S5);
        });

        edit(TITLE, BODY);

        assertThat(fresh(s5.id()).anchorLost()).isFalse();
        assertThat(fresh(s5.id()).start()).isEqualTo(BODY.indexOf(S5));
    }

    // --- re-extraction ---

    @Test
    void re_extraction_of_an_unchanged_article_changes_nothing() {
        List<ClaimRow> before = service.list(article, ALL);

        ReextractionResult result = shaping.reextract(article);

        assertThat(result).isEqualTo(new ReextractionResult(0, 6, 0));
        assertThat(service.list(article, ALL)).isEqualTo(before);
    }

    @Test
    void re_extraction_after_an_edit_adds_new_sentences_replaces_untouched_candidates_and_keeps_the_desk_work() {
        ClaimRow c1 = claim(S1);
        ClaimRow c2 = claim(S2);
        ClaimRow c4 = claim(S4);
        ClaimRow c5 = claim(S5);
        service.reword(c2.id(), c2.version(), "150 000 emplois créés en 2022.");
        service.dismiss(c4.id(), c4.version(), DismissReason.OPINION);
        service.select(c5.id(), c5.version());
        String s1Changed = "Le taux de chômage en France a atteint 7,4 % au quatrième trimestre 2023, selon l'Insee.";
        String s6 = "Le déficit public a atteint 5,5 % du PIB en 2023, selon l'Insee.";
        edit(TITLE, s1Changed + "\n\n" + S3 + " " + S4 + "\n\n" + S5 + " " + s6);

        ReextractionResult result = shaping.reextract(article);

        assertThat(result).isEqualTo(new ReextractionResult(2, 5, 1));
        List<ClaimRow> rows = service.list(article, ALL);
        assertThat(rows).extracting(ClaimRow::quote).containsExactlyInAnyOrder(TITLE, s1Changed, S2, S3, S4, S5, s6);
        assertThat(service.find(c1.id())).as("untouched candidate whose sentence disappeared").isEmpty();
        assertThat(fresh(c2.id())).satisfies(reworded -> {
            assertThat(reworded.statement()).isEqualTo("150 000 emplois créés en 2022.");
            assertThat(reworded.anchorLost()).isTrue();
        });
        assertThat(fresh(c4.id()).status()).isEqualTo(ClaimStatus.DISMISSED);
        assertThat(fresh(c5.id()).status()).isEqualTo(ClaimStatus.TO_CHECK);
        assertThat(claim(s6).status()).isEqualTo(ClaimStatus.CANDIDATE);
        assertThat(claim(s1Changed).origin()).isEqualTo(ClaimOrigin.EXTRACTED);

        ReextractionResult again = shaping.reextract(article);

        assertThat(again).isEqualTo(new ReextractionResult(0, 7, 0));
        assertThat(service.list(article, ALL)).hasSize(7);
        assertThat(service.articleHistory(article)).extracting(ActivityEntry::detail).contains("2/5/1", "0/7/0");
    }

    @Test
    void re_extraction_keeps_a_split_claim_and_adds_nothing() {
        ClaimRow original = claim(S2);
        shaping.split(original.id(), original.version(), S2.indexOf("150 000"));
        List<Long> before = service.list(article, ALL).stream().map(ClaimRow::id).sorted().toList();

        ReextractionResult result = shaping.reextract(article);

        assertThat(result.added()).isZero();
        assertThat(result.replaced()).isZero();
        assertThat(service.list(article, ALL).stream().map(ClaimRow::id).sorted().toList()).isEqualTo(before);
    }

    @Test
    void re_extraction_keeps_a_merged_claim_and_does_not_bring_back_its_sentences() {
        ClaimRow first = claim(S1);
        shaping.mergeWithNext(first.id(), first.version());

        ReextractionResult result = shaping.reextract(article);

        assertThat(result.added()).isZero();
        assertThat(result.replaced()).isZero();
        assertThat(fresh(first.id()).quote()).isEqualTo(S1 + " " + S2);
        assertThat(service.list(article, ALL)).extracting(ClaimRow::quote).doesNotContain(S1, S2);
    }

    @Test
    void re_extraction_does_not_bring_back_a_sentence_already_claimed_from_a_selection() {
        int start = BODY.indexOf("la réforme de 2019");
        shaping.createFromSelection(article, TextPart.BODY, start, start + "la réforme de 2019".length());

        shaping.reextract(article);
        ReextractionResult again = shaping.reextract(article);

        assertThat(again.added()).isZero();
        assertThat(service.list(article, ALL)).filteredOn(row -> row.quote().equals(S3)).hasSizeLessThanOrEqualTo(1);
    }

    // --- roles ---

    @ParameterizedTest
    @ValueSource(strings = {"checker", "viewer", "admin"})
    void only_editors_may_shape_claims(String username) {
        ClaimRow s2 = claim(S2);
        ClaimRow s1 = claim(S1);
        SignedIn.as(users, username);

        Map<String, ThrowingCallable> actions = Map.of(
                "reextract", () -> shaping.reextract(article),
                "createFromSelection", () -> shaping.createFromSelection(article, TextPart.BODY, 0, 10),
                "split", () -> shaping.split(s2.id(), s2.version(), 5),
                "mergeWithNext", () -> shaping.mergeWithNext(s1.id(), s1.version()));
        actions.forEach((name, action) ->
                assertThatThrownBy(action).as(name).isInstanceOf(AccessDeniedException.class));

        assertThat(service.count(article)).isEqualTo(6);
        assertThat(fresh(s1.id())).isEqualTo(s1);
    }

    // --- helpers ---

    private String body() {
        return articles.find(article).map(ArticleDetails::body).orElseThrow();
    }

    private void edit(String title, String body) {
        claims.flush();
        ArticleDetails current = articles.find(article).orElseThrow();
        articles.update(article, current.version(), new ArticleData(title, body, current.outlet(), null, null, null,
                "fr"));
        claims.flush();
    }

    private ClaimRow claim(String quote) {
        claims.flush();
        return service.list(article, ALL).stream().filter(row -> row.quote().equals(quote)).findFirst()
                .orElseThrow(() -> new AssertionError("No claim quotes " + quote));
    }

    private ClaimRow fresh(long id) {
        claims.flush();
        return service.find(id).orElseThrow();
    }

    private static int number(List<ClaimSpan> spans, long id) {
        return spans.stream().filter(span -> span.id() == id).findFirst().map(ClaimSpan::number).orElseThrow();
    }

    private static void assertRefused(ThrowingCallable call, String key) {
        assertThatThrownBy(call).isInstanceOfSatisfying(RefusedException.class,
                refusal -> assertThat(refusal.key()).isEqualTo(key));
    }
}
