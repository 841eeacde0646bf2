package org.factdesk.notification;

/** A user's notifications changed (one came in, or some were read), inside the transaction that changed them. */
record NotificationsChanged(String recipient) {
}
