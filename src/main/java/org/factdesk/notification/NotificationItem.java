package org.factdesk.notification;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * One of the signed-in user's notifications: what happened on which claim (the kind, and for a status change the
 * transition, for an assignment the assignee, for an overdue claim its due date, in {@code detail}), the beginning
 * of the comment that told it if any, who did it, when, and whether read.
 */
public record NotificationItem(long id, long claimId, NotificationKind kind, String actor, @Nullable String detail,
                               @Nullable String excerpt, Instant createdAt, boolean read) {
}
