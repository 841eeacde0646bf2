/** The article workspace: the article text with its claims highlighted beside the ranked claim list. */
@NullMarked
package org.factdesk.claim.ui;

import org.jspecify.annotations.NullMarked;
