package org.factdesk.claim;

import org.factdesk.extraction.TextPart;

/** Where one claim is highlighted in the article text, and with which number and status. */
public record ClaimSpan(long id, int number, TextPart part, int start, int end, ClaimStatus status,
                        boolean suggested, boolean anchorLost) {
}
