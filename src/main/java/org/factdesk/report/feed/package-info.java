/**
 * The ClaimReview feed a newsroom CMS pulls ({@code GET /api/claimreviews}): its switch, the API tokens that may read
 * it (stored hashed) and the stateless security of {@code /api/**}.
 */
@NullMarked
package org.factdesk.report.feed;

import org.jspecify.annotations.NullMarked;
