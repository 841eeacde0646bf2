package org.factdesk.suggestion;

import java.time.Instant;

/**
 * One claim the desk decided on: whether the extractor had suggested it, and whether the desk found it worth a check.
 *
 * @param language the article's language
 * @param decidedAt when the desk's latest decision on the claim was made
 */
public record DeskLabel(long claimId, String language, String statement, boolean suggested, boolean checkworthy,
                        Instant decidedAt) {
}
