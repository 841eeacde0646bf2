package org.factdesk.claim;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import java.util.Set;
import java.util.stream.LongStream;
import org.factdesk.base.RefusedException;
import org.factdesk.extraction.TextPart;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Plays thousands of random sequences of workflow actions by random colleagues on one claim, from fixed seeds, and
 * checks after every step that the claim went only where PRODUCT.md §2 allows and kept the workflow's rules: four
 * eyes, an assignee while researched or reviewed, a reason while dismissed, an assignment that starts nothing (the
 * claim waits to check until its assignee takes it), a take that starts the research. Four eyes is checked against the test's
 * own record of who touched the verdict (rating, rationale, sources, submission) since the previous approval, whatever
 * the status then: the approver never touched the verdict they approve. A failure names its seed and step.
 */
class ClaimWorkflowFuzzTest {

    private static final int STEPS = 500;
    private static final String TEXT = "Le chômage a baissé de 2 % en 2023. Il faut rester prudent.";
    private static final List<String> USERS = List.of("editor", "editor2", "checker", "checker2", "viewer");
    private static final List<Long> RATINGS = List.of(1L, 2L, 3L);
    private static final List<String> RATIONALES = List.of("Per INSEE.", "Per Eurostat.", "Per the ministry.");

    /** The diagram of PRODUCT.md §2: where a claim may go from each status (staying put is always allowed). */
    private static final Map<ClaimStatus, Set<ClaimStatus>> ALLOWED = new EnumMap<>(Map.of(
            ClaimStatus.CANDIDATE, EnumSet.of(ClaimStatus.TO_CHECK, ClaimStatus.DISMISSED),
            ClaimStatus.TO_CHECK, EnumSet.of(ClaimStatus.CANDIDATE, ClaimStatus.IN_RESEARCH, ClaimStatus.DISMISSED),
            ClaimStatus.IN_RESEARCH, EnumSet.of(ClaimStatus.TO_CHECK, ClaimStatus.IN_REVIEW),
            ClaimStatus.IN_REVIEW, EnumSet.of(ClaimStatus.APPROVED, ClaimStatus.IN_RESEARCH),
            ClaimStatus.APPROVED, EnumSet.of(ClaimStatus.IN_RESEARCH),
            ClaimStatus.DISMISSED, EnumSet.of(ClaimStatus.CANDIDATE, ClaimStatus.TO_CHECK)));

    enum Action {
        SELECT, DESELECT, DISMISS, RESTORE, ASSIGN, TAKE, UNASSIGN, PROPOSE, SOURCE_ADD, SOURCE_EDIT, SOURCE_REMOVE, SUBMIT,
        APPROVE, SEND_BACK, REOPEN;

        boolean touchesSources() {
            return this == SOURCE_ADD || this == SOURCE_EDIT || this == SOURCE_REMOVE;
        }
    }

    static LongStream seeds() {
        return LongStream.rangeClosed(1, 20).map(seed -> seed * 7919);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void no_sequence_of_actions_leaves_the_workflow_of_the_diagram(long seed) {
        Random random = new Random(seed);
        Claim claim = new Claim(1, Anchor.of(TextPart.BODY, TEXT, 0, 35), "Le chômage a baissé de 2 % en 2023.",
                new Checkworthiness(5, List.of(), true), ClaimOrigin.EXTRACTED, "system", Instant.EPOCH);
        // The test's own record of who touched the verdict since the previous approval, kept apart from the claim's.
        Set<String> touched = new HashSet<>();
        Sources sources = new Sources();
        boolean reopened = false;
        for (int step = 0; step < STEPS; step++) {
            Instant now = Instant.EPOCH.plusSeconds(60L * (step + 1));
            Action action = Action.values()[random.nextInt(Action.values().length)];
            String user = action == Action.APPROVE ? approver(touched, pick(random, USERS), random)
                    : pick(random, USERS);
            ClaimStatus before = claim.getStatus();
            Long ratingBefore = claim.getRatingId();
            String rationaleBefore = claim.getRationale();
            String where = "seed " + seed + ", step " + step + ": " + action + " by " + user + " from " + before;
            Set<String> proposersBefore = claim.getProposers();
            boolean done = play(claim, sources, action, user, random, now);
            ClaimStatus after = claim.getStatus();

            assertThat(after == before || ALLOWED.get(before).contains(after))
                    .as("%s went to %s", where, after).isTrue();
            if (!done) {
                assertThat(after).as("%s was refused but moved", where).isEqualTo(before);
                assertThat(claim.getProposers()).as("%s was refused but changed proposers", where)
                        .isEqualTo(proposersBefore);
                continue;
            }
            if (action == Action.ASSIGN) {
                // PRODUCT.md §2: an assignment starts nothing; a claim to check waits for its assignee to take it.
                assertThat(after).as("%s: an assignment moved the claim", where).isEqualTo(before);
                assertThat(claim.getAssignee()).as(where).isEqualTo(user);
            }
            if (action == Action.TAKE) {
                assertThat(before).as("%s: only a claim to check is taken", where).isEqualTo(ClaimStatus.TO_CHECK);
                assertThat(after).as("%s: taking starts the research", where).isEqualTo(ClaimStatus.IN_RESEARCH);
                assertThat(claim.getAssignee()).as("%s: the taker researches it", where).isEqualTo(user);
            }
            if (action == Action.UNASSIGN) {
                assertThat(after).as(where).isEqualTo(ClaimStatus.TO_CHECK);
                assertThat(claim.getAssignee()).as(where).isNull();
            }
            boolean verdictChanged = !Objects.equals(ratingBefore, claim.getRatingId())
                    || !Objects.equals(rationaleBefore, claim.getRationale());
            if (action == Action.PROPOSE && verdictChanged || action == Action.SUBMIT || action.touchesSources()) {
                touched.add(user);
            }
            if (action == Action.APPROVE) {
                assertThat(touched).as("%s: the approver touched the verdict since the previous approval", where)
                        .doesNotContain(user);
                assertThat(claim.getApprovedBy()).as(where).isEqualTo(user);
                assertThat(claim.getApprovedRatingId()).as(where).isEqualTo(claim.getRatingId());
                touched.clear();
            }
            reopened |= action == Action.REOPEN;
            assertThat(claim.getProposers()).as("%s: the claim's proposers are who touched the verdict", where)
                    .isEqualTo(touched);
            assertInvariants(claim, reopened, where);
        }
    }

    private static void assertInvariants(Claim claim, boolean reopened, String where) {
        ClaimStatus status = claim.getStatus();
        if (status == ClaimStatus.APPROVED) {
            assertThat(claim.getProposers()).as("%s: approved, yet a new round has proposers", where).isEmpty();
        }
        if (status == ClaimStatus.IN_RESEARCH || status == ClaimStatus.IN_REVIEW) {
            assertThat(claim.getAssignee()).as("%s: researched by nobody", where).isNotNull();
        }
        if (status == ClaimStatus.CANDIDATE || status == ClaimStatus.DISMISSED) {
            // A claim to check may be assigned and wait for its assignee; a candidate or a dismissed one is nobody's.
            assertThat(claim.getAssignee()).as("%s: not chosen for checking, yet assigned", where).isNull();
        }
        if (status == ClaimStatus.DISMISSED) {
            assertThat(claim.getDismissReason()).as("%s: dismissed without a reason", where).isNotNull();
        } else {
            assertThat(claim.getDismissReason()).as("%s: a reason while not dismissed", where).isNull();
        }
        if (status == ClaimStatus.IN_REVIEW) {
            assertThat(claim.getSubmittedBy()).as("%s: in review, submitted by nobody", where).isNotNull();
            assertThat(claim.getProposers()).as("%s: the submitter proposes", where)
                    .contains(claim.getSubmittedBy());
        }
        assertThat(claim.isCorrected()).as("%s: corrected only after a reopening", where).isEqualTo(reopened);
        if (reopened) {
            assertThat(claim.getApprovedBy()).as("%s: the approval before the correction is kept", where)
                    .isNotNull();
        }
    }

    /** Plays one action; {@code false} when the claim refused it. */
    private static boolean play(Claim claim, Sources sources, Action action, String user, Random random,
                                Instant now) {
        try {
            switch (action) {
                case SELECT -> claim.select(now);
                case DESELECT -> claim.deselect(now);
                case DISMISS -> claim.dismiss(pick(random, List.of(DismissReason.values())), now);
                case RESTORE -> claim.restore(now);
                case ASSIGN -> claim.assign(user, random.nextBoolean() ? null : LocalDate.of(2026, 2, 1)
                        .plusDays(random.nextInt(30)), pick(random, List.of(Priority.values())), now);
                case TAKE -> claim.take(user, now);
                case UNASSIGN -> claim.unassign(now);
                case PROPOSE -> claim.propose(pick(random, RATINGS), pick(random, RATIONALES), user, now);
                case SOURCE_ADD -> {
                    claim.sourcesChangedBy(user, now);
                    sources.count++;
                }
                case SOURCE_EDIT, SOURCE_REMOVE -> {
                    if (sources.count == 0) {
                        return false;
                    }
                    claim.sourcesChangedBy(user, now);
                    sources.count -= action == Action.SOURCE_REMOVE ? 1 : 0;
                }
                case SUBMIT -> claim.submit(user, now);
                case APPROVE -> claim.approve(user, now);
                case SEND_BACK -> claim.sendBack(now);
                case REOPEN -> claim.reopen(user, "A correction", now);
                default -> throw new IllegalStateException();
            }
            return true;
        } catch (IllegalTransitionException e) {
            return false;
        } catch (RefusedException e) {
            // Besides illegal transitions, the claim refuses only a proposer's approval.
            assertThat(e.key()).isEqualTo("claim.error.four-eyes");
            assertThat(action).isEqualTo(Action.APPROVE);
            return false;
        }
    }

    /** Half the time someone who touched the verdict since the previous approval tries to approve it. */
    private static String approver(Set<String> touched, String user, Random random) {
        List<String> proposers = touched.stream().sorted().toList();
        return proposers.isEmpty() || random.nextBoolean() ? user : pick(random, proposers);
    }

    /** How many sources the claim has: one cannot edit or remove a source of a claim that has none. */
    private static final class Sources {
        int count;
    }

    private static <T> T pick(Random random, List<T> choices) {
        return Objects.requireNonNull(choices.get(random.nextInt(choices.size())));
    }
}
