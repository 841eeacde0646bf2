package org.factdesk.report;

import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.List;
import org.factdesk.article.ArticleService;
import org.factdesk.workflow.AssignmentData;
import org.factdesk.claim.ClaimRow;
import org.factdesk.claim.ClaimService;
import org.factdesk.claim.Priority;
import org.factdesk.rating.RatingItem;
import org.factdesk.rating.RatingScaleService;
import org.factdesk.source.Reliability;
import org.factdesk.claim.ResearchService;
import org.factdesk.claim.SignedIn;
import org.factdesk.source.SourceData;
import org.factdesk.source.SourceKind;
import org.factdesk.source.SourceService;
import org.factdesk.claim.VerdictData;
import org.factdesk.workflow.WorkflowService;
import org.springframework.context.ApplicationContext;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Brings claims of an article to a verdict through the services, as the desk does: the editor selects and assigns,
 * the checker proposes a verdict with a source and submits, the editor approves (four eyes). Call it as the editor.
 */
final class ReportFixture {

    static final String SEED_TITLE = "Le dirigeant russe, Poutine, vise à renforcer les liens de Bakou avec la Russie.";

    private final ArticleService articles;
    private final ClaimService claims;
    private final WorkflowService workflow;
    private final ResearchService research;
    private final SourceService sources;
    private final RatingScaleService ratings;
    private final UserDetailsService users;
    private final JdbcTemplate jdbc;
    private final EntityManager entityManager;

    ReportFixture(ApplicationContext context) {
        articles = context.getBean(ArticleService.class);
        claims = context.getBean(ClaimService.class);
        workflow = context.getBean(WorkflowService.class);
        research = context.getBean(ResearchService.class);
        sources = context.getBean(SourceService.class);
        ratings = context.getBean(RatingScaleService.class);
        users = context.getBean(UserDetailsService.class);
        jdbc = context.getBean(JdbcTemplate.class);
        entityManager = context.getBean(EntityManager.class);
    }

    long seedArticle() {
        return articles.list(SEED_TITLE, PageRequest.of(0, 1)).getFirst().id();
    }

    /** The article's claims as the workspace lists them. */
    List<ClaimRow> claims(long articleId) {
        return claims.list(articleId, PageRequest.of(0, 100));
    }

    RatingItem rating(String englishLabel) {
        return ratings.active().stream().filter(rating -> rating.labelEn().equals(englishLabel)).findFirst()
                .orElseThrow();
    }

    void select(long claimId) {
        claims.select(claimId, version(claimId));
    }

    /** Selected, researched by the checker with one source, submitted, approved by the editor; the source's id. */
    long approve(long claimId, String ratingLabel, String rationale, SourceData source) {
        long sourceId = submit(claimId, ratingLabel, rationale, source);
        workflow.approve(claimId, version(claimId));
        return sourceId;
    }

    /** Selected, researched by the checker with one source and submitted for review; the source's id. */
    long submit(long claimId, String ratingLabel, String rationale, SourceData source) {
        select(claimId);
        workflow.assign(claimId, version(claimId), new AssignmentData("checker", null, Priority.NORMAL));
        SignedIn.as(users, "checker");
        research.take(claimId, version(claimId));
        research.saveVerdict(claimId, version(claimId), new VerdictData(rating(ratingLabel).id(), rationale));
        long sourceId = sources.add(claimId, source);
        research.submit(claimId, version(claimId));
        SignedIn.as(users, "editor");
        return sourceId;
    }

    void reopen(long claimId, String reason) {
        workflow.reopen(claimId, version(claimId), reason);
    }

    /** As if "Archive now" had kept a copy of the source's page. */
    void archived(long sourceId, String sha256) {
        flush();
        jdbc.update("update source set archive_status = 'ARCHIVED', archive_text = 'page', archive_sha256 = ?, "
                + "archive_fetched_at = current_timestamp, archive_http_status = 200 where id = ?", sha256, sourceId);
    }

    static SourceData source(String title, String publisher, String url) {
        return new SourceData(url, title, publisher, SourceKind.OFFICIAL_STATISTICS, null, LocalDate.of(2025, 1, 15),
                Reliability.HIGH, null);
    }

    private long version(long claimId) {
        flush();
        return research.details(claimId).orElseThrow().version();
    }

    /** Inside a test's transaction, versions only move once changes are flushed; outside one, each call commits. */
    private void flush() {
        if (entityManager.isJoinedToTransaction()) {
            entityManager.flush();
        }
    }
}
