/** Claims: their anchors in the article, check-worthiness, workflow status and the append-only activity log. */
@NullMarked
package org.factdesk.claim;

import org.jspecify.annotations.NullMarked;
