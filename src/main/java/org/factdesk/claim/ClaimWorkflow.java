package org.factdesk.claim;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.factdesk.base.RefusedException;
import org.factdesk.security.AppRoles;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The claim module's command API for the workflow (decision 014): the only way code outside this package changes a
 * claim's assignment, status or watchers. {@link Claim}'s state changes stay package-private, so each one still runs
 * through the status machine and is logged here; the workflow's rules (who may, due dates, assignees) live in
 * {@code org.factdesk.workflow}, which calls these commands. Each command is guarded again with the role its caller
 * requires, so a screen calling it directly gains nothing.
 */
@Service
public class ClaimWorkflow {

    private final ClaimRepository claims;
    private final ClaimService claimService;
    private final ActivityLog log;
    private final Clock clock;
    private final EntityManager entityManager;

    ClaimWorkflow(ClaimRepository claims, ClaimService claimService, ActivityLog log,
                  Clock clock, EntityManager entityManager) {
        this.entityManager = entityManager;
        this.claims = claims;
        this.claimService = claimService;
        this.log = log;
        this.clock = clock;
    }

    /** A claim in review, as the review queue lists it (the queue adds the article's title and names). */
    public record InReview(long id, String statement, long articleId, @Nullable String submittedBy,
                           @Nullable Instant submittedAt, @Nullable Long ratingId) {

        public ReviewKey key() {
            return new ReviewKey(submittedAt, id);
        }
    }

    /**
     * A claim's place in the review queue (the oldest submission first, the id breaking ties; a claim without a
     * submission time, which only old data may hold, before them all): what a page of the queue seeks after.
     */
    public record ReviewKey(@Nullable Instant submittedAt, long id) {
    }

    /** Before every submission time, so that the first page of submitted claims is a range of the index too. */
    private static final Instant EARLIEST = Instant.parse("0001-01-01T00:00:00Z");

    /**
     * Gives the claim the user saw at {@code expectedVersion} to {@code assignee}; {@code check} runs first, with
     * the claim loaded, to refuse what the workflow's rules forbid.
     */
    @PreAuthorize(AppRoles.IS_EDITOR)
    @Transactional
    public void assign(long claimId, long expectedVersion, String assignee, @Nullable LocalDate due, Priority priority,
                       Runnable check) {
        assign(claimService.load(claimId, expectedVersion), assignee, due, priority, check);
    }

    /**
     * Assigns each of the claims that can be assigned now (TO_CHECK, or IN_RESEARCH to reassign), running
     * {@code check} before each; leaves the others as they are. Returns how many were assigned. An assignment starts
     * nothing: a claim to check waits for its assignee to take it.
     */
    @PreAuthorize(AppRoles.IS_EDITOR)
    @Transactional
    public int assignAll(Collection<Long> claimIds, String assignee, @Nullable LocalDate due, Priority priority,
                         Runnable check) {
        int assigned = 0;
        for (Claim claim : claims.findAllById(claimIds)) {
            if (claim.getStatus() == ClaimStatus.TO_CHECK || claim.getStatus() == ClaimStatus.IN_RESEARCH) {
                assign(claim, assignee, due, priority, check);
                assigned++;
            }
        }
        return assigned;
    }

    @PreAuthorize(AppRoles.IS_EDITOR)
    @Transactional
    public void unassign(long claimId, long expectedVersion) {
        Claim claim = claimService.load(claimId, expectedVersion);
        String before = claim.getAssignee();
        ClaimStatus status = claim.getStatus();
        claim.unassign(clock.instant());
        log.claim(claim, "claim.unassigned", null, before, null);
        if (status != claim.getStatus()) {
            log.claimStatus(claim, status, "unassign");
        }
    }

    /** Approves the verdict as {@code approver}; the claim refuses anyone who proposed it in this round. */
    @PreAuthorize(AppRoles.IS_EDITOR)
    @Transactional
    public void approve(long claimId, long expectedVersion, String approver) {
        claimService.transition(claimId, expectedVersion, "approve", (claim, now) -> claim.approve(approver, now));
    }

    /** Returns the claim to research (the workflow posts the comment saying why in its thread). */
    @PreAuthorize(AppRoles.IS_EDITOR)
    @Transactional
    public void sendBack(long claimId, long expectedVersion) {
        claimService.transition(claimId, expectedVersion, "return", Claim::sendBack);
    }

    /** Reopens an approved claim for a correction by {@code editor} (the workflow posts the reason in its thread). */
    @PreAuthorize(AppRoles.IS_EDITOR)
    @Transactional
    public void reopen(long claimId, long expectedVersion, String editor, String reason) {
        claimService.transition(claimId, expectedVersion, "reopen",
                (claim, now) -> claim.reopen(editor, reason.strip(), now));
    }

    @PreAuthorize(AppRoles.CAN_READ)
    @Transactional
    public void watch(long claimId, String username, boolean watching) {
        Claim claim = claims.findById(claimId).orElseThrow(() -> new RefusedException(null, "claim.error.gone"));
        if (watching) {
            claim.watch(username);
        } else {
            claim.unwatch(username);
        }
    }

    @PreAuthorize(AppRoles.CAN_READ)
    @Transactional(readOnly = true)
    public boolean isWatching(long claimId, String username) {
        return claims.findById(claimId).map(claim -> claim.getWatchers().contains(username)).orElse(false);
    }

    /** One page of the claims in review, the oldest submission first. */
    @PreAuthorize(AppRoles.IS_EDITOR)
    @Transactional(readOnly = true)
    public List<InReview> inReview(Pageable page) {
        return claims.findReviewQueue(ClaimStatus.IN_REVIEW, page).stream().map(row -> new InReview(
                (Long) row[0], (String) row[1], (Long) row[2], (String) row[3], (Instant) row[4], (Long) row[5]))
                .toList();
    }

    /**
     * Up to {@code limit} claims in review after {@code after} (from the top when null), the oldest submission first,
     * through the index on {@code (status, submitted_at, id)}: a page costs the same anywhere in the queue (issue 15).
     */
    @PreAuthorize(AppRoles.IS_EDITOR)
    @Transactional(readOnly = true)
    public List<InReview> inReviewAfter(@Nullable ReviewKey after, int limit) {
        List<InReview> rows = new ArrayList<>();
        if (after == null || after.submittedAt() == null) {
            rows.addAll(reviewRows(true, after, 0, limit));
        }
        if (rows.size() < limit) {
            ReviewKey from = after == null || after.submittedAt() == null ? null : after;
            rows.addAll(reviewRows(false, from, 0, limit - rows.size()));
        }
        return rows;
    }

    /** The key of the {@code rows}-th claim in review after {@code after} (from the top when null), from the index. */
    @PreAuthorize(AppRoles.IS_EDITOR)
    @Transactional(readOnly = true)
    public Optional<ReviewKey> reviewKeyAfter(@Nullable ReviewKey after, int rows) {
        if (rows < 1) {
            throw new IllegalArgumentException("rows must be at least 1");
        }
        int skip = rows - 1;
        if (after == null || after.submittedAt() == null) {
            List<InReview> undated = reviewRows(true, after, skip, 1);
            if (!undated.isEmpty()) {
                return Optional.of(undated.getFirst().key());
            }
            skip -= (int) reviewCount(true, after);
            after = null;
        }
        return reviewRows(false, after, skip, 1).stream().findFirst().map(InReview::key);
    }

    /** The claims in review: exact below {@code limit}, {@code limit} at and above it. */
    @PreAuthorize(AppRoles.IS_EDITOR)
    @Transactional(readOnly = true)
    public long countInReviewUpTo(int limit) {
        return entityManager.createQuery("select c.id from Claim c where c.status = :status", Long.class)
                .setParameter("status", ClaimStatus.IN_REVIEW).setMaxResults(limit).getResultList().size();
    }

    /**
     * Claims in review without a submission time ({@code undated}) by id, or with one by time and id, after
     * {@code after}; ordered by the status too, the same on every row, so that the index gives the order.
     */
    private List<InReview> reviewRows(boolean undated, @Nullable ReviewKey after, int skip, int limit) {
        String where = undated ? "c.submittedAt is null and c.id > :id"
                : "c.submittedAt >= :at and (c.submittedAt > :at or c.id > :id)";
        TypedQuery<Object[]> query = entityManager.createQuery("select c.id, c.statement, c.articleId, "
                + "c.submittedBy, c.submittedAt, c.ratingId from Claim c where c.status = :status and " + where
                + " order by c.status, c.submittedAt, c.id", Object[].class)
                .setParameter("status", ClaimStatus.IN_REVIEW).setParameter("id", after == null ? 0L : after.id());
        if (!undated) {
            query.setParameter("at", after == null || after.submittedAt() == null ? EARLIEST : after.submittedAt());
        }
        return query.setFirstResult(skip).setMaxResults(limit).getResultList().stream().map(row -> new InReview(
                (Long) row[0], (String) row[1], (Long) row[2], (String) row[3], (Instant) row[4], (Long) row[5]))
                .toList();
    }

    private long reviewCount(boolean undated, @Nullable ReviewKey after) {
        if (!undated) {
            throw new IllegalArgumentException("only the undated claims are counted");
        }
        return entityManager.createQuery("select count(c) from Claim c where c.status = :status "
                        + "and c.submittedAt is null and c.id > :id", Long.class)
                .setParameter("status", ClaimStatus.IN_REVIEW).setParameter("id", after == null ? 0L : after.id())
                .getSingleResult();
    }

    /**
     * Records {@code claim.overdue}, by {@code system}, in the history of every claim overdue on {@code today} and not
     * yet told for its due date, which tells their watchers; returns how many. Unguarded: the overdue check runs as a
     * scheduled job, where nobody is signed in, and changes nothing but the history and the notifications.
     */
    @Transactional
    public int recordOverdue(LocalDate today) {
        List<Claim> late = claims.findOverdueUntold(ClaimQueryService.EARLIEST_DUE, today);
        for (Claim claim : late) {
            LocalDate due = Objects.requireNonNull(claim.getDueDate());
            claims.recordOverdueNotice(Objects.requireNonNull(claim.getId()), due, clock.instant());
            log.claimBySystem(claim, "claim.overdue", null, null, due.toString());
        }
        return late.size();
    }

    private void assign(Claim claim, String assignee, @Nullable LocalDate due, Priority priority, Runnable check) {
        Instant now = clock.instant();
        check.run();
        String before = claim.getAssignee();
        ClaimStatus status = claim.getStatus();
        claim.assign(assignee, due, priority, now);
        // The editor who hands a claim out hears of it from then on: its take, its submission, its questions.
        claim.watch(log.actor());
        log.claim(claim, "claim.assigned", priority.name(), before, assignee);
        if (status != claim.getStatus()) {
            log.claimStatus(claim, status, "assign");
        }
    }
}
