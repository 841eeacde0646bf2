package org.factdesk.workflow;

import java.time.Instant;

/** One of the signed-in user's notifications: what happened on which claim, who did it, when, and whether read. */
public record NotificationItem(long id, long claimId, NotificationKind kind, String actor, Instant createdAt,
                               boolean read) {
}
