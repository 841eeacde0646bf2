package org.factdesk.claim;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Expression;
import jakarta.persistence.criteria.Order;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.factdesk.article.ArticleDetails;
import org.factdesk.article.ArticleService;
import org.factdesk.desk.DeskSettingsService;
import org.factdesk.extraction.TextPart;
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

    /** Newest article first (the last imported), each article's claims in article order. */
    @PreAuthorize(AppRoles.CAN_READ)
    public List<ClaimListItem> list(ClaimFilter filter, Pageable page) {
        CriteriaBuilder cb = entityManager.getCriteriaBuilder();
        CriteriaQuery<Claim> query = cb.createQuery(Claim.class);
        Root<Claim> claim = query.from(Claim.class);
        query.where(predicates(cb, claim, filter)).orderBy(cb.desc(claim.get("articleId")),
                cb.asc(cb.selectCase().when(cb.equal(claim.get("part"), TextPart.TITLE), 0).otherwise(1)),
                cb.asc(claim.get("start")), cb.asc(claim.get("end")), cb.asc(claim.get("id")));
        return items(paged(entityManager.createQuery(query), page));
    }

    @PreAuthorize(AppRoles.CAN_READ)
    public long count(ClaimFilter filter) {
        CriteriaBuilder cb = entityManager.getCriteriaBuilder();
        CriteriaQuery<Long> query = cb.createQuery(Long.class);
        Root<Claim> claim = query.from(Claim.class);
        query.select(cb.count(claim)).where(predicates(cb, claim, filter));
        return entityManager.createQuery(query).getSingleResult();
    }

    /** The signed-in user's open claims: soonest due first (undated last), then the most urgent. */
    @PreAuthorize(AppRoles.IS_SIGNED_IN)
    public List<ClaimListItem> myTasks(Pageable page) {
        CriteriaBuilder cb = entityManager.getCriteriaBuilder();
        CriteriaQuery<Claim> query = cb.createQuery(Claim.class);
        Root<Claim> claim = query.from(Claim.class);
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

    @PreAuthorize(AppRoles.IS_SIGNED_IN)
    public long myTaskCount() {
        CriteriaBuilder cb = entityManager.getCriteriaBuilder();
        CriteriaQuery<Long> query = cb.createQuery(Long.class);
        Root<Claim> claim = query.from(Claim.class);
        query.select(cb.count(claim)).where(myTasks(cb, claim));
        return entityManager.createQuery(query).getSingleResult();
    }

    @PreAuthorize(AppRoles.IS_EDITOR)
    public DeskStats stats() {
        LocalDate today = settings.today();
        Map<ClaimStatus, Long> byStatus = new EnumMap<>(ClaimStatus.class);
        for (ClaimStatus status : ClaimStatus.values()) {
            byStatus.put(status, 0L);
        }
        rows("select c.status, count(c) from Claim c group by c.status", Map.of())
                .forEach(row -> byStatus.put((ClaimStatus) row[0], (Long) row[1]));
        long overdue = entityManager.createQuery("select count(c) from Claim c where c.dueDate < :today "
                + "and c.status not in :closed", Long.class)
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
            predicates.add(cb.lessThanOrEqualTo(claim.get("dueDate"), filter.dueTo()));
        }
        if (!filter.text().isEmpty()) {
            // The statement is a CLOB; lower() takes a string.
            Expression<String> statement = claim.<String>get("statement").as(String.class);
            predicates.add(cb.like(cb.lower(statement), likePattern(filter.text()), '\\'));
        }
        return predicates.toArray(Predicate[]::new);
    }

    private Predicate overdue(CriteriaBuilder cb, Root<Claim> claim) {
        return cb.and(cb.lessThan(claim.get("dueDate"), settings.today()), cb.not(claim.get("status").in(CLOSED)));
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

    private List<ClaimListItem> items(List<Claim> claims) {
        LocalDate today = settings.today();
        Map<Long, String> titles = new HashMap<>();
        return claims.stream().map(claim -> item(claim, titles.computeIfAbsent(claim.getArticleId(),
                id -> articles.find(id).map(ArticleDetails::title).orElse("")), today)).toList();
    }

    private static ClaimListItem item(Claim claim, String articleTitle, LocalDate today) {
        LocalDate due = claim.getDueDate();
        boolean overdue = due != null && due.isBefore(today) && !CLOSED.contains(claim.getStatus());
        return new ClaimListItem(Objects.requireNonNull(claim.getId()), claim.getVersion(), claim.getArticleId(),
                articleTitle, claim.getStatement(), claim.getStatus(), claim.getAssignee(), due, claim.getPriority(),
                claim.getRatingId(), overdue, claim.checkworthiness().score(), claim.checkworthiness().suggested());
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
