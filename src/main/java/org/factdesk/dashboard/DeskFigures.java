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
 * soon) from the index on the open statuses' due dates, which holds only dated work in hand. The same figures as
 * {@code ClaimQueryService.stats()}, which counts them over every claim.
 */
@Service
public class DeskFigures {

    /** Below every due date: the due-date ranges start at the first one rather than at the undated claims. */
    private static final LocalDate EARLIEST_DUE = LocalDate.of(1, 1, 1);
    /** Not approved nor dismissed: what may be overdue. */
    private static final List<ClaimStatus> NOT_CLOSED = List.of(ClaimStatus.CANDIDATE, ClaimStatus.TO_CHECK,
            ClaimStatus.IN_RESEARCH, ClaimStatus.IN_REVIEW);

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
        } else if (counters.bucketsStale()) {
            counters.rebuildBuckets();
        }
        LocalDate today = settings.today();
        Map<String, Long> kept = counters.counters();
        Map<ClaimStatus, Long> byStatus = new EnumMap<>(ClaimStatus.class);
        for (ClaimStatus status : ClaimStatus.values()) {
            byStatus.put(status, kept.getOrDefault("status:" + status.name(), 0L));
        }
        long overdue = 0;
        for (ClaimStatus status : NOT_CLOSED) {
            overdue += jdbc.queryForObject("select count(*) from claim where status = ? and due_date between ? and ?",
                    Long.class, status.name(), EARLIEST_DUE, today.minusDays(1));
        }
        List<DeskStats.VerdictCount> verdicts = new ArrayList<>();
        Map<String, DeskStats.Workload> workloads = new TreeMap<>();
        kept.forEach((name, n) -> {
            if (name.startsWith("verdict:") && n > 0) {
                verdicts.add(new DeskStats.VerdictCount(Long.parseLong(name.substring("verdict:".length())), n));
            }
            if (name.startsWith("open:") && n > 0) {
                String assignee = name.substring("open:".length());
                workloads.put(assignee, new DeskStats.Workload(assignee, n, 0, 0));
            }
        });
        verdicts.sort(Comparator.comparingLong(DeskStats.VerdictCount::ratingId));
        LocalDate soon = today.plusDays(DeskStats.DUE_SOON_DAYS);
        for (ClaimStatus status : DeskStats.OPEN) {
            jdbc.query("""
                    select assignee, sum(case when due_date >= ? then 1 else 0 end),
                        sum(case when due_date < ? then 1 else 0 end)
                    from claim where status = ? and due_date between ? and ? and assignee is not null
                    group by assignee""", row -> {
                long dueSoon = row.getLong(2);
                long late = row.getLong(3);
                workloads.computeIfPresent(row.getString(1), (assignee, work) -> new DeskStats.Workload(assignee,
                        work.open(), work.dueSoon() + dueSoon, work.overdue() + late));
            }, today, today, status.name(), EARLIEST_DUE, soon);
        }
        return new DeskStats(today, byStatus, overdue, List.copyOf(workloads.values()), verdicts,
                median(kept));
    }

    /** Whether the kept figures wait for a recount (which the next {@link #stats()} makes). */
    @PreAuthorize(AppRoles.IS_EDITOR)
    @Transactional(readOnly = true)
    public boolean waitsForRecount() {
        return counters.stale() || counters.bucketsStale();
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
