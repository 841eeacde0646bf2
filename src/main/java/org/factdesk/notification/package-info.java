/** Notifications: of mentions and of changes to watched claims, read from the bell in the header. */
@NullMarked
package org.factdesk.notification;

import org.jspecify.annotations.NullMarked;
