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
 * the kept approval times read from their index at the middle, and what depends on the day (overdue, due soon) from
 * the index on the open statuses' due dates, which holds only dated work in hand. The same figures as
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
                median(kept.getOrDefault(DeskCounters.APPROVALS, 0L)));
    }

    /** Whether the kept figures wait for a recount (which the next {@link #stats()} makes). */
    @PreAuthorize(AppRoles.IS_EDITOR)
    @Transactional(readOnly = true)
    public boolean waitsForRecount() {
        return counters.stale();
    }

    /** Recounts the kept figures from the claims. */
    @PreAuthorize(AppRoles.IS_EDITOR)
    @Transactional
    public void recount() {
        counters.rebuild();
    }

    /** The middle one or two of the kept approval times, read from their index: never the times themselves. */
    private @Nullable Duration median(long approvals) {
        if (approvals == 0) {
            return null;
        }
        List<Long> middle = jdbc.queryForList("select micros from desk_approval order by micros limit ? offset ?",
                Long.class, approvals % 2 == 1 ? 1 : 2, (approvals - 1) / 2);
        if (middle.isEmpty()) {
            return null;
        }
        long sum = middle.stream().mapToLong(Long::longValue).sum();
        return Duration.of(sum, ChronoUnit.MICROS).dividedBy(middle.size());
    }
}
