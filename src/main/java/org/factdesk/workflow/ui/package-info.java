/** The workflow's screens and header items: the review queue and the notification bell. */
@NullMarked
package org.factdesk.workflow.ui;

import org.jspecify.annotations.NullMarked;
