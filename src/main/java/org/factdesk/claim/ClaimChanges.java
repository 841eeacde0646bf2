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

    /** Who made the latest of these changes to the claim. */
    public Optional<String> lastActor(long claimId) {
        return changes.reversed().stream().filter(change -> change.claimId() == claimId).findFirst()
                .map(ClaimChanged::actor);
    }
}
