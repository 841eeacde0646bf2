/** Claim extraction: splits an article into sentences and scores each one for check-worthiness, on plain strings. */
@NullMarked
package org.factdesk.extraction;

import org.jspecify.annotations.NullMarked;
