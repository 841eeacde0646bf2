/** The desk's work on claims beyond their content: notifications of mentions and of changes to watched claims. */
@NullMarked
package org.factdesk.workflow;

import org.jspecify.annotations.NullMarked;
