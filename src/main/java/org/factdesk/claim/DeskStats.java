package org.factdesk.claim;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The desk at a glance on {@code today} (the desk's day the figures were counted on): claims by status (every
 * status, zero included), how many are overdue, each assignee's open work, the verdicts of approved claims by rating,
 * and the median time from selection (TO_CHECK) to approval, none while no claim is approved.
 */
public record DeskStats(LocalDate today, Map<ClaimStatus, Long> byStatus, long overdue, List<Workload> workloads,
                        List<VerdictCount> verdicts, @Nullable Duration medianTimeToApproval) {

    /** The statuses of a colleague's open work: what a workload counts, and what its links filter on. */
    public static final Set<ClaimStatus> OPEN = Set.of(ClaimStatus.TO_CHECK, ClaimStatus.IN_RESEARCH,
            ClaimStatus.IN_REVIEW);

    /** A workload's "due soon": due from today to this many days later, both included. */
    public static final int DUE_SOON_DAYS = 7;

    public DeskStats {
        byStatus = Map.copyOf(byStatus);
        workloads = List.copyOf(workloads);
        verdicts = List.copyOf(verdicts);
    }

    /** The last day a workload counts as due soon. */
    public LocalDate dueSoonUntil() {
        return today.plusDays(DUE_SOON_DAYS);
    }

    public long count(ClaimStatus status) {
        return byStatus.getOrDefault(status, 0L);
    }

    /**
     * One person's claims in an {@link #OPEN} status: all of them, those due soon (from today to {@link #DUE_SOON_DAYS}
     * days later), and the overdue ones.
     */
    public record Workload(String assignee, long open, long dueSoon, long overdue) {

        public static Workload none(String assignee) {
            return new Workload(assignee, 0, 0, 0);
        }
    }

    /** How many approved claims have this rating as their approved verdict. */
    public record VerdictCount(long ratingId, long count) {
    }
}
