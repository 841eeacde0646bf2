package org.factdesk.claim;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;
import org.factdesk.security.AppRoles;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The claims verdict reports are made of: those the desk chose to check (TO_CHECK to APPROVED; candidates and
 * dismissed claims never appear), with their sources (without the archived pages themselves) and corrections.
 * Desk-wide reads go batch by batch, so a report over thousands of claims holds one batch at a time.
 */
@Service
@Transactional(readOnly = true)
public class ReportQueryService {

    public static final Set<ClaimStatus> REPORTED = Set.copyOf(EnumSet.of(ClaimStatus.TO_CHECK,
            ClaimStatus.IN_RESEARCH, ClaimStatus.IN_REVIEW, ClaimStatus.APPROVED));
    static final int BATCH = 200;

    private final ClaimRepository claims;
    private final EntityManager entityManager;

    ReportQueryService(ClaimRepository claims, EntityManager entityManager) {
        this.claims = claims;
        this.entityManager = entityManager;
    }

    /** One article's reported claims in article order; only the approved ones unless {@code includeInProgress}. */
    @PreAuthorize(AppRoles.CAN_READ)
    public List<ReportedClaim> article(long articleId, boolean includeInProgress) {
        // Corrections come with the claims in one query, as for the desk's batches, not one more query per claim.
        return reported(inOrder(claims.findInArticleOrder(articleId).stream()
                .filter(claim -> includeInProgress ? REPORTED.contains(claim.getStatus())
                        : claim.getStatus() == ClaimStatus.APPROVED)
                .map(claim -> Objects.requireNonNull(claim.getId())).toList()));
    }

    /**
     * Hands every approved claim the filter matches to {@code consumer}, oldest approval first, one batch in memory at
     * a time; returns how many there were. The consumer may throw to stop (a cancelled export).
     */
    @PreAuthorize(AppRoles.CAN_READ)
    public long forEachApproved(DeskReportFilter filter, Consumer<ReportedClaim> consumer) {
        return forEachApproved(filter, BATCH, consumer);
    }

    long forEachApproved(DeskReportFilter filter, int batchSize, Consumer<ReportedClaim> consumer) {
        return forEachApprovedBatch(filter, batchSize, batch -> batch.forEach(consumer));
    }

    /**
     * Like {@link #forEachApproved}, a whole batch at a time, so that the reader can look up what the batch names
     * (its articles, say) in one query rather than one per claim.
     */
    @PreAuthorize(AppRoles.CAN_READ)
    public long forEachApprovedBatch(DeskReportFilter filter, Consumer<List<ReportedClaim>> consumer) {
        return forEachApprovedBatch(filter, BATCH, consumer);
    }

    /** How many approved claims the filter matches: what a desk report will hold. */
    @PreAuthorize(AppRoles.CAN_READ)
    public long countApproved(DeskReportFilter filter) {
        if (filter.articleIds() != null && filter.articleIds().isEmpty()) {
            return 0;
        }
        TypedQuery<Long> query = entityManager.createQuery(
                "select count(c) from Claim c where " + deskWhere(filter), Long.class);
        bindDesk(query, filter);
        return query.getSingleResult();
    }

    long forEachApprovedBatch(DeskReportFilter filter, int batchSize, Consumer<List<ReportedClaim>> consumer) {
        if (filter.articleIds() != null && filter.articleIds().isEmpty()) {
            return 0;
        }
        long count = 0;
        @Nullable Instant lastAt = null;
        long lastId = 0;
        while (true) {
            List<Object[]> keys = approvedBatch(filter, lastAt, lastId, batchSize);
            if (keys.isEmpty()) {
                return count;
            }
            // The keys come from the rows, not from entities the context may hold with finer or staler times.
            lastAt = (Instant) keys.getLast()[1];
            lastId = (Long) keys.getLast()[0];
            List<ReportedClaim> reported = reported(inOrder(keys.stream().map(key -> (Long) key[0]).toList()));
            entityManager.clear();
            consumer.accept(reported);
            count += reported.size();
        }
    }

    /** The claims of {@code ids}, in that order, with their corrections in one query rather than one per claim. */
    private List<Claim> inOrder(List<Long> ids) {
        Map<Long, Claim> byId = new HashMap<>();
        entityManager.createQuery("select c from Claim c left join fetch c.corrections where c.id in :ids", Claim.class)
                .setParameter("ids", ids).getResultList().forEach(claim -> byId.put(claim.getId(), claim));
        return ids.stream().map(byId::get).filter(Objects::nonNull).toList();
    }

    /** The ClaimReview feed: claims approved (first or again after a correction) since {@code since}, oldest first. */
    @PreAuthorize(AppRoles.CAN_READ)
    public List<ReportedClaim> approvedSince(Instant since, int page, int size) {
        return reported(entityManager.createQuery("""
                        select c from Claim c where c.status = :approved and c.approvedAt >= :since
                        order by c.approvedAt, c.id""", Claim.class)
                .setParameter("approved", ClaimStatus.APPROVED).setParameter("since", since)
                .setFirstResult(Math.multiplyExact(page, size)).setMaxResults(size).getResultList());
    }

    @PreAuthorize(AppRoles.CAN_READ)
    public long countApprovedSince(Instant since) {
        return entityManager.createQuery("""
                        select count(c) from Claim c where c.status = :approved and c.approvedAt >= :since""",
                        Long.class)
                .setParameter("approved", ClaimStatus.APPROVED).setParameter("since", since).getSingleResult();
    }

    /** The next batch's ids and approval times. */
    private List<Object[]> approvedBatch(DeskReportFilter filter, @Nullable Instant lastAt, long lastId, int size) {
        StringBuilder jpql = new StringBuilder("select c.id, c.approvedAt from Claim c where ").append(deskWhere(filter));
        if (lastAt != null) {
            jpql.append(" and (c.approvedAt > :lastAt or (c.approvedAt = :lastAt and c.id > :lastId))");
        }
        TypedQuery<Object[]> query = entityManager.createQuery(
                jpql.append(" order by c.approvedAt, c.id").toString(), Object[].class);
        bindDesk(query, filter);
        if (lastAt != null) {
            query.setParameter("lastAt", lastAt).setParameter("lastId", lastId);
        }
        return query.setMaxResults(size).getResultList();
    }

    private static String deskWhere(DeskReportFilter filter) {
        StringBuilder where = new StringBuilder(
                "c.status = :approved and c.approvedAt >= :from and c.approvedAt < :to");
        if (filter.checker() != null) {
            where.append(" and c.submittedBy = :checker");
        }
        if (filter.articleIds() != null) {
            where.append(" and c.articleId in :articleIds");
        }
        return where.toString();
    }

    private static void bindDesk(TypedQuery<?> query, DeskReportFilter filter) {
        query.setParameter("approved", ClaimStatus.APPROVED).setParameter("from", filter.from())
                .setParameter("to", filter.to());
        if (filter.checker() != null) {
            query.setParameter("checker", filter.checker());
        }
        if (filter.articleIds() != null) {
            query.setParameter("articleIds", filter.articleIds());
        }
    }

    private List<ReportedClaim> reported(List<Claim> found) {
        List<Long> ids = found.stream().map(claim -> Objects.requireNonNull(claim.getId())).toList();
        Map<Long, List<ReportedSource>> sources = sources(ids);
        return found.stream().map(claim -> reported(claim, sources.getOrDefault(claim.getId(), List.of()))).toList();
    }

    /** Sources by claim, read as small records: the archived pages stay in the database. */
    private Map<Long, List<ReportedSource>> sources(Collection<Long> claimIds) {
        Map<Long, List<ReportedSource>> byClaim = new HashMap<>();
        if (claimIds.isEmpty()) {
            return byClaim;
        }
        entityManager.createQuery("""
                        select new org.factdesk.claim.ReportedSource(s.id, s.claimId, s.title, s.publisher, s.url,
                            s.kind, s.accessedOn, s.reliability, s.archiveStatus, s.archiveSha256, s.archiveFetchedAt)
                        from Source s where s.claimId in :ids order by s.claimId, s.createdAt, s.id""",
                        ReportedSource.class)
                .setParameter("ids", claimIds).getResultList()
                .forEach(source -> byClaim.computeIfAbsent(source.claimId(), id -> new ArrayList<>()).add(source));
        return byClaim;
    }

    private static ReportedClaim reported(Claim claim, List<ReportedSource> sources) {
        Anchor anchor = claim.anchor();
        return new ReportedClaim(Objects.requireNonNull(claim.getId()), claim.getArticleId(), anchor.part(),
                anchor.start(), anchor.end(), claim.isAnchorLost(), claim.getStatement(), claim.getClaimant(),
                claim.getClaimDate(), claim.getStatus(), claim.getAssignee(), claim.getSubmittedBy(),
                claim.getSubmittedAt(), claim.getSelectedAt(), claim.getApprovedRatingId(),
                claim.getApprovedRationale(), claim.getApprovedBy(), claim.getApprovedAt(), claim.isCorrected(),
                List.copyOf(sources), claim.getCorrections());
    }
}
