package org.factdesk.report.desk;

import jakarta.persistence.EntityManager;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.factdesk.article.ArticleData;
import org.factdesk.article.ArticleService;
import org.factdesk.claim.ClaimRow;
import org.factdesk.claim.ClaimService;
import org.springframework.context.ApplicationContext;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Puts claims into the state reports read, inside the test's transaction: articles imported through the service as
 * an editor would (their claims extracted), then approvals, texts and sources written straight into the tables,
 * because reports care about the result of the workflow, not its steps (those have their own tests).
 */
public record DeskFixture(ArticleService articles, ClaimService claims, JdbcTemplate jdbc, EntityManager entities) {

    /** The fixture over the services of the test's Spring context. */
    public DeskFixture(ApplicationContext context) {
        this(context.getBean(ArticleService.class), context.getBean(ClaimService.class),
                context.getBean(JdbcTemplate.class), context.getBean(EntityManager.class));
    }

    public static final String SEED_TITLE = "Le dirigeant russe, Poutine, vise à renforcer les liens de Bakou avec la "
            + "Russie.";

    public long seedArticle() {
        return articles.list(SEED_TITLE, PageRequest.of(0, 1)).getFirst().id();
    }

    /** An article of the given outlet, with three sentences that become claims. */
    public long article(String title, String outlet) {
        long id = articles.importArticle(new ArticleData(title, "Le chômage a reculé de 2 % en 2023 selon l’Insee. "
                + "La ville a dépensé 3 millions d’euros en 2022, a déclaré le maire. "
                + "En 1991, l’Azerbaïdjan a quitté l’URSS, selon les archives.", outlet,
                "https://news.example.org/" + Math.abs(title.hashCode()), "A. Reporter", LocalDate.of(2026, 1, 10),
                "fr"));
        entities.flush();
        return id;
    }

    public List<Long> claimIds(long articleId) {
        return claims.list(articleId, PageRequest.of(0, 200)).stream().map(ClaimRow::id).toList();
    }

    /** The claim as the desk approved it: verdict, rationale, who checked it, who approved it and when. */
    public void approve(long claimId, long ratingId, String checker, String approver, Instant at, String rationale) {
        entities.flush();
        jdbc.update("update claim set status = 'APPROVED', rating_id = ?, approved_rating_id = ?, rationale = ?, "
                        + "approved_rationale = ?, assignee = ?, submitted_by = ?, submitted_at = ?, approved_by = ?, "
                        + "approved_at = ?, selected_at = ? where id = ?", ratingId, ratingId, rationale, rationale,
                checker, checker, Timestamp.from(at.minusSeconds(3600)), approver, Timestamp.from(at),
                Timestamp.from(at.minusSeconds(86_400)), claimId);
        entities.clear();
    }

    public void statement(long claimId, String statement, String claimant, LocalDate claimDate) {
        entities.flush();
        jdbc.update("update claim set statement = ?, claimant = ?, claim_date = ? where id = ?", statement, claimant,
                claimDate, claimId);
        entities.clear();
    }

    public void corrected(long claimId) {
        entities.flush();
        jdbc.update("update claim set corrected = true where id = ?", claimId);
        entities.clear();
    }

    public void inResearch(long claimId, String assignee) {
        entities.flush();
        jdbc.update("update claim set status = 'IN_RESEARCH', assignee = ? where id = ?", assignee, claimId);
        entities.clear();
    }

    public void source(long claimId, String title, String url, String sha256) {
        entities.flush();
        jdbc.update("insert into source (claim_id, url, title, kind, reliability, archive_status, archive_text, "
                + "archive_sha256, created_by, created_at) values (?, ?, ?, 'OTHER', 'HIGH', ?, ?, ?, 'checker', "
                + "current_timestamp)", claimId, url, title, sha256 == null ? "NONE" : "ARCHIVED",
                sha256 == null ? null : "the archived page", sha256);
        entities.clear();
    }
}
