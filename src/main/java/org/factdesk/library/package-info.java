/**
 * "Checked before?": the library of earlier fact-checks (the desk's own approved claims and other fact-checkers'
 * ClaimReviews and CSV files, imported in the background), and the matching of a claim against it.
 */
@NullMarked
package org.factdesk.library;

import org.jspecify.annotations.NullMarked;
