package org.factdesk.claim;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The desk at a glance: claims by status (every status, zero included), how many are overdue, each assignee's open
 * work, the verdicts of approved claims by rating, and the median time from selection (TO_CHECK) to approval, none
 * while no claim is approved.
 */
public record DeskStats(Map<ClaimStatus, Long> byStatus, long overdue, List<Workload> workloads,
                        List<VerdictCount> verdicts, @Nullable Duration medianTimeToApproval) {

    public DeskStats {
        byStatus = Map.copyOf(byStatus);
        workloads = List.copyOf(workloads);
        verdicts = List.copyOf(verdicts);
    }

    public long count(ClaimStatus status) {
        return byStatus.getOrDefault(status, 0L);
    }

    /** One assignee's claims that are neither approved nor dismissed; due soon: today or within the next 7 days. */
    public record Workload(String assignee, long open, long dueSoon, long overdue) {
    }

    /** How many approved claims have this rating as their approved verdict. */
    public record VerdictCount(long ratingId, long count) {
    }
}
