package org.factdesk.claim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.stream.Stream;
import org.factdesk.extraction.Feature;
import org.factdesk.extraction.TextPart;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.test.util.ReflectionTestUtils;

/** The claim's status machine (PRODUCT.md §2), its "untouched candidate" rule, and how its reasons are stored. */
class ClaimTest {

    private static final Instant T0 = Instant.parse("2026-01-05T09:00:00Z");
    private static final Instant T1 = Instant.parse("2026-01-05T10:00:00Z");
    private static final String TEXT = "Le chômage a baissé de 2 % en 2023. Il faut rester prudent.";

    /** Every action of the workflow, by the name the table uses. */
    enum Action {
        SELECT((claim, now) -> claim.select(now)),
        DESELECT((claim, now) -> claim.deselect(now)),
        DISMISS((claim, now) -> claim.dismiss(DismissReason.OPINION, now)),
        RESTORE((claim, now) -> claim.restore(now)),
        ASSIGN((claim, now) -> claim.assign("checker", null, Priority.NORMAL, now)),
        TAKE((claim, now) -> claim.take("checker", now)),
        UNASSIGN((claim, now) -> claim.unassign(now)),
        SUBMIT((claim, now) -> claim.submit(now)),
        APPROVE((claim, now) -> claim.approve(now)),
        SEND_BACK((claim, now) -> claim.sendBack(now)),
        REOPEN((claim, now) -> claim.reopen("editor2", "A correction", now));

        private final BiConsumer<Claim, Instant> run;

        Action(BiConsumer<Claim, Instant> run) {
            this.run = run;
        }

        void on(Claim claim) {
            run.accept(claim, T1);
        }
    }

    /** The legal transitions; every pair of status and action not listed here must be refused. */
    private static final Map<ClaimStatus, Map<Action, ClaimStatus>> LEGAL = new EnumMap<>(Map.of(
            ClaimStatus.CANDIDATE, Map.of(
                    Action.SELECT, ClaimStatus.TO_CHECK,
                    Action.DISMISS, ClaimStatus.DISMISSED),
            ClaimStatus.TO_CHECK, Map.of(
                    Action.DESELECT, ClaimStatus.CANDIDATE,
                    Action.DISMISS, ClaimStatus.DISMISSED,
                    Action.ASSIGN, ClaimStatus.TO_CHECK,
                    Action.TAKE, ClaimStatus.IN_RESEARCH),
            ClaimStatus.IN_RESEARCH, Map.of(
                    Action.ASSIGN, ClaimStatus.IN_RESEARCH,
                    Action.UNASSIGN, ClaimStatus.TO_CHECK,
                    Action.SUBMIT, ClaimStatus.IN_REVIEW),
            ClaimStatus.IN_REVIEW, Map.of(
                    Action.APPROVE, ClaimStatus.APPROVED,
                    Action.SEND_BACK, ClaimStatus.IN_RESEARCH),
            ClaimStatus.APPROVED, Map.of(
                    Action.REOPEN, ClaimStatus.IN_RESEARCH),
            ClaimStatus.DISMISSED, Map.of(
                    Action.RESTORE, ClaimStatus.CANDIDATE)));

    static Stream<Arguments> every_status_and_action() {
        List<Arguments> cases = new ArrayList<>();
        for (ClaimStatus status : ClaimStatus.values()) {
            for (Action action : Action.values()) {
                cases.add(Arguments.of(status, action, LEGAL.get(status).get(action)));
            }
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{1} from {0} -> {2}")
    @MethodSource("every_status_and_action")
    void each_action_from_each_status_either_moves_to_the_expected_status_or_is_refused(
            ClaimStatus from, Action action, @Nullable ClaimStatus expected) {
        Claim claim = claimIn(from);

        if (expected != null) {
            action.on(claim);
            assertThat(claim.getStatus()).isEqualTo(expected);
        } else {
            assertThatThrownBy(() -> action.on(claim))
                    .isInstanceOf(IllegalTransitionException.class)
                    .satisfies(e -> {
                        IllegalTransitionException refusal = (IllegalTransitionException) e;
                        assertThat(refusal.key()).isEqualTo("claim.error.transition");
                        assertThat(refusal.params()[1]).isEqualTo(from.name());
                    });
            assertThat(claim.getStatus()).as("a refused action changes nothing").isEqualTo(from);
        }
    }

    @Test
    void the_table_covers_every_status_and_action() {
        assertThat(every_status_and_action()).hasSize(ClaimStatus.values().length * Action.values().length);
        assertThat(LEGAL).containsOnlyKeys(ClaimStatus.values());
    }

    @Test
    void a_to_check_claim_somebody_was_given_cannot_be_deselected() {
        Claim claim = claimIn(ClaimStatus.TO_CHECK);
        ReflectionTestUtils.setField(claim, "assignee", "checker");

        assertThatThrownBy(() -> claim.deselect(T1)).isInstanceOf(IllegalTransitionException.class);
        assertThat(claim.getStatus()).isEqualTo(ClaimStatus.TO_CHECK);
    }

    @ParameterizedTest
    @EnumSource(value = ClaimStatus.class, names = {"CANDIDATE", "TO_CHECK"})
    void a_dismissed_claim_remembers_its_reason_and_is_restored_to_where_it_was(ClaimStatus before) {
        Claim claim = claimIn(before);

        claim.dismiss(DismissReason.DUPLICATE, T1);
        assertThat(claim.getStatus()).isEqualTo(ClaimStatus.DISMISSED);
        assertThat(claim.getDismissReason()).isEqualTo(DismissReason.DUPLICATE);

        claim.restore(T1);
        assertThat(claim.getStatus()).isEqualTo(before);
        assertThat(claim.getDismissReason()).isNull();
    }

    @Test
    void a_claim_dismissed_twice_from_different_places_goes_back_to_the_latest_one() {
        Claim claim = claimIn(ClaimStatus.TO_CHECK);
        claim.dismiss(DismissReason.OPINION, T1);
        claim.restore(T1);
        claim.deselect(T1);
        claim.dismiss(DismissReason.OUT_OF_SCOPE, T1);

        claim.restore(T1);

        assertThat(claim.getStatus()).isEqualTo(ClaimStatus.CANDIDATE);
    }

    @Test
    void an_assigned_claim_waits_to_check_until_its_assignee_takes_it() {
        Claim claim = claimIn(ClaimStatus.TO_CHECK);

        claim.assign("checker", null, Priority.HIGH, T1);
        assertThat(claim.getStatus()).isEqualTo(ClaimStatus.TO_CHECK);
        assertThat(claim.getAssignee()).isEqualTo("checker");

        claim.take("checker", T1);
        assertThat(claim.getStatus()).isEqualTo(ClaimStatus.IN_RESEARCH);
        assertThat(claim.getAssignee()).isEqualTo("checker");
    }

    @Test
    void a_claim_assigned_while_to_check_can_be_unassigned_and_then_deselected() {
        Claim claim = claimIn(ClaimStatus.TO_CHECK);
        claim.assign("checker", null, Priority.NORMAL, T1);

        claim.unassign(T1);

        assertThat(claim.getAssignee()).isNull();
        assertThat(claim.getStatus()).isEqualTo(ClaimStatus.TO_CHECK);
        claim.deselect(T1);
        assertThat(claim.getStatus()).isEqualTo(ClaimStatus.CANDIDATE);
    }

    @Test
    void assigning_names_the_assignee_and_unassigning_clears_it() {
        Claim claim = claimIn(ClaimStatus.TO_CHECK);

        claim.assign("checker", null, Priority.NORMAL, T1);
        assertThat(claim.getAssignee()).isEqualTo("checker");
        claim.assign("editor", null, Priority.NORMAL, T1);
        assertThat(claim.getAssignee()).isEqualTo("editor");

        claim.unassign(T1);
        assertThat(claim.getAssignee()).isNull();
        assertThat(claim.getStatus()).isEqualTo(ClaimStatus.TO_CHECK);
    }

    @Test
    void a_returned_claim_keeps_its_assignee() {
        Claim claim = claimIn(ClaimStatus.IN_REVIEW);

        claim.sendBack(T1);

        assertThat(claim.getAssignee()).isEqualTo("checker");
    }

    @Test
    void a_dismissal_needs_a_reason() {
        Claim claim = claimIn(ClaimStatus.CANDIDATE);

        assertThatThrownBy(() -> claim.dismiss(null, T1)).isInstanceOf(NullPointerException.class);
    }

    // --- untouched candidates ---

    @Test
    void a_fresh_extracted_candidate_is_untouched() {
        assertThat(claimIn(ClaimStatus.CANDIDATE).isUntouchedCandidate()).isTrue();
    }

    @ParameterizedTest
    @EnumSource(value = ClaimStatus.class, names = "CANDIDATE", mode = EnumSource.Mode.EXCLUDE)
    void a_claim_past_the_candidate_stage_is_not_untouched(ClaimStatus status) {
        assertThat(claimIn(status).isUntouchedCandidate()).isFalse();
    }

    @Test
    void a_reworded_candidate_is_not_untouched() {
        Claim claim = claimIn(ClaimStatus.CANDIDATE);

        claim.reword("Le chômage a baissé.", T1);

        assertThat(claim.isStatementEdited()).isTrue();
        assertThat(claim.isUntouchedCandidate()).isFalse();
    }

    @ParameterizedTest
    @EnumSource(value = ClaimOrigin.class, names = "EXTRACTED", mode = EnumSource.Mode.EXCLUDE)
    void a_candidate_the_desk_made_itself_is_not_untouched(ClaimOrigin origin) {
        assertThat(new Claim(1, anchor(), "Le chômage a baissé de 2 % en 2023.", Checkworthiness.NONE, origin,
                "editor", T0).isUntouchedCandidate()).isFalse();
    }

    @Test
    void a_candidate_the_desk_split_or_merged_is_not_untouched() {
        Claim split = claimIn(ClaimStatus.CANDIDATE);
        Claim merged = claimIn(ClaimStatus.CANDIDATE);

        split.shapedBy(ClaimOrigin.SPLIT, T1);
        merged.shapedBy(ClaimOrigin.MERGED, T1);

        assertThat(split.getOrigin()).isEqualTo(ClaimOrigin.SPLIT);
        assertThat(split.isUntouchedCandidate()).isFalse();
        assertThat(merged.getOrigin()).isEqualTo(ClaimOrigin.MERGED);
        assertThat(merged.isUntouchedCandidate()).isFalse();
    }

    @Test
    void shaping_a_claim_an_editor_selected_keeps_its_origin() {
        Claim selected = new Claim(1, anchor(), "Le chômage", Checkworthiness.NONE, ClaimOrigin.SELECTED, "editor",
                T0);

        selected.shapedBy(ClaimOrigin.MERGED, T1);

        assertThat(selected.getOrigin()).isEqualTo(ClaimOrigin.SELECTED);
    }

    @Test
    void following_the_quote_or_moving_the_anchor_leaves_a_candidate_untouched() {
        Claim claim = claimIn(ClaimStatus.CANDIDATE);
        String moved = "Nouveau. " + TEXT;

        claim.reanchor(Anchor.of(TextPart.BODY, moved, 9, 9 + 35), T1);
        claim.followQuote(claim.anchor().quote().exact(), T1);

        assertThat(claim.getStatement()).isEqualTo("Le chômage a baissé de 2 % en 2023.");
        assertThat(claim.isUntouchedCandidate()).isTrue();
    }

    @Test
    void a_lost_anchor_is_flagged_and_finding_it_again_clears_the_flag() {
        Claim claim = claimIn(ClaimStatus.CANDIDATE);

        claim.markAnchorLost(T1);
        assertThat(claim.isAnchorLost()).isTrue();

        claim.reanchor(anchor(), T1);
        assertThat(claim.isAnchorLost()).isFalse();
    }

    // --- reasons, packed into one column ---

    @Test
    void reasons_survive_encoding_and_decoding() {
        List<ClaimReason> reasons = List.of(
                new ClaimReason(Feature.DATE, 3, "septembre 2023"),
                new ClaimReason(Feature.QUESTION, -2, ""),
                new ClaimReason(Feature.QUOTATION, 0, "« cité » : 7,1 %"));

        assertThat(ClaimReason.decode(ClaimReason.encode(reasons))).isEqualTo(reasons);
    }

    @Test
    void no_reasons_encode_to_an_empty_column_and_back() {
        assertThat(ClaimReason.encode(List.of())).isEmpty();
        assertThat(ClaimReason.decode("")).isEmpty();
    }

    @Test
    void control_characters_in_evidence_become_spaces_and_cannot_break_the_packing() {
        List<ClaimReason> reasons = List.of(
                new ClaimReason(Feature.DATE, 2, "a\u001Fb\u001Ec\nd\te\u0000f"),
                new ClaimReason(Feature.QUESTION, 1, "next"));

        List<ClaimReason> decoded = ClaimReason.decode(ClaimReason.encode(reasons));

        assertThat(decoded).containsExactly(
                new ClaimReason(Feature.DATE, 2, "a b c d e f"),
                new ClaimReason(Feature.QUESTION, 1, "next"));
    }

    @Test
    void long_evidence_is_cut_to_eighty_characters_ending_with_an_ellipsis() {
        String longEvidence = "x".repeat(200);
        String exactly = "y".repeat(80);

        List<ClaimReason> decoded = ClaimReason.decode(ClaimReason.encode(List.of(
                new ClaimReason(Feature.DATE, 1, longEvidence),
                new ClaimReason(Feature.QUESTION, 1, exactly))));

        assertThat(decoded.get(0).evidence()).hasSize(80).isEqualTo("x".repeat(79) + "…");
        assertThat(decoded.get(1).evidence()).isEqualTo(exactly);
    }

    @Test
    void cutting_long_evidence_never_splits_a_character_in_two() {
        String evidence = "x".repeat(78) + "😀" + "y".repeat(20);

        String decoded = ClaimReason.decode(ClaimReason.encode(List.of(
                new ClaimReason(Feature.DATE, 1, evidence)))).getFirst().evidence();

        assertThat(decoded.codePoints()).as("no lone surrogate").noneMatch(cp -> cp >= Character.MIN_SURROGATE && cp <= Character.MAX_SURROGATE);
        assertThat(decoded).endsWith("…").startsWith("x".repeat(78));
    }

    // --- helpers ---

    private static Anchor anchor() {
        return Anchor.of(TextPart.BODY, TEXT, 0, 35);
    }

    /** A claim brought to {@code status} along legal transitions only. */
    private static Claim claimIn(ClaimStatus status) {
        Claim claim = new Claim(1, anchor(), "Le chômage a baissé de 2 % en 2023.",
                new Checkworthiness(5, List.of(), true), ClaimOrigin.EXTRACTED, "system", T0);
        switch (status) {
            case CANDIDATE -> { }
            case TO_CHECK -> claim.select(T0);
            case IN_RESEARCH -> {
                claim.select(T0);
                claim.take("checker", T0);
            }
            case IN_REVIEW -> {
                claim.select(T0);
                claim.take("checker", T0);
                claim.submit(T0);
            }
            case APPROVED -> {
                claim.select(T0);
                claim.take("checker", T0);
                claim.submit(T0);
                claim.approve(T0);
            }
            case DISMISSED -> claim.dismiss(DismissReason.NOT_CHECK_WORTHY, T0);
        }
        assertThat(claim.getStatus()).isEqualTo(status);
        return claim;
    }
}
