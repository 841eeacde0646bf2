/**
 * The desk report: the claims of a period with its totals, written in the background as PDF, HTML, CSV or
 * ClaimReview, kept for download for a while.
 */
@NullMarked
package org.factdesk.report.desk;

import org.jspecify.annotations.NullMarked;
