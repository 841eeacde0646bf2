package org.factdesk.claim;

import org.factdesk.source.SourceData;
import org.factdesk.source.SourceItem;
import org.factdesk.source.SourceService;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.factdesk.base.RefusedException;
import org.factdesk.rating.RatingScaleService;
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
 * An approved claim is frozen (PRODUCT.md §2): its wording, claimant, sources and verdict are what the desk published,
 * and every service refuses to change them, with a message that says to reopen it, until an editor does.
 */
@SpringBootTest
@ExtendWith(SignedIn.class)
@Transactional
@WithUserDetails("editor")
class FrozenApprovalTest {

    @Autowired
    WorkflowService workflow;
    @Autowired
    ResearchService research;
    @Autowired
    SourceService sources;
    @Autowired
    ClaimService claims;
    @Autowired
    ClaimShapingService shaping;
    @Autowired
    ClaimRepository repository;
    @Autowired
    RatingScaleService ratings;
    @Autowired
    UserDetailsService users;
    @Autowired
    ApplicationContext context;

    private ClaimFixture fixture;
    private long claimId;
    private long sourceId;
    private String statement;

    /** The seed article's first claim in article order, researched by the checker and approved by the editor. */
    @BeforeEach
    void an_approved_claim() {
        fixture = new ClaimFixture(context);
        claimId = fixture.ofArticle(ClaimServiceTest.SEED_TITLE).getFirst();
        claims.select(claimId, version());
        workflow.assign(claimId, version(), new AssignmentData("checker", null, Priority.NORMAL));
        SignedIn.by(users, "checker", () -> {
            research.take(claimId, version());
            research.saveVerdict(claimId, version(), new VerdictData(ratings.active().getFirst().id(), "Per INSEE."));
            sourceId = sources.add(claimId, source("https://www.insee.fr/a"));
            repository.flush();
            research.submit(claimId, version());
        });
        workflow.approve(claimId, version());
        statement = details().statement();
        assertThat(details().status()).isEqualTo(ClaimStatus.APPROVED);
    }

    @Test
    void rewording_an_approved_claim_is_refused() {
        assertFrozen(() -> claims.reword(claimId, version(), "New words under the old verdict"));
        assertThat(details().statement()).isEqualTo(statement);
    }

    @Test
    void splitting_an_approved_claim_is_refused() {
        long before = repository.count();
        assertFrozen(() -> shaping.split(claimId, version(), 5));
        assertThat(repository.count()).isEqualTo(before);
    }

    @Test
    void merging_an_approved_claim_with_its_neighbour_is_refused() {
        long before = repository.count();
        assertFrozen(() -> shaping.mergeWithNext(claimId, version()));
        assertThat(repository.count()).isEqualTo(before);
        assertThat(details().statement()).isEqualTo(statement);
    }

    @Test
    void changing_the_claimant_of_an_approved_claim_is_refused() {
        assertFrozen(() -> research.describeClaimant(claimId, version(),
                new ClaimantData("Someone else", LocalDate.of(2024, 1, 2))));
        assertThat(details().claimant()).isNull();
    }

    @Test
    void changing_the_verdict_of_an_approved_claim_is_refused() {
        assertFrozen(() -> research.saveVerdict(claimId, version(),
                new VerdictData(ratings.active().get(1).id(), "Changed after approval")));
        assertThat(details().rationale()).isEqualTo("Per INSEE.");
    }

    @Test
    void adding_editing_or_removing_a_source_of_an_approved_claim_is_refused() {
        assertFrozen(() -> sources.add(claimId, source("https://www.insee.fr/b")));
        assertFrozen(() -> sources.update(sourceId, 0, source("https://www.insee.fr/c")));
        assertFrozen(() -> sources.remove(sourceId, 0));
        assertThat(sources.list(claimId)).extracting(SourceItem::url).containsExactly("https://www.insee.fr/a");
    }

    @Test
    void after_a_reopening_the_claim_may_be_reworded_and_its_claimant_changed_again() {
        workflow.reopen(claimId, version(), "The figure was revised.");

        claims.reword(claimId, version(), "Reworded for the correction");
        research.describeClaimant(claimId, version(), new ClaimantData("The minister", null));

        assertThat(details().statement()).isEqualTo("Reworded for the correction");
        assertThat(details().claimant()).isEqualTo("The minister");
    }

    private void assertFrozen(ThrowingCallable change) {
        assertThatThrownBy(change).isInstanceOfSatisfying(RefusedException.class,
                refused -> assertThat(refused.key()).isEqualTo("claim.error.frozen"));
    }

    private static SourceData source(String url) {
        return ClaimFixture.insee(url);
    }

    private ClaimDetails details() {
        return fixture.details(claimId);
    }

    private long version() {
        return fixture.version(claimId);
    }
}
