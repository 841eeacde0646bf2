/** The desk's work on claims beyond their content: for now, the in-app notifications that mentions create. */
@NullMarked
package org.factdesk.workflow;

import org.jspecify.annotations.NullMarked;
