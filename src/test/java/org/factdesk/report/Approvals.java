package org.factdesk.report;

import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.List;
import org.factdesk.article.ArticleService;
import org.factdesk.workflow.AssignmentData;
import org.factdesk.claim.ClaimRow;
import org.factdesk.claim.ClaimService;
import org.factdesk.claim.ClaimantData;
import org.factdesk.claim.Priority;
import org.factdesk.rating.RatingItem;
import org.factdesk.rating.RatingScaleService;
import org.factdesk.claim.ResearchService;
import org.factdesk.claim.SignedIn;
import org.factdesk.claim.VerdictData;
import org.factdesk.workflow.WorkflowService;
import org.springframework.context.ApplicationContext;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Takes claims of the seed article through the desk's real workflow, for tests of what reports publish: selected by
 * the editor, researched by the checker (claimant, verdict, one source), approved by the editor. Ends signed in as
 * the editor.
 */
public final class Approvals {

    public static final String SEED_TITLE = "Le dirigeant russe, Poutine, vise à renforcer les liens de Bakou";

    private final ClaimService claims;
    private final WorkflowService workflow;
    private final ResearchService research;
    private final RatingScaleService ratings;
    private final JdbcTemplate jdbc;
    private final EntityManager entityManager;
    private final UserDetailsService users;

    public Approvals(ClaimService claims, WorkflowService workflow, ResearchService research,
                     RatingScaleService ratings, JdbcTemplate jdbc, EntityManager entityManager,
                     UserDetailsService users) {
        this.claims = claims;
        this.workflow = workflow;
        this.research = research;
        this.ratings = ratings;
        this.jdbc = jdbc;
        this.entityManager = entityManager;
        this.users = users;
    }

    /** Approvals with the services of the test's Spring context. */
    public Approvals(ApplicationContext context) {
        this(context.getBean(ClaimService.class), context.getBean(WorkflowService.class),
                context.getBean(ResearchService.class), context.getBean(RatingScaleService.class),
                context.getBean(JdbcTemplate.class), context.getBean(EntityManager.class),
                context.getBean(UserDetailsService.class));
    }

    /** The seed article's id; call signed in. */
    public static long seedArticle(ArticleService articles) {
        return articles.list(SEED_TITLE, PageRequest.of(0, 1)).getFirst().id();
    }

    /** The seed article's first candidate claims, in article order. */
    public List<ClaimRow> candidates(long articleId, int count) {
        return claims.list(articleId, PageRequest.of(0, count));
    }

    public long version(long claimId) {
        entityManager.flush();
        return research.details(claimId).orElseThrow().version();
    }

    public RatingItem rating(String labelEn) {
        return ratings.all().stream().filter(rating -> rating.labelEn().equals(labelEn)).findFirst().orElseThrow();
    }

    /** Selected and assigned to the checker, who researches and submits it. */
    public void submit(long claimId, String ratingEn, String claimant, String rationale) {
        SignedIn.as(users, "editor");
        claims.select(claimId, version(claimId));
        workflow.assign(claimId, version(claimId), new AssignmentData("checker", null, Priority.NORMAL));
        SignedIn.as(users, "checker");
        research.take(claimId, version(claimId));
        research.describeClaimant(claimId, version(claimId), new ClaimantData(claimant, LocalDate.of(2023, 9, 1)));
        research.saveVerdict(claimId, version(claimId), new VerdictData(rating(ratingEn).id(), rationale));
        jdbc.update("insert into source (claim_id, url, title, kind, reliability, archive_status, created_by, "
                + "created_at) values (?, 'https://stats.example/table', 'Table', 'OTHER', 'HIGH', 'NONE', "
                + "'checker', current_timestamp)", claimId);
        research.submit(claimId, version(claimId));
        SignedIn.as(users, "editor");
    }

    /** Submitted by the checker, then approved by the editor. */
    public void approve(long claimId, String ratingEn, String claimant, String rationale) {
        submit(claimId, ratingEn, claimant, rationale);
        workflow.approve(claimId, version(claimId));
    }
}
