/** The administrators' screen for the ClaimReview feed: the switch and the API tokens. */
@NullMarked
package org.factdesk.report.feed.ui;

import org.jspecify.annotations.NullMarked;
