/**
 * The desk's rating scale: its ratings in both languages, their order, colours and ClaimReview numbers. Claims refer
 * to a rating by its id only.
 */
@NullMarked
package org.factdesk.rating;

import org.jspecify.annotations.NullMarked;
