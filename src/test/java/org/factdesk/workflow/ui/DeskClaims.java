package org.factdesk.workflow.ui;

import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.factdesk.article.ArticleService;
import org.factdesk.desk.DeskSettingsService;
import org.factdesk.workflow.AssignmentData;
import org.factdesk.claim.ClaimRow;
import org.factdesk.claim.ClaimService;
import org.factdesk.claim.Priority;
import org.factdesk.claim.ResearchService;
import org.factdesk.claim.SignedIn;
import org.factdesk.claim.VerdictData;
import org.factdesk.dashboard.DeskCounters;
import org.factdesk.rating.RatingScaleService;
import org.factdesk.workflow.WorkflowService;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.context.ApplicationContext;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.junit.jupiter.SpringExtension;

/**
 * Puts claims of the seed article into the states the desk's lists show, through the services as an editor would;
 * what the services refuse on purpose (a due date in the past, an approval without its research) is set directly in
 * the table. Runs inside the test's transaction and flushes so that versions are those of a new request.
 * <p>
 * The desk's list screens share it as a field: {@code @RegisterExtension final DeskClaims desk = new DeskClaims();}
 * takes its services from the test's Spring context before each test, and {@link #today()} is the desk's day, as the
 * lists and the dashboard count overdue and due soon.
 */
final class DeskClaims implements BeforeEachCallback {

    static final String SEED_TITLE = "Le dirigeant russe, Poutine, vise à renforcer les liens de Bakou avec la Russie.";

    private @Nullable ApplicationContext context;

    @Override
    public void beforeEach(ExtensionContext extension) {
        context = SpringExtension.getApplicationContext(extension);
    }

    private <T> T bean(Class<T> type) {
        if (context == null) {
            throw new IllegalStateException("DeskClaims is used before the test's Spring context is known");
        }
        return context.getBean(type);
    }

    /** The desk's day, as the lists and the dashboard count overdue and due soon. */
    LocalDate today() {
        return bean(DeskSettingsService.class).today();
    }

    long article() {
        return bean(ArticleService.class).list("Le dirigeant russe", PageRequest.of(0, 1)).getFirst().id();
    }

    List<ClaimRow> seed() {
        return bean(ClaimService.class).list(article(), PageRequest.of(0, 100));
    }

    /** Selects the seed article's {@code index}th claim (as ranked) and returns its id: TO_CHECK. */
    long select(int index) {
        ClaimRow row = seed().get(index);
        bean(ClaimService.class).select(row.id(), row.version());
        bean(EntityManager.class).flush();
        return row.id();
    }

    /** Assigned to {@code assignee}, who took it (as they would from My tasks): IN_RESEARCH. */
    long assign(int index, String assignee, LocalDate due, Priority priority) {
        long id = select(index);
        bean(WorkflowService.class).assign(id, bean(ClaimService.class).find(id).orElseThrow().version(),
                new AssignmentData(assignee, due, priority));
        bean(EntityManager.class).flush();
        bean(JdbcTemplate.class).update("update claim set status = 'IN_RESEARCH' where id = ?", id);
        bean(EntityManager.class).clear();
        return id;
    }

    /**
     * Selects, assigns to the checker, who proposes a verdict (the scale's first rating) with a source and submits it;
     * the editor signs in again; the submission is dated {@code submitted}. Returns the claim's id: IN_REVIEW.
     */
    long inReview(ClaimRow row, Instant submitted) {
        ClaimService claims = bean(ClaimService.class);
        ResearchService research = bean(ResearchService.class);
        UserDetailsService users = bean(UserDetailsService.class);
        JdbcTemplate jdbc = bean(JdbcTemplate.class);
        long id = row.id();
        claims.select(id, row.version());
        bean(WorkflowService.class).assign(id, version(id), new AssignmentData("checker", null, Priority.NORMAL));
        SignedIn.as(users, "checker");
        research.take(id, version(id));
        research.saveVerdict(id, version(id), new VerdictData(bean(RatingScaleService.class).active().getFirst().id(),
                "Per INSEE."));
        jdbc.update("insert into source (claim_id, url, title, kind, reliability, created_by, created_at) "
                + "values (?, 'https://example.org', 'A source', 'OTHER', 'UNKNOWN', 'checker', current_timestamp)",
                id);
        research.submit(id, version(id));
        SignedIn.as(users, "editor");
        bean(EntityManager.class).flush();
        jdbc.update("update claim set submitted_at = ? where id = ?", java.sql.Timestamp.from(submitted), id);
        bean(EntityManager.class).clear();
        return id;
    }

    private long version(long claimId) {
        bean(EntityManager.class).flush();
        return bean(ResearchService.class).details(claimId).orElseThrow().version();
    }

    void dueOn(long id, LocalDate due) {
        // With the claim's place in its assignee's tasks, as Claim keeps it (migration V44's formula).
        bean(JdbcTemplate.class).update("update claim set due_date = ?, task_position = case when assignee is null "
                + "or status in ('APPROVED', 'DISMISSED') then task_position else (year(?) * 10000 + month(?) * 100 "
                + "+ day_of_month(?)) * 4 + case priority when 'URGENT' then 0 when 'HIGH' then 1 when 'NORMAL' "
                + "then 2 else 3 end end where id = ?", due, due, due, due, id);
        // SQL bypasses the dashboard's counters per due day (decision 024): the next dashboard counts them again.
        bean(JdbcTemplate.class).execute((ConnectionCallback<Void>) connection -> {
            DeskCounters.recountDueOnNextView(connection);
            return null;
        });
        bean(EntityManager.class).clear();
    }

    void statement(long id, String statement) {
        bean(JdbcTemplate.class).update("update claim set statement = ? where id = ?", statement, id);
        EntityManager entityManager = bean(EntityManager.class);
        entityManager.clear();
        // Written behind JPA's back: tell the search index, as the app's own changes do, for the list's text filter.
        Object claim = entityManager.unwrap(org.hibernate.Session.class).get("org.factdesk.claim.Claim", id);
        org.hibernate.search.mapper.orm.Search.session(entityManager).indexingPlan().addOrUpdate(claim);
    }

    void approve(long id, long ratingId, Instant selected, Instant approved) {
        bean(JdbcTemplate.class).update("update claim set status = 'APPROVED', rating_id = ?, approved_rating_id = ?, "
                + "selected_at = ?, approved_at = ?, approved_by = 'editor' where id = ?", ratingId, ratingId,
                java.sql.Timestamp.from(selected), java.sql.Timestamp.from(approved), id);
        bean(EntityManager.class).clear();
    }
}
