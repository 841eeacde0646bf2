package org.factdesk.claim;

import org.factdesk.source.SourceData;
import org.factdesk.source.SourceService;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Set;
import org.factdesk.base.RefusedException;
import org.factdesk.rating.RatingScaleService;
import org.factdesk.security.NewUserData;
import org.factdesk.security.Role;
import org.factdesk.security.UserService;
import org.factdesk.workflow.AssignmentData;
import org.factdesk.workflow.WorkflowService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.annotation.Transactional;

/**
 * Four eyes without holes (PRODUCT.md §2): whoever submitted the verdict, or set or changed its rating, rationale or
 * sources since the claim was created or last approved, may not approve it, whatever the claim's status was when
 * they did. Each test is one way an editor could have slipped their own verdict past review.
 */
@SpringBootTest
@ExtendWith(SignedIn.class)
@Transactional
@WithUserDetails("editor")
class FourEyesTest {

    @Autowired
    WorkflowService workflow;
    @Autowired
    ResearchService research;
    @Autowired
    SourceService sources;
    @Autowired
    ClaimRepository repository;
    @Autowired
    RatingScaleService ratings;
    @Autowired
    UserService userService;
    @Autowired
    UserDetailsService users;
    @Autowired
    Clock clock;
    @Autowired
    ApplicationContext context;

    private ClaimFixture fixture;
    private long claimId;

    /** The seed article's first claim, selected by the editor (TO_CHECK), and a second editor on the desk. */
    @BeforeEach
    void a_claim_to_check_and_a_second_editor() {
        fixture = new ClaimFixture(context);
        claimId = fixture.seedClaimToCheck();
        SignedIn.as(users, "admin");
        userService.create(new NewUserData("editor2", "Second Editor", null, "editor2-password",
                Set.of(Role.EDITOR)));
        SignedIn.as(users, "editor");
    }

    @Test
    void an_editor_who_wrote_the_verdict_while_to_check_cannot_approve_what_a_checker_only_submitted() {
        research.saveVerdict(claimId, version(), verdict(0, "Per INSEE."));
        long source = sources.add(claimId, source("https://www.insee.fr/a"));
        assertThat(claim().status()).isEqualTo(ClaimStatus.TO_CHECK);
        assign("checker");

        SignedIn.by(users, "checker", () -> research.submit(claimId, version()));

        assertThat(source).isPositive();
        assertRefused("editor");
        assertApprovedBy("editor2");
    }

    @Test
    void an_editor_who_only_added_a_source_cannot_approve() {
        assign("checker");
        sources.add(claimId, source("https://www.insee.fr/a"));
        checkerWritesAndSubmits();

        assertRefused("editor");
        assertApprovedBy("editor2");
    }

    @Test
    void an_editor_who_only_edited_a_source_cannot_approve() {
        assign("checker");
        long source = checkerAdds("https://www.insee.fr/a");
        repository.flush();
        sources.update(source, 0, source("https://www.insee.fr/b"));
        checkerWritesAndSubmits();

        assertRefused("editor");
        assertApprovedBy("editor2");
    }

    @Test
    void an_editor_who_only_removed_a_source_cannot_approve() {
        assign("checker");
        long source = checkerAdds("https://www.insee.fr/a");
        repository.flush();
        sources.remove(source, 0);
        checkerWritesAndSubmits();

        assertRefused("editor");
        assertApprovedBy("editor2");
    }

    @Test
    void saving_a_source_unchanged_makes_nobody_a_proposer() {
        assign("checker");
        long source = checkerAdds("https://www.insee.fr/a");
        repository.flush();
        sources.update(source, 0, source("https://www.insee.fr/a"));
        checkerWritesAndSubmits();

        assertThat(claim().proposers()).containsExactly("checker");
        assertApprovedBy("editor");
    }

    @Test
    void a_proposer_stays_one_across_an_unassignment_and_a_new_assignment() {
        assign("checker");
        research.saveVerdict(claimId, version(), verdict(0, "Per INSEE."));
        workflow.unassign(claimId, version());
        assertThat(claim().status()).isEqualTo(ClaimStatus.TO_CHECK);
        SignedIn.by(users, "checker", () -> research.take(claimId, version()));
        checkerWritesAndSubmits();

        assertRefused("editor");
        assertApprovedBy("editor2");
    }

    @Test
    void a_proposer_stays_one_across_a_return() {
        assign("checker");
        research.saveVerdict(claimId, version(), verdict(0, "Per INSEE."));
        checkerWritesAndSubmits();
        SignedIn.by(users, "editor2", () -> workflow.sendBack(claimId, version(), "One more source, please."));
        SignedIn.by(users, "checker", () -> {
            sources.add(claimId, source("https://www.insee.fr/b"));
            repository.flush();
            research.submit(claimId, version());
        });

        assertThat(claim().proposers()).containsExactlyInAnyOrder("editor", "checker");
        assertRefused("editor");
        assertApprovedBy("editor2");
    }

    @Test
    void an_approval_closes_the_round_so_the_earlier_proposer_may_approve_the_correction_but_not_their_new_edits() {
        research.saveVerdict(claimId, version(), verdict(0, "Per INSEE."));
        assign("checker");
        checkerWritesAndSubmits();
        assertApprovedBy("editor2");
        assertThat(claim().proposers()).isEmpty();

        // The correction: editor2, who approved, now changes the verdict; editor's old round no longer counts.
        workflow.reopen(claimId, version(), "The figure was revised.");
        SignedIn.by(users, "editor2", () -> research.saveVerdict(claimId, version(), verdict(1, "Revised.")));
        SignedIn.by(users, "checker", () -> research.submit(claimId, version()));

        assertThat(claim().proposers()).containsExactlyInAnyOrder("editor2", "checker");
        assertRefused("editor2");
        assertApprovedBy("editor");
    }

    // --- helpers ---

    private void checkerWritesAndSubmits() {
        SignedIn.by(users, "checker", () -> {
            research.saveVerdict(claimId, version(), verdict(0, "Per INSEE, checked by the checker."));
            if (sources.list(claimId).isEmpty()) {
                sources.add(claimId, source("https://www.insee.fr/c"));
            }
            repository.flush();
            research.submit(claimId, version());
        });
        assertThat(claim().status()).isEqualTo(ClaimStatus.IN_REVIEW);
    }

    private long checkerAdds(String url) {
        SignedIn.as(users, "checker");
        try {
            return sources.add(claimId, source(url));
        } finally {
            SignedIn.as(users, "editor");
        }
    }

    private void assertRefused(String editor) {
        SignedIn.by(users, editor, () -> assertThatThrownBy(() -> workflow.approve(claimId, version()))
                .isInstanceOf(RefusedException.class).hasMessage("claim.error.four-eyes"));
        assertThat(claim().status()).isEqualTo(ClaimStatus.IN_REVIEW);
    }

    private void assertApprovedBy(String editor) {
        SignedIn.by(users, editor, () -> workflow.approve(claimId, version()));
        assertThat(claim().status()).isEqualTo(ClaimStatus.APPROVED);
        assertThat(claim().approvedBy()).isEqualTo(editor);
    }

    /** Assigned to {@code username}, who takes it: in research. */
    private void assign(String username) {
        workflow.assign(claimId, version(), new AssignmentData(username, LocalDate.now(clock).plusDays(3),
                Priority.NORMAL));
        SignedIn.by(users, username, () -> research.take(claimId, version()));
    }

    private VerdictData verdict(int rating, String rationale) {
        return new VerdictData(ratings.active().get(rating).id(), rationale);
    }

    private static SourceData source(String url) {
        return ClaimFixture.insee(url);
    }

    private ClaimDetails claim() {
        return fixture.details(claimId);
    }

    private long version() {
        return fixture.version(claimId);
    }
}
