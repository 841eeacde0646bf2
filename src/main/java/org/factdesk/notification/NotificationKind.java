package org.factdesk.notification;

/** Why a user was notified. */
public enum NotificationKind {
    /** A colleague mentioned the user in a comment on a claim. */
    MENTION,
    /** A claim the user watches changed status; the detail says how (approve, return, reopen...). */
    STATUS,
    /** A claim the user watches was assigned (to them, or to a colleague); the detail is the assignee. */
    ASSIGNED,
    /** A colleague commented on a claim the user watches; the excerpt is the comment's beginning. */
    COMMENT,
    /** A claim the user watches became overdue; the detail is the due date it passed (ISO, such as 2026-01-05). */
    OVERDUE
}
