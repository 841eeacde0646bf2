package org.factdesk.report.desk;

import java.text.Collator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.factdesk.rating.RatingItem;
import org.jspecify.annotations.Nullable;

/**
 * A desk report's totals, added up while its claims stream past, so that no writer keeps the claims to count them:
 * how many claims got each verdict and how many each colleague checked.
 */
final class DeskTotals {

    /** One line of a totals table; {@code colour} is the rating's, none for a checker. */
    record Line(String label, @Nullable String colour, long count) {
    }

    private final Map<Long, Long> byRating = new HashMap<>();
    private final Map<String, Long> byChecker = new HashMap<>();
    private long claims;

    void add(DeskRow row) {
        claims++;
        Long rating = row.claim().approvedRatingId();
        if (rating != null) {
            byRating.merge(rating, 1L, Long::sum);
        }
        byChecker.merge(row.checker(), 1L, Long::sum);
    }

    long claims() {
        return claims;
    }

    /** Claims per verdict in the scale's order (retired ratings too); ratings without claims are left out. */
    List<Line> verdicts(DeskReport report) {
        List<Line> lines = new ArrayList<>();
        for (RatingItem rating : report.scale()) {
            long count = byRating.getOrDefault(rating.id(), 0L);
            if (count > 0) {
                lines.add(new Line(rating.label(report.locale()), rating.colour(), count));
            }
        }
        return lines;
    }

    /** Claims per checker, most first, then alphabetically; claims without a known checker under {@code unknown}. */
    List<Line> checkers(DeskReport report, String unknown) {
        Collator collator = Collator.getInstance(report.locale());
        return byChecker.entrySet().stream()
                .map(entry -> new Line(entry.getKey().isEmpty() ? unknown : entry.getKey(), null, entry.getValue()))
                .sorted(Comparator.comparingLong(Line::count).reversed()
                        .thenComparing(Line::label, collator))
                .toList();
    }
}
