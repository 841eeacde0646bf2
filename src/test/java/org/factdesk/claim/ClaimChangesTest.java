package org.factdesk.claim;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ClaimChangesTest {

    private static ClaimChanged change(String action) {
        return new ClaimChanged(1, 2, action, null, null, "checker", Set.of());
    }

    @Test
    void comments_sources_the_claimant_and_overdue_notices_leave_the_lists_rows_as_they_are() {
        assertThat(new ClaimChanges(List.of(change("comment.posted"), change("source.added"),
                change("source.archived"), change("claim.claimant"), change("claim.overdue"))).changeListRows())
                .isFalse();
    }

    @Test
    void a_status_an_assignment_a_verdict_or_a_new_wording_among_them_changes_the_lists() {
        for (String action : List.of("claim.status", "claim.assigned", "claim.unassigned", "claim.verdict",
                "claim.reworded", "claim.created", "claim.merged", "claim.split", "claim.anchor-lost")) {
            assertThat(new ClaimChanges(List.of(change("comment.posted"), change(action))).changeListRows())
                    .as(action).isTrue();
        }
    }
}
