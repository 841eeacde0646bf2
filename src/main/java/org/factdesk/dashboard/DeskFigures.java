package org.factdesk.dashboard;

import java.time.Duration;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.factdesk.claim.ClaimStatus;
import org.factdesk.claim.DeskStats;
import org.factdesk.desk.DeskSettingsService;
import org.factdesk.security.AppRoles;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The dashboard's figures without a pass over the claims (issue 15, decision 024): the kept counters, the median of
 * the kept approval times found through the counters of their buckets, and what depends on the day (overdue, due
 * soon) summed over the kept counters per due day, so that nothing rolls over at midnight. The same figures as
 * {@code ClaimQueryService.stats()}, which counts them over every claim.
 */
@Service
public class DeskFigures {

    /** Where the recount's overdue starts ({@code ClaimQueryService}'s lower bound): no day before counts. */
    private static final LocalDate EARLIEST_DUE = LocalDate.of(1, 1, 1);

    private final DeskCounters counters;
    private final JdbcTemplate jdbc;
    private final DeskSettingsService settings;

    DeskFigures(DeskCounters counters, JdbcTemplate jdbc, DeskSettingsService settings) {
        this.counters = counters;
        this.jdbc = jdbc;
        this.settings = settings;
    }

    @PreAuthorize(AppRoles.IS_EDITOR)
    @Transactional
    public DeskStats stats() {
        if (counters.stale()) {
            counters.rebuild();
        } else {
            if (counters.bucketsStale()) {
                counters.rebuildBuckets();
            }
            if (counters.dueStale()) {
                counters.rebuildDue();
            }
        }
        LocalDate today = settings.today();
        Map<String, Long> kept = counters.counters();
        Map<ClaimStatus, Long> byStatus = new EnumMap<>(ClaimStatus.class);
        for (ClaimStatus status : ClaimStatus.values()) {
            byStatus.put(status, kept.getOrDefault("status:" + status.name(), 0L));
        }
        LocalDate soon = today.plusDays(DeskStats.DUE_SOON_DAYS);
        long overdue = 0;
        // Each assignee's due soon (today to soon, both included) and overdue (before today), as [soon, late].
        Map<String, long[]> due = new TreeMap<>();
        for (Map.Entry<String, Long> counter : kept.entrySet()) {
            String name = counter.getKey();
            if (name.startsWith(DeskCounters.DUE)) {
                LocalDate day = LocalDate.parse(name.substring(DeskCounters.DUE.length()));
                if (!day.isBefore(EARLIEST_DUE) && day.isBefore(today)) {
                    overdue += counter.getValue();
                }
            } else if (name.startsWith(DeskCounters.DUE_OF)) {
                int colon = name.lastIndexOf(':');
                LocalDate day = LocalDate.parse(name.substring(colon + 1));
                long[] work = due.computeIfAbsent(name.substring(DeskCounters.DUE_OF.length(), colon),
                        assignee -> new long[2]);
                if (day.isBefore(today)) {
                    work[1] += counter.getValue();
                } else if (!day.isAfter(soon)) {
                    work[0] += counter.getValue();
                }
            }
        }
        List<DeskStats.VerdictCount> verdicts = new ArrayList<>();
        Map<String, DeskStats.Workload> workloads = new TreeMap<>();
        kept.forEach((name, n) -> {
            if (name.startsWith("verdict:") && n > 0) {
                verdicts.add(new DeskStats.VerdictCount(Long.parseLong(name.substring("verdict:".length())), n));
            }
            if (name.startsWith("open:") && n > 0) {
                String assignee = name.substring("open:".length());
                long[] dated = due.getOrDefault(assignee, new long[2]);
                workloads.put(assignee, new DeskStats.Workload(assignee, n, dated[0], dated[1]));
            }
        });
        verdicts.sort(Comparator.comparingLong(DeskStats.VerdictCount::ratingId));
        return new DeskStats(today, byStatus, overdue, List.copyOf(workloads.values()), verdicts,
                median(kept));
    }

    /** Whether the kept figures wait for a recount (which the next {@link #stats()} makes). */
    @PreAuthorize(AppRoles.IS_EDITOR)
    @Transactional(readOnly = true)
    public boolean waitsForRecount() {
        return counters.stale() || counters.bucketsStale() || counters.dueStale();
    }

    /** Recounts the kept figures from the claims. */
    @PreAuthorize(AppRoles.IS_EDITOR)
    @Transactional
    public void recount() {
        counters.rebuild();
    }

    /**
     * The middle one or two of the kept approval times, never the times themselves into Java: a walk over the
     * counters of their buckets (a few hundred) finds the bucket of the lower middle one and its rank there; the
     * index on the times gives the bucket's first and last time, one entry each; when they are equal (many approvals
     * taking the very same time, as a generated desk's do) that is the time, otherwise the index skips only the times
     * of its bucket that come before it (a bucket spans under 0.8 % of its times), never the times below it.
     */
    private @Nullable Duration median(Map<String, Long> kept) {
        long approvals = kept.getOrDefault(DeskCounters.APPROVALS, 0L);
        if (approvals <= 0) {
            return null;
        }
        Map<Long, Long> buckets = new TreeMap<>();
        kept.forEach((name, n) -> {
            if (name.startsWith(DeskCounters.APPROVED_IN)) {
                buckets.put(Long.parseLong(name.substring(DeskCounters.APPROVED_IN.length())), n);
            }
        });
        int wanted = approvals % 2 == 1 ? 1 : 2;
        long lowerMiddle = (approvals - 1) / 2;
        long before = 0;
        for (Map.Entry<Long, Long> bucket : buckets.entrySet()) {
            long inBucket = bucket.getValue();
            if (before + inBucket <= lowerMiddle) {
                before += inBucket;
                continue;
            }
            long rank = lowerMiddle - before;
            long from = DeskCounters.lowest(bucket.getKey());
            long next = DeskCounters.lowest(bucket.getKey() + 1);
            List<Long> first = jdbc.queryForList("select micros from desk_approval where micros >= ? "
                    + "order by micros fetch first 1 row only", Long.class, from);
            List<Long> last = jdbc.queryForList("select micros from desk_approval where micros < ? "
                    + "order by micros desc fetch first 1 row only", Long.class, next > from ? next : Long.MAX_VALUE);
            if (first.isEmpty() || last.isEmpty()) {
                break;
            }
            if (first.getFirst().equals(last.getFirst())) {
                List<Long> middle = new ArrayList<>(List.of(first.getFirst()));
                if (wanted == 2) {
                    middle.add(rank + 1 < inBucket ? first.getFirst() : jdbc.queryForObject("select micros from "
                            + "desk_approval where micros > ? order by micros fetch first 1 row only", Long.class,
                            first.getFirst()));
                }
                return mean(middle);
            }
            return mean(jdbc.queryForList("select micros from desk_approval where micros >= ? order by micros "
                    + "offset ? rows fetch next ? rows only", Long.class, from, rank, wanted));
        }
        // The buckets do not add up to the approvals (they cannot, unless the table was written around them).
        return mean(jdbc.queryForList("select micros from desk_approval order by micros offset ? rows "
                + "fetch next ? rows only", Long.class, lowerMiddle, wanted));
    }

    private static @Nullable Duration mean(List<Long> micros) {
        if (micros.isEmpty()) {
            return null;
        }
        long sum = micros.stream().mapToLong(Long::longValue).sum();
        return Duration.of(sum, ChronoUnit.MICROS).dividedBy(micros.size());
    }
}
