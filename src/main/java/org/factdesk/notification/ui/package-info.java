/** The notification bell in the header and its menu of notifications. */
@NullMarked
package org.factdesk.notification.ui;

import org.jspecify.annotations.NullMarked;
