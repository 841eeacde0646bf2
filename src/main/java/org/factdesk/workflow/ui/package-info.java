/** The workflow's screens: My tasks, the claims list, the review queue and the desk dashboard. */
@NullMarked
package org.factdesk.workflow.ui;

import org.jspecify.annotations.NullMarked;
