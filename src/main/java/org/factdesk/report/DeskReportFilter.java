package org.factdesk.report;

import java.time.Instant;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Which approved claims a desk report covers: approved from {@code from} (inclusive) to {@code to} (exclusive),
 * optionally researched by one {@code checker}, optionally in some articles only (an outlet's, say; an empty set
 * matches nothing, null matches all).
 */
public record DeskReportFilter(Instant from, Instant to, @Nullable String checker, @Nullable Set<Long> articleIds) {
}
