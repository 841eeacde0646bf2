/**
 * ClaimReview (schema.org) JSON-LD of approved claims: the document of one claim, its page of the feed, the public
 * URLs it names, and the service the feed and the exports read approved claims through.
 */
@NullMarked
package org.factdesk.report.claimreview;

import org.jspecify.annotations.NullMarked;
