/** The verdict reports the desk hands out: an article's or the desk's, as PDF, HTML, CSV and ClaimReview JSON-LD. */
@NullMarked
package org.factdesk.report;

import org.jspecify.annotations.NullMarked;
