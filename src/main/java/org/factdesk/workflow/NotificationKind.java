package org.factdesk.workflow;

/** Why a user was notified. */
public enum NotificationKind {
    /** A colleague mentioned the user in a comment on a claim. */
    MENTION
}
