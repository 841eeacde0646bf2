package org.factdesk.claim;

import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Published, inside the transaction, for every change written to a claim's history: a status change, an assignment,
 * a verdict, a source, a comment. {@code action} is the history's code (such as {@code claim.status}); {@code after}
 * is its new value when it has one (a status name for status changes); {@code watchers} are who should hear of it.
 */
public record ClaimChanged(long claimId, long articleId, String action, @Nullable String detail,
                           @Nullable String after, String actor, Set<String> watchers) {
}
