package org.factdesk.claim;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * One line of a history: {@code action} is a stable code such as {@code claim.selected}, which the UI translates;
 * {@code detail} names the changed field or the reason when there is one.
 */
public record ActivityEntry(Instant occurredAt, String actor, long articleId, @Nullable Long claimId, String action,
                            @Nullable String detail, @Nullable String before, @Nullable String after) {
}
