package org.factdesk.suggestion;

import java.time.Instant;

/** The agreement over one block of consecutive decisions, the last of which was made at {@code until}. */
public record AgreementPoint(Instant until, Agreement agreement) {
}
