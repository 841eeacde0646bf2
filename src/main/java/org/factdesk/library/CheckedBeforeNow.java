package org.factdesk.library;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.jspecify.annotations.Nullable;

/**
 * What the claim page shows of the library at once: the closest earlier fact-checks, and, when they are the ranking
 * stored for an older library (the library changed since, as after every approval), {@code fresher}, which completes
 * once the claim has been ranked again in the background; null when what is shown is of the library as it is.
 */
public record CheckedBeforeNow(List<CheckedBefore> matches, @Nullable CompletableFuture<Void> fresher) {
}
