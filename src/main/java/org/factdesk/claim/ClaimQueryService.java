package org.factdesk.claim;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;
import jakarta.persistence.TypedQuery;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Expression;
import jakarta.persistence.criteria.Order;
import jakarta.persistence.criteria.Path;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import jakarta.persistence.criteria.Selection;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.factdesk.article.ArticleService;
import org.factdesk.article.ArticleSummary;
import org.factdesk.desk.DeskSettingsService;
import org.factdesk.security.AppRoles;
import org.factdesk.security.CurrentUser;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The desk's views over all claims, across articles: the filtered claim list, each user's tasks, and the
 * dashboard's figures. Overdue: due before today (in the desk's time zone), neither approved nor dismissed.
 */
@Service
@Transactional(readOnly = true)
public class ClaimQueryService {

    private static final Set<ClaimStatus> CLOSED = Set.of(ClaimStatus.APPROVED, ClaimStatus.DISMISSED);
    private static final List<String> ROW_COLUMNS = List.of("id", "version", "articleId", "statement", "status",
            "assignee", "dueDate", "priority", "ratingId", "score", "suggested", "listPosition", "likelyMatchLabel");
    private static final Comparator<ClaimListKey> LIST_ORDER = Comparator.comparingLong(ClaimListKey::articleId)
            .reversed().thenComparingLong(ClaimListKey::position).thenComparingLong(ClaimListKey::id);
    /**
     * Below every due date. "Due before" alone makes H2 walk the due-date index from its start, through every claim
     * without a due date (most of them), reading each row: 10 s on 100,000 claims where nothing is due. With this
     * lower bound the index range starts at the first due date (issue 15).
     */
    static final LocalDate EARLIEST_DUE = LocalDate.of(1, 1, 1);
    /**
     * The text filter asks the search index for the claims whose statement has every word (the last one also as the
     * start of a word, as one types), and keeps the best this many: the list says so. Its pages are then read by the
     * usual seek over those ids, with the other filters (issue 14, decision 022).
     */
    public static final int TEXT_MATCHES = 1000;
    private static final String[] STATEMENT_FIELDS = {"statement_en", "statement_fr", "statement_plain"};
    private static final java.util.regex.Pattern A_WORD = java.util.regex.Pattern.compile("[\\p{L}\\p{N}]");

    private final EntityManager entityManager;
    private final ArticleService articles;
    private final CurrentUser currentUser;
    private final DeskSettingsService settings;

    ClaimQueryService(EntityManager entityManager, ArticleService articles, CurrentUser currentUser,
                      DeskSettingsService settings) {
        this.entityManager = entityManager;
        this.articles = articles;
        this.currentUser = currentUser;
        this.settings = settings;
    }

    /**
     * Newest article first (the last imported), each article's claims in article order. By offset: for a page deep in
     * a long list prefer {@link #listAfter}, which seeks (decision 017).
     */
    @PreAuthorize(AppRoles.CAN_READ)
    public List<ClaimListItem> list(ClaimFilter filter, Pageable page) {
        CriteriaBuilder cb = entityManager.getCriteriaBuilder();
        CriteriaQuery<Tuple> query = cb.createTupleQuery();
        Root<Claim> claim = query.from(Claim.class);
        query.multiselect(rowColumns(claim)).where(predicates(cb, claim, filter))
                .orderBy(listOrder(cb, claim, leading(filter)));
        return items(paged(entityManager.createQuery(query), page));
    }

    /**
     * Up to {@code limit} claims of the list that come after {@code after} (from the top when null), in the list's
     * order, by an index range rather than by counting rows from the top: a page costs the same anywhere in the list.
     */
    @PreAuthorize(AppRoles.CAN_READ)
    public List<ClaimListItem> listAfter(ClaimFilter filter, @Nullable ClaimListKey after, int limit) {
        if (mergesStatuses(filter)) {
            List<Tuple> merged = new ArrayList<>();
            for (ClaimStatus status : filter.statuses()) {
                merged.addAll(rowsAfter(withStatus(filter, status), after, limit));
            }
            merged.sort(Comparator.comparing(ClaimQueryService::keyOf, LIST_ORDER));
            return items(merged.subList(0, Math.min(limit, merged.size())));
        }
        return items(rowsAfter(filter, after, limit));
    }

    /**
     * The key of the {@code rows}-th claim after {@code after} (from the top when null), empty past the end: how a
     * jump into the middle of the list finds where to seek from. Reads the list's index only, never the rows.
     */
    @PreAuthorize(AppRoles.CAN_READ)
    public Optional<ClaimListKey> keyAfter(ClaimFilter filter, @Nullable ClaimListKey after, int rows) {
        if (rows < 1) {
            throw new IllegalArgumentException("rows must be at least 1");
        }
        if (mergesStatuses(filter)) {
            List<ClaimListKey> merged = new ArrayList<>();
            for (ClaimStatus status : filter.statuses()) {
                merged.addAll(keysAfter(withStatus(filter, status), after, 0, rows));
            }
            merged.sort(LIST_ORDER);
            return merged.size() < rows ? Optional.empty() : Optional.of(merged.get(rows - 1));
        }
        return keysAfter(filter, after, rows - 1, 1).stream().findFirst();
    }

    /** Exact below {@code limit}, {@code limit} at and above it: reads no more than {@code limit} index entries. */
    @PreAuthorize(AppRoles.CAN_READ)
    public long countUpTo(ClaimFilter filter, int limit) {
        CriteriaBuilder cb = entityManager.getCriteriaBuilder();
        CriteriaQuery<Long> query = cb.createQuery(Long.class);
        Root<Claim> claim = query.from(Claim.class);
        query.select(claim.get("id")).where(predicates(cb, claim, filter));
        return entityManager.createQuery(query).setMaxResults(limit).getResultList().size();
    }

    @PreAuthorize(AppRoles.CAN_READ)
    public long count(ClaimFilter filter) {
        CriteriaBuilder cb = entityManager.getCriteriaBuilder();
        CriteriaQuery<Long> query = cb.createQuery(Long.class);
        Root<Claim> claim = query.from(Claim.class);
        query.select(cb.count(claim)).where(predicates(cb, claim, filter));
        return entityManager.createQuery(query).getSingleResult();
    }

    private List<Tuple> rowsAfter(ClaimFilter filter, @Nullable ClaimListKey after, int limit) {
        CriteriaBuilder cb = entityManager.getCriteriaBuilder();
        CriteriaQuery<Tuple> query = cb.createTupleQuery();
        Root<Claim> claim = query.from(Claim.class);
        query.multiselect(rowColumns(claim)).where(seek(cb, claim, filter, after))
                .orderBy(listOrder(cb, claim, leading(filter)));
        return entityManager.createQuery(query).setMaxResults(limit).getResultList();
    }

    private List<ClaimListKey> keysAfter(ClaimFilter filter, @Nullable ClaimListKey after, int skip, int limit) {
        CriteriaBuilder cb = entityManager.getCriteriaBuilder();
        CriteriaQuery<ClaimListKey> query = cb.createQuery(ClaimListKey.class);
        Root<Claim> claim = query.from(Claim.class);
        query.select(cb.construct(ClaimListKey.class, claim.get("articleId"), claim.get("listPosition"),
                        claim.get("id")))
                .where(seek(cb, claim, filter, after)).orderBy(listOrder(cb, claim, leading(filter)));
        return entityManager.createQuery(query).setFirstResult(skip).setMaxResults(limit).getResultList();
    }

    /**
     * The filter's predicates and, after a key, "later in the list": {@code article_id <= a} bounds the index range
     * and the rest drops the rows of article {@code a} up to the key.
     */
    private Predicate[] seek(CriteriaBuilder cb, Root<Claim> claim, ClaimFilter filter,
                             @Nullable ClaimListKey after) {
        List<Predicate> predicates = new ArrayList<>(List.of(predicates(cb, claim, filter)));
        Path<Long> article = claim.get("articleId");
        if (after == null) {
            // Always true, but it makes H2 prefer the list's index led by the status to the status-only index its
            // foreign key to claim_status needs (which cannot be dropped), and so read the order instead of sorting.
            predicates.add(cb.le(article, Long.MAX_VALUE));
        } else {
            Path<Long> position = claim.get("listPosition");
            predicates.add(cb.le(article, after.articleId()));
            predicates.add(cb.or(cb.lt(article, after.articleId()), cb.gt(position, after.position()),
                    cb.and(cb.equal(position, after.position()), cb.gt(claim.get("id"), after.id()))));
        }
        return predicates.toArray(Predicate[]::new);
    }

    /**
     * The filter whose equality leads the index that serves the page (migration V28): the article, else the
     * assignee, else the rating, else one status. Several statuses are read one status at a time and merged.
     */
    private static @Nullable String leading(ClaimFilter filter) {
        if (filter.articleId() != null) {
            return null;
        }
        if (filter.assignee() != null) {
            return "assignee";
        }
        if (filter.ratingId() != null) {
            return "ratingId";
        }
        return filter.statuses().size() == 1 ? "status" : null;
    }

    private static boolean mergesStatuses(ClaimFilter filter) {
        return filter.statuses().size() > 1 && filter.articleId() == null && filter.assignee() == null
                && filter.ratingId() == null;
    }

    private static ClaimFilter withStatus(ClaimFilter filter, ClaimStatus status) {
        return new ClaimFilter(Set.of(status), filter.assignee(), filter.articleId(), filter.ratingId(),
                filter.overdueOnly(), filter.text(), filter.dueFrom(), filter.dueTo());
    }

    /**
     * The list's order, after the leading filter's column: that column is the same on every row, and naming it lets
     * the database see that the index gives the order, so it sorts nothing.
     */
    private static List<Order> listOrder(CriteriaBuilder cb, Root<Claim> claim, @Nullable String leading) {
        List<Order> order = new ArrayList<>();
        if (leading != null) {
            order.add(cb.asc(claim.get(leading)));
        }
        order.addAll(List.of(cb.desc(claim.get("articleId")), cb.asc(claim.get("listPosition")),
                cb.asc(claim.get("id"))));
        return order;
    }

    private static List<Selection<?>> rowColumns(Root<Claim> claim) {
        return ROW_COLUMNS.stream().<Selection<?>>map(column -> claim.get(column).alias(column)).toList();
    }

    private static ClaimListKey keyOf(Tuple row) {
        return new ClaimListKey(row.get("articleId", Long.class), row.get("listPosition", Long.class),
                row.get("id", Long.class));
    }

    /** The signed-in user's open claims: soonest due first (undated last), then the most urgent. */
    @PreAuthorize(AppRoles.IS_SIGNED_IN)
    public List<ClaimListItem> myTasks(Pageable page) {
        CriteriaBuilder cb = entityManager.getCriteriaBuilder();
        CriteriaQuery<Tuple> query = cb.createTupleQuery();
        Root<Claim> claim = query.from(Claim.class);
        query.multiselect(rowColumns(claim));
        Expression<Integer> undated = cb.<Integer>selectCase().when(cb.isNull(claim.get("dueDate")), 1).otherwise(0);
        Expression<Integer> urgency = cb.<Integer>selectCase()
                .when(cb.equal(claim.get("priority"), Priority.URGENT), 0)
                .when(cb.equal(claim.get("priority"), Priority.HIGH), 1)
                .when(cb.equal(claim.get("priority"), Priority.NORMAL), 2).otherwise(3);
        List<Order> order = List.of(cb.asc(undated), cb.asc(claim.get("dueDate")), cb.asc(urgency),
                cb.asc(claim.get("id")));
        query.where(myTasks(cb, claim)).orderBy(order);
        return items(paged(entityManager.createQuery(query), page));
    }

    /** A row's place in its assignee's tasks (soonest due, undated after, then most urgent, then id): what My tasks seeks after. */
    public record TaskKey(long position, long id) {

        public static TaskKey of(ClaimListItem item) {
            return new TaskKey(Claim.taskPosition(item.assignee(), item.status(), item.dueDate(), item.priority()),
                    item.id());
        }
    }

    /**
     * Up to {@code limit} of the signed-in user's open claims after {@code after} (from the top when null), in the
     * order of {@link #myTasks}, through the index on {@code (assignee, task_position, id)}: a page costs the same
     * anywhere in the list (issue 15).
     */
    @PreAuthorize(AppRoles.IS_SIGNED_IN)
    public List<ClaimListItem> myTasksAfter(@Nullable TaskKey after, int limit) {
        CriteriaBuilder cb = entityManager.getCriteriaBuilder();
        CriteriaQuery<Tuple> query = cb.createTupleQuery();
        Root<Claim> claim = query.from(Claim.class);
        query.multiselect(rowColumns(claim)).where(taskSeek(cb, claim, after)).orderBy(taskOrder(cb, claim));
        return items(entityManager.createQuery(query).setMaxResults(limit).getResultList());
    }

    /** The key of the {@code rows}-th task after {@code after} (from the top when null), from the index alone. */
    @PreAuthorize(AppRoles.IS_SIGNED_IN)
    public Optional<TaskKey> myTaskKeyAfter(@Nullable TaskKey after, int rows) {
        if (rows < 1) {
            throw new IllegalArgumentException("rows must be at least 1");
        }
        CriteriaBuilder cb = entityManager.getCriteriaBuilder();
        CriteriaQuery<TaskKey> query = cb.createQuery(TaskKey.class);
        Root<Claim> claim = query.from(Claim.class);
        query.select(cb.construct(TaskKey.class, claim.get("taskPosition"), claim.get("id")))
                .where(taskSeek(cb, claim, after)).orderBy(taskOrder(cb, claim));
        return entityManager.createQuery(query).setFirstResult(rows - 1).setMaxResults(1).getResultList().stream()
                .findFirst();
    }

    /** The signed-in user's open claims: exact below {@code limit}, {@code limit} at and above it. */
    @PreAuthorize(AppRoles.IS_SIGNED_IN)
    public long myTaskCountUpTo(int limit) {
        CriteriaBuilder cb = entityManager.getCriteriaBuilder();
        CriteriaQuery<Long> query = cb.createQuery(Long.class);
        Root<Claim> claim = query.from(Claim.class);
        query.select(claim.get("id")).where(taskSeek(cb, claim, null));
        return entityManager.createQuery(query).setMaxResults(limit).getResultList().size();
    }

    /** Mine, open ({@code task_position} below {@link Claim#NO_TASK}), and after the key: one range of the index. */
    private Predicate[] taskSeek(CriteriaBuilder cb, Root<Claim> claim, @Nullable TaskKey after) {
        Path<Long> position = claim.get("taskPosition");
        List<Predicate> predicates = new ArrayList<>(List.of(cb.equal(claim.get("assignee"), currentUser.require()),
                cb.lt(position, Claim.NO_TASK)));
        if (after != null) {
            predicates.add(cb.ge(position, after.position()));
            predicates.add(cb.or(cb.gt(position, after.position()), cb.gt(claim.get("id"), after.id())));
        }
        return predicates.toArray(Predicate[]::new);
    }

    /** After the assignee, the same on every row, so that the database reads the order from the index. */
    private static List<Order> taskOrder(CriteriaBuilder cb, Root<Claim> claim) {
        return List.of(cb.asc(claim.get("assignee")), cb.asc(claim.get("taskPosition")), cb.asc(claim.get("id")));
    }

    @PreAuthorize(AppRoles.IS_SIGNED_IN)
    public long myTaskCount() {
        CriteriaBuilder cb = entityManager.getCriteriaBuilder();
        CriteriaQuery<Long> query = cb.createQuery(Long.class);
        Root<Claim> claim = query.from(Claim.class);
        query.select(cb.count(claim)).where(myTasks(cb, claim));
        return entityManager.createQuery(query).getSingleResult();
    }

    /**
     * The dashboard's figures counted over every claim: the reference the kept figures of
     * {@code dashboard.DeskFigures}, which the dashboard shows, are proven equal to (decision 024).
     */
    @PreAuthorize(AppRoles.IS_EDITOR)
    public DeskStats stats() {
        LocalDate today = settings.today();
        Map<ClaimStatus, Long> byStatus = new EnumMap<>(ClaimStatus.class);
        for (ClaimStatus status : ClaimStatus.values()) {
            byStatus.put(status, 0L);
        }
        rows("select c.status, count(c) from Claim c group by c.status", Map.of())
                .forEach(row -> byStatus.put((ClaimStatus) row[0], (Long) row[1]));
        long overdue = entityManager.createQuery("select count(c) from Claim c where c.dueDate >= :earliest "
                + "and c.dueDate < :today and c.status not in :closed", Long.class).setParameter("earliest", EARLIEST_DUE)
                .setParameter("today", today).setParameter("closed", CLOSED).getSingleResult();
        List<DeskStats.Workload> workloads = rows("""
                select c.assignee, count(c),
                    sum(case when c.dueDate >= :today and c.dueDate <= :soon then 1 else 0 end),
                    sum(case when c.dueDate < :today then 1 else 0 end)
                from Claim c where c.assignee is not null and c.status in :open
                group by c.assignee order by c.assignee""",
                Map.of("today", today, "soon", today.plusDays(DeskStats.DUE_SOON_DAYS), "open", DeskStats.OPEN))
                .stream()
                .map(row -> new DeskStats.Workload((String) row[0], number(row[1]), number(row[2]),
                        number(row[3]))).toList();
        List<DeskStats.VerdictCount> verdicts = rows("""
                select c.approvedRatingId, count(c) from Claim c
                where c.status = :approved and c.approvedRatingId is not null group by c.approvedRatingId""",
                Map.of("approved", ClaimStatus.APPROVED)).stream()
                .map(row -> new DeskStats.VerdictCount(number(row[0]), number(row[1]))).toList();
        return new DeskStats(today, byStatus, overdue, workloads, verdicts, medianTimeToApproval());
    }

    private @Nullable Duration medianTimeToApproval() {
        List<Duration> durations = new ArrayList<>(rows("""
                select c.selectedAt, c.approvedAt from Claim c where c.status = :approved
                and c.selectedAt is not null and c.approvedAt is not null""",
                Map.of("approved", ClaimStatus.APPROVED)).stream()
                .map(row -> Duration.between((Instant) row[0], (Instant) row[1])).sorted().toList());
        if (durations.isEmpty()) {
            return null;
        }
        int middle = durations.size() / 2;
        return durations.size() % 2 == 1 ? durations.get(middle)
                : durations.get(middle - 1).plus(durations.get(middle)).dividedBy(2);
    }

    private List<Object[]> rows(String jpql, Map<String, ?> parameters) {
        TypedQuery<Object[]> query = entityManager.createQuery(jpql, Object[].class);
        parameters.forEach(query::setParameter);
        return query.getResultList();
    }

    private Predicate[] predicates(CriteriaBuilder cb, Root<Claim> claim, ClaimFilter filter) {
        List<Predicate> predicates = new ArrayList<>();
        if (!filter.statuses().isEmpty()) {
            predicates.add(claim.get("status").in(filter.statuses()));
        }
        if (filter.assignee() != null) {
            predicates.add(cb.equal(claim.get("assignee"), filter.assignee()));
        }
        if (filter.articleId() != null) {
            predicates.add(cb.equal(claim.get("articleId"), filter.articleId()));
        }
        if (filter.ratingId() != null) {
            predicates.add(cb.equal(claim.get("ratingId"), filter.ratingId()));
        }
        if (filter.overdueOnly()) {
            predicates.add(overdue(cb, claim));
        }
        if (filter.dueFrom() != null) {
            predicates.add(cb.greaterThanOrEqualTo(claim.get("dueDate"), filter.dueFrom()));
        }
        if (filter.dueTo() != null) {
            predicates.add(cb.between(claim.get("dueDate"), EARLIEST_DUE, filter.dueTo()));
        }
        if (!filter.text().isEmpty()) {
            List<Long> matches = textMatches(filter.text());
            if (matches != null) {
                predicates.add(matches.isEmpty() ? cb.disjunction() : claim.get("id").in(matches));
            } else {
                // No word to look up in the index ("%", "?"): the statement is a CLOB; lower() takes a string.
                Expression<String> statement = claim.<String>get("statement").as(String.class);
                predicates.add(cb.like(cb.lower(statement), likePattern(filter.text()), '\\'));
            }
        }
        return predicates.toArray(Predicate[]::new);
    }

    /**
     * The ids of up to {@link #TEXT_MATCHES} claims whose statement holds every word of {@code text} (English, French
     * and plain analysis, as the header's search), best first; null when the text has no word. Changes this
     * transaction has not committed yet are sent to the index first, so a list read right after a change shows it.
     */
    private @Nullable List<Long> textMatches(String text) {
        String words = text.strip();
        if (!A_WORD.matcher(words).find()) {
            return null;
        }
        int space = words.lastIndexOf(' ');
        String head = words.substring(0, space + 1).strip();
        String last = words.substring(space + 1);
        String stem = java.text.Normalizer.normalize(last.substring(Math.max(last.lastIndexOf('\''),
                        last.lastIndexOf('\u2019')) + 1), java.text.Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "").replaceAll("[^\\p{L}\\p{N}_]", "").toLowerCase(Locale.ROOT);
        org.hibernate.search.mapper.orm.session.SearchSession session =
                org.hibernate.search.mapper.orm.Search.session(entityManager);
        if (entityManager.isJoinedToTransaction()) {
            entityManager.flush();
            session.indexingPlan().execute();
        }
        var literal = java.util.EnumSet.of(org.hibernate.search.engine.search.predicate.dsl.SimpleQueryFlag.WHITESPACE,
                org.hibernate.search.engine.search.predicate.dsl.SimpleQueryFlag.PHRASE);
        var and = org.hibernate.search.engine.search.common.BooleanOperator.AND;
        return session.search(Claim.class).select(f -> f.id(Long.class))
                .where(f -> {
                    if (stem.length() < 3 || !A_WORD.matcher(last).find()) {
                        return f.simpleQueryString().fields(STATEMENT_FIELDS).matching(words).defaultOperator(and)
                                .flags(literal);
                    }
                    var all = f.bool();
                    if (A_WORD.matcher(head).find()) {
                        all.must(f.simpleQueryString().fields(STATEMENT_FIELDS).matching(head).defaultOperator(and)
                                .flags(literal));
                    }
                    return all.must(f.or(f.simpleQueryString().fields(STATEMENT_FIELDS).matching(last).flags(literal),
                            f.wildcard().field("statement_plain").matching(stem + "*")));
                })
                .fetchHits(TEXT_MATCHES);
    }

    private Predicate overdue(CriteriaBuilder cb, Root<Claim> claim) {
        return cb.and(cb.between(claim.get("dueDate"), EARLIEST_DUE, settings.today().minusDays(1)),
                cb.not(claim.get("status").in(CLOSED)));
    }

    private Predicate myTasks(CriteriaBuilder cb, Root<Claim> claim) {
        return cb.and(cb.equal(claim.get("assignee"), currentUser.require()),
                cb.not(claim.get("status").in(CLOSED)));
    }

    private static <T> List<T> paged(TypedQuery<T> query, Pageable page) {
        if (page.isPaged()) {
            query.setFirstResult((int) page.getOffset()).setMaxResults(page.getPageSize());
        }
        return query.getResultList();
    }

    /** Rows of the columns a list shows (no anchor quote, rationale or other large text), titles in one query. */
    private List<ClaimListItem> items(List<Tuple> rows) {
        LocalDate today = settings.today();
        Map<Long, ArticleSummary> summaries = articles.summaries(
                rows.stream().map(row -> row.get("articleId", Long.class)).collect(Collectors.toSet()));
        return rows.stream().map(row -> item(row, summaries, today)).toList();
    }

    private static ClaimListItem item(Tuple row, Map<Long, ArticleSummary> summaries, LocalDate today) {
        LocalDate due = row.get("dueDate", LocalDate.class);
        ClaimStatus status = row.get("status", ClaimStatus.class);
        boolean overdue = due != null && due.isBefore(today) && !CLOSED.contains(status);
        long articleId = row.get("articleId", Long.class);
        ArticleSummary article = summaries.get(articleId);
        return new ClaimListItem(row.get("id", Long.class), row.get("version", Long.class), articleId,
                article == null ? "" : article.title(), row.get("statement", String.class), status,
                row.get("assignee", String.class), due, row.get("priority", Priority.class),
                row.get("ratingId", Long.class), overdue, row.get("score", Integer.class),
                row.get("suggested", Boolean.class), row.get("listPosition", Long.class),
                row.get("likelyMatchLabel", String.class));
    }

    private static long number(@Nullable Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }

    /** A LIKE pattern for "contains", in lower case, with the text's own wildcards escaped by a backslash. */
    private static String likePattern(String text) {
        String escaped = text.toLowerCase(Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
        return "%" + escaped + "%";
    }
}
