package org.factdesk.workflow.ui;

import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.factdesk.article.ArticleService;
import org.factdesk.workflow.AssignmentData;
import org.factdesk.claim.ClaimRow;
import org.factdesk.claim.ClaimService;
import org.factdesk.claim.Priority;
import org.factdesk.workflow.WorkflowService;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Puts claims of the seed article into the states the desk's lists show, through the services as an editor would;
 * what the services refuse on purpose (a due date in the past, an approval without its research) is set directly in
 * the table. Runs inside the test's transaction and flushes so that versions are those of a new request.
 */
record DeskClaims(ArticleService articles, ClaimService claims, WorkflowService workflow, JdbcTemplate jdbc,
                  EntityManager entities) {

    static final String SEED_TITLE = "Le dirigeant russe, Poutine, vise à renforcer les liens de Bakou avec la Russie.";

    long article() {
        return articles.list("Le dirigeant russe", PageRequest.of(0, 1)).getFirst().id();
    }

    List<ClaimRow> seed() {
        return claims.list(article(), PageRequest.of(0, 100));
    }

    /** Selects the seed article's {@code index}th claim (as ranked) and returns its id: TO_CHECK. */
    long select(int index) {
        ClaimRow row = seed().get(index);
        claims.select(row.id(), row.version());
        entities.flush();
        return row.id();
    }

    /** Assigned to {@code assignee}, who took it (as they would from My tasks): IN_RESEARCH. */
    long assign(int index, String assignee, LocalDate due, Priority priority) {
        long id = select(index);
        workflow.assign(id, claims.find(id).orElseThrow().version(), new AssignmentData(assignee, due, priority));
        entities.flush();
        jdbc.update("update claim set status = 'IN_RESEARCH' where id = ?", id);
        entities.clear();
        return id;
    }

    void dueOn(long id, LocalDate due) {
        jdbc.update("update claim set due_date = ? where id = ?", due, id);
        entities.clear();
    }

    void statement(long id, String statement) {
        jdbc.update("update claim set statement = ? where id = ?", statement, id);
        entities.clear();
    }

    void approve(long id, long ratingId, Instant selected, Instant approved) {
        jdbc.update("update claim set status = 'APPROVED', rating_id = ?, approved_rating_id = ?, selected_at = ?, "
                + "approved_at = ?, approved_by = 'editor' where id = ?", ratingId, ratingId,
                java.sql.Timestamp.from(selected), java.sql.Timestamp.from(approved), id);
        entities.clear();
    }
}
