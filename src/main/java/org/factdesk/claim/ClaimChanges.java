package org.factdesk.claim;

import java.util.List;
import java.util.Optional;

/** The claim changes one transaction committed, in the order they were made: what a live screen hears of. */
public record ClaimChanges(List<ClaimChanged> changes) {

    public ClaimChanges {
        changes = List.copyOf(changes);
    }

    public boolean concerns(long claimId) {
        return changes.stream().anyMatch(change -> change.claimId() == claimId);
    }

    public boolean concernsArticle(long articleId) {
        return changes.stream().anyMatch(change -> change.articleId() == articleId);
    }

    /**
     * Whether any of these changes may add, remove, move or alter a row of the desk's claim lists. A comment, a
     * source, the claimant or the overdue notice do not (no list shows or filters them; lateness is read from the due
     * date): open lists skip their count and reload for those (issue 15).
     */
    public boolean changeListRows() {
        return changes.stream().map(ClaimChanged::action).anyMatch(action -> !action.startsWith("comment.")
                && !action.startsWith("source.") && !action.equals("claim.claimant")
                && !action.equals("claim.overdue"));
    }

    /** Who made the latest of these changes to the claim. */
    public Optional<String> lastActor(long claimId) {
        return changes.reversed().stream().filter(change -> change.claimId() == claimId).findFirst()
                .map(ClaimChanged::actor);
    }
}
