package org.factdesk.report;

import org.factdesk.claim.ClaimReason;
import org.factdesk.claim.ClaimStatus;
import org.factdesk.source.ReportedFile;
import org.factdesk.source.ReportedSource;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.factdesk.claim.CorrectionItem;
import org.factdesk.extraction.TextPart;
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

    /**
     * The approved claims that changed themselves at or after {@code :since}, from {@code ix_claim_review_modified}'s
     * entries alone. With the claims of the articles and ratings that changed ({@link #claimsOf}) they make the feed's
     * changes; a change of the desk's settings changes every ClaimReview ({@link #deskChangedSince}). Plain SQL: the
     * article and rating are other features' tables, read here only for this.
     */
    static final String CLAIMS_CHANGED = """
            select c.id from claim c where c.status = 'APPROVED' and c.review_modified_at >= :since""";

    /**
     * The approved claims of one article or rating, from {@code ix_claim_status_article} or
     * {@code ix_claim_status_rating}'s entries alone; {@link #claimsOf} unites it for several. Neither
     * {@code in (select …)} nor an {@code in} list is looked up in these indexes by H2, which then walks every approved
     * claim's entry even when nothing changed (90–360 ms at 200,000); an equality is.
     */
    static final String CLAIMS_OF = "select c.id from claim c where c.status = 'APPROVED' and c.%s = :v%d";

    /** How many articles or ratings one query of {@link #claimsOf} looks up. */
    private static final int LOOKUPS_PER_QUERY = 100;

    /** The articles or ratings changed at or after {@code :since}, from their review_modified_at index. */
    static final String TABLE_CHANGED = "select t.id from %s t where t.review_modified_at >= :since";

    /**
     * The next approved claims in id order, read from {@code ix_claim_status_id} (the status in the order names the
     * index's first column for H2), with what tells whether the ClaimReview changed since {@code :since}.
     */
    static final String NEXT_APPROVED = """
            select c.id, c.review_modified_at, c.article_id, c.approved_rating_id from claim c
            where c.status = 'APPROVED' and c.id > :after order by c.status, c.id""";

    /**
     * How many approved claims in id order a feed page looks through before it asks the indexes of changes instead:
     * when fewer than one in {@code WINDOW / size} of them changed, the changes are few enough to read from there.
     */
    static final int WINDOW = 2_000;

    /**
     * What a report shows of a claim, read as columns rather than as the claim entity, which stays the claim module's
     * own: the claim's state changes only through that module's services.
     */
    private static final String CLAIM_COLUMNS = """
            c.id, c.articleId, c.part, c.start, c.end, c.anchorLost, c.statement, c.claimant, c.claimDate, c.status,
            c.assignee, c.submittedBy, c.submittedAt, c.selectedAt, c.approvedRatingId, c.approvedRationale,
            c.approvedBy, c.approvedAt, c.corrected, c.reasons""";

    private final EntityManager entityManager;

    ReportQueryService(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** One article's reported claims in article order; only the approved ones unless {@code includeInProgress}. */
    @PreAuthorize(AppRoles.CAN_READ)
    public List<ReportedClaim> article(long articleId, boolean includeInProgress) {
        // Corrections come with the claims in one query, as for the desk's batches, not one more query per claim.
        Set<ClaimStatus> shown = includeInProgress ? REPORTED : Set.of(ClaimStatus.APPROVED);
        return inOrder(entityManager.createQuery("""
                        select c.id from Claim c where c.articleId = :articleId and c.status in :shown
                        order by case when c.part = org.factdesk.extraction.TextPart.TITLE then 0 else 1 end,
                            c.start, c.end, c.id""", Long.class)
                .setParameter("articleId", articleId).setParameter("shown", shown).getResultList());
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
            List<ReportedClaim> reported = inOrder(keys.stream().map(key -> (Long) key[0]).toList());
            entityManager.clear();
            consumer.accept(reported);
            count += reported.size();
        }
    }

    /**
     * The claims of {@code ids} as reports show them, in that order, with their sources, corrections and last review
     * change: one query for each, whatever the number of claims.
     */
    private List<ReportedClaim> inOrder(List<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<Long, Object[]> byId = new HashMap<>();
        entityManager.createQuery("select " + CLAIM_COLUMNS + " from Claim c where c.id in :ids", Object[].class)
                .setParameter("ids", ids).getResultList().forEach(row -> byId.put((Long) row[0], row));
        Map<Long, List<ReportedSource>> sources = sources(ids);
        Map<Long, List<CorrectionItem>> corrections = corrections(ids);
        Map<Long, Instant> modified = reviewModified(ids);
        return ids.stream().map(byId::get).filter(Objects::nonNull)
                .map(row -> reported(row, sources.getOrDefault((Long) row[0], List.of()),
                        corrections.getOrDefault((Long) row[0], List.of()), modified.get((Long) row[0])))
                .toList();
    }

    /** Each claim's corrections, oldest first. */
    private Map<Long, List<CorrectionItem>> corrections(Collection<Long> claimIds) {
        Map<Long, List<CorrectionItem>> byClaim = new HashMap<>();
        entityManager.createQuery("""
                        select c.id, co.reopenedAt, co.reopenedBy, co.reason, co.previousRatingId, co.previousRationale,
                            co.previousApprovedBy, co.previousApprovedAt
                        from Claim c join c.corrections co where c.id in :ids order by c.id, co.reopenedAt""",
                        Object[].class)
                .setParameter("ids", claimIds).getResultList()
                .forEach(row -> byClaim.computeIfAbsent((Long) row[0], id -> new ArrayList<>()).add(new CorrectionItem(
                        (Instant) row[1], (String) row[2], (String) row[3], (Long) row[4], (String) row[5],
                        (String) row[6], (Instant) row[7])));
        return byClaim;
    }

    /**
     * The ClaimReview feed by page number: approved claims whose ClaimReview changed at or after {@code since} (an
     * approval, a change to the claim, to what it shows of its article or rating, or to the desk's settings), in the
     * order of their ids, which a change never moves, so that paging stays stable while colleagues work. Each page
     * reads every change (index entries only) to find its place: kept for clients that count pages;
     * {@link #approvedSinceAfter} reads about what it shows.
     */
    @PreAuthorize(AppRoles.CAN_READ)
    public List<ReportedClaim> approvedSince(Instant asked, int page, int size) {
        Instant since = stored(asked);
        int from = Math.multiplyExact(page, size);
        if (deskChangedSince(since)) {
            @SuppressWarnings("unchecked")
            List<Number> ids = entityManager.createNativeQuery(
                            "select c.id from claim c where c.status = 'APPROVED' order by c.status, c.id")
                    .setFirstResult(from).setMaxResults(size).getResultList();
            return inOrder(ids.stream().map(Number::longValue).toList());
        }
        return inOrder(new Changes(since).ids().stream().sorted().skip(from).limit(size).toList());
    }

    /**
     * The same feed by key: the first {@code size} claims after the claim of id {@code after} (0 for the first page),
     * and when {@code counted} the count over all pages. It looks through the next {@value #WINDOW} approved claims in
     * id order (an index) and keeps those that changed; when fewer than {@code size} of them did, it reads the changes
     * from their indexes instead (index entries only, as many as there are changes); when the desk's settings
     * changed, every approved claim is on the feed. So a page reads what it shows and a bounded look around it, not
     * every page before it (decision 017, "The ClaimReview feed").
     */
    @PreAuthorize(AppRoles.CAN_READ)
    public FeedPage approvedSinceAfter(Instant asked, long after, int size, boolean counted) {
        Instant since = stored(asked);
        if (deskChangedSince(since)) {
            return new FeedPage(inOrder(approvedAfter(after, size)), counted ? countApproved() : null);
        }
        Changes changes = new Changes(since);
        List<Long> ids = changedAfter(changes, after, size, WINDOW);
        return new FeedPage(inOrder(ids), counted ? (long) changes.ids().size() : null);
    }

    /** A page of the feed by key, and the count over all pages when it was asked for. */
    public record FeedPage(List<ReportedClaim> claims, @Nullable Long total) {
    }

    /** The ids of {@link #approvedSinceAfter}, in order, looking through {@code windowSize} approved claims first. */
    List<Long> changedAfter(Instant asked, long after, int size, int windowSize) {
        Instant since = stored(asked);
        return deskChangedSince(since) ? approvedAfter(after, size)
                : changedAfter(new Changes(since), after, size, windowSize);
    }

    /** The desk's settings unchanged since: only some claims changed. */
    private List<Long> changedAfter(Changes changes, long after, int size, int windowSize) {
        List<Object[]> window = nextApproved(after, windowSize);
        List<Long> found = new ArrayList<>();
        for (Object[] row : window) {
            if (!instant(row[1]).isBefore(changes.since) || changes.articles.contains(((Number) row[2]).longValue())
                    || (row[3] != null && changes.ratings.contains(((Number) row[3]).longValue()))) {
                found.add(((Number) row[0]).longValue());
                if (found.size() == size) {
                    return found;
                }
            }
        }
        if (window.size() < windowSize) {
            return found;
        }
        // Fewer than one in windowSize / size changed here: the changes are few, read them from their indexes.
        return changes.ids().stream().filter(id -> id > after).sorted().limit(size).toList();
    }

    /** Every ClaimReview changed (the desk's settings did): the next approved claims. */
    private List<Long> approvedAfter(long after, int size) {
        return nextApproved(after, size).stream().map(row -> ((Number) row[0]).longValue()).toList();
    }

    private long countApproved() {
        return ((Number) entityManager.createNativeQuery("select count(*) from claim c where c.status = 'APPROVED'")
                .getSingleResult()).longValue();
    }

    @PreAuthorize(AppRoles.CAN_READ)
    public long countApprovedSince(Instant asked) {
        Instant since = stored(asked);
        return deskChangedSince(since) ? countApproved() : new Changes(since).ids().size();
    }

    /**
     * {@code since} as the database keeps times, to the microsecond, so that the pages' checks in Java and the
     * database's comparisons agree on a change at that very microsecond.
     */
    private static Instant stored(Instant since) {
        return since.truncatedTo(ChronoUnit.MICROS);
    }

    /**
     * What changed at or after {@code since} apart from the desk's settings: the articles and ratings, read at once
     * through their indexes, and the approved claims that changed with them or by themselves, read when first asked
     * ({@link #ids}) and kept for the page and its count.
     */
    private final class Changes {

        private final Instant since;
        private final Set<Long> articles;
        private final Set<Long> ratings;
        private @Nullable Set<Long> ids;

        Changes(Instant since) {
            this.since = since;
            this.articles = changedSince("article", since);
            this.ratings = changedSince("rating", since);
        }

        /** The approved claims that changed, unordered: index entries only, as many as there are such claims. */
        Set<Long> ids() {
            if (ids == null) {
                @SuppressWarnings("unchecked")
                List<Number> changed = entityManager.createNativeQuery(CLAIMS_CHANGED).setParameter("since", since)
                        .getResultList();
                ids = changed.stream().map(Number::longValue).collect(Collectors.toCollection(HashSet::new));
                ids.addAll(claimsOf("article_id", articles));
                ids.addAll(claimsOf("approved_rating_id", ratings));
            }
            return ids;
        }
    }

    /** The approved claims whose {@code column} (article_id or approved_rating_id) is one of {@code values}. */
    private List<Long> claimsOf(String column, Set<Long> values) {
        List<Long> ids = new ArrayList<>();
        List<Long> all = List.copyOf(values);
        for (int from = 0; from < all.size(); from += LOOKUPS_PER_QUERY) {
            List<Long> some = all.subList(from, Math.min(all.size(), from + LOOKUPS_PER_QUERY));
            String union = IntStream.range(0, some.size())
                    .mapToObj(i -> CLAIMS_OF.formatted(column, i)).collect(Collectors.joining(" union all "));
            var query = entityManager.createNativeQuery(union);
            for (int i = 0; i < some.size(); i++) {
                query.setParameter("v" + i, some.get(i));
            }
            @SuppressWarnings("unchecked")
            List<Number> found = query.getResultList();
            found.forEach(id -> ids.add(id.longValue()));
        }
        return ids;
    }

    /** Whether the desk's settings changed at or after {@code since}, which changes every ClaimReview. */
    boolean deskChangedSince(Instant since) {
        return !entityManager.createNativeQuery("select 1 from desk_settings d where d.review_modified_at >= :since")
                .setParameter("since", since).setMaxResults(1).getResultList().isEmpty();
    }

    /** The ids of the articles or ratings ({@code table}) changed at or after {@code since}, through its index. */
    private Set<Long> changedSince(String table, Instant since) {
        @SuppressWarnings("unchecked")
        List<Number> ids = entityManager.createNativeQuery(TABLE_CHANGED.formatted(table))
                .setParameter("since", since).getResultList();
        return ids.stream().map(Number::longValue).collect(Collectors.toSet());
    }

    /** The {@code limit} approved claims after id {@code after}, in id order: id, review change, article, rating. */
    private List<Object[]> nextApproved(long after, int limit) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery(NEXT_APPROVED)
                .setParameter("after", after).setMaxResults(limit).getResultList();
        return rows;
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

    /** When each claim's ClaimReview last changed: the latest change to the claim, its article, its rating, the desk. */
    private Map<Long, Instant> reviewModified(Collection<Long> claimIds) {
        Map<Long, Instant> byClaim = new HashMap<>();
        if (claimIds.isEmpty()) {
            return byClaim;
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery("""
                        select c.id, greatest(c.review_modified_at, a.review_modified_at,
                            coalesce(r.review_modified_at, c.review_modified_at), d.review_modified_at)
                        from claim c join article a on a.id = c.article_id
                        left join rating r on r.id = c.approved_rating_id
                        cross join desk_settings d
                        where c.id in (:ids)""")
                .setParameter("ids", claimIds).getResultList();
        rows.forEach(row -> byClaim.put(((Number) row[0]).longValue(), instant(row[1])));
        return byClaim;
    }

    private static Instant instant(Object value) {
        return switch (value) {
            case Instant instant -> instant;
            case OffsetDateTime time -> time.toInstant();
            case java.sql.Timestamp timestamp -> timestamp.toInstant();
            default -> throw new IllegalStateException("Not a time: " + value.getClass());
        };
    }

    /** Sources by claim, read as small records: the archived pages stay in the database. */
    private Map<Long, List<ReportedSource>> sources(Collection<Long> claimIds) {
        Map<Long, List<ReportedSource>> byClaim = new HashMap<>();
        if (claimIds.isEmpty()) {
            return byClaim;
        }
        entityManager.createQuery("""
                        select new org.factdesk.source.ReportedSource(s.id, s.claimId, s.title, s.publisher, s.url,
                            s.kind, s.accessedOn, s.reliability, s.archiveStatus, s.archiveSha256, s.archiveFetchedAt)
                        from Source s where s.claimId in :ids order by s.claimId, s.createdAt, s.id""",
                        ReportedSource.class)
                .setParameter("ids", claimIds).getResultList()
                .forEach(source -> byClaim.computeIfAbsent(source.claimId(), id -> new ArrayList<>()).add(source));
        Map<Long, List<ReportedFile>> files = files(byClaim.values().stream().flatMap(List::stream)
                .map(ReportedSource::id).toList());
        byClaim.replaceAll((claimId, list) -> list.stream()
                .map(source -> source.withFiles(files.getOrDefault(source.id(), List.of()))).toList());
        return byClaim;
    }

    /** The names and fingerprints of the files attached to these sources (decision 021), never their content. */
    private Map<Long, List<ReportedFile>> files(List<Long> sourceIds) {
        Map<Long, List<ReportedFile>> bySource = new HashMap<>();
        if (!sourceIds.isEmpty()) {
            entityManager.createQuery("""
                            select new org.factdesk.source.ReportedFile(f.sourceId, f.name, f.sha256)
                            from SourceFile f where f.sourceId in :ids order by f.sourceId, f.id""", ReportedFile.class)
                    .setParameter("ids", sourceIds).getResultList()
                    .forEach(file -> bySource.computeIfAbsent(file.sourceId(), id -> new ArrayList<>()).add(file));
        }
        return bySource;
    }

    private static ReportedClaim reported(Object[] row, List<ReportedSource> sources,
                                          List<CorrectionItem> corrections, @Nullable Instant modified) {
        return new ReportedClaim((Long) row[0], (Long) row[1], (TextPart) row[2], (Integer) row[3], (Integer) row[4],
                (Boolean) row[5], (String) row[6], (String) row[7], (LocalDate) row[8], (ClaimStatus) row[9],
                (String) row[10], (String) row[11], (Instant) row[12], (Instant) row[13], (Long) row[14],
                (String) row[15], (String) row[16], (Instant) row[17], (Boolean) row[18], List.copyOf(sources),
                List.copyOf(corrections), modified, ClaimReason.decode(row[19] == null ? "" : (String) row[19]));
    }
}
