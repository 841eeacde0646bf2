package org.factdesk.claim;

import java.util.List;
import org.factdesk.article.ArticleData;
import org.factdesk.article.ArticleService;
import org.springframework.context.ApplicationContext;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * An article of a test's own for tests that commit (no test transaction), such as those of live updates, which only
 * follow committed changes: imported by the signed-in editor, and removed afterwards with everything that hangs on
 * it, so other tests in the same Spring context find the database as they expect it.
 */
public final class CommittedArticle {

    public static final String SENTENCE =
            "Le gouvernement a déclaré que 150 000 emplois avaient été créés en 2022.";
    public static final String OTHER_SENTENCE = "Le taux de chômage a atteint 7,1 % en 2023.";

    private final JdbcTemplate jdbc;
    private final long id;
    private final long claimId;
    private final long otherClaimId;

    private CommittedArticle(JdbcTemplate jdbc, long id, long claimId, long otherClaimId) {
        this.jdbc = jdbc;
        this.id = id;
        this.claimId = claimId;
        this.otherClaimId = otherClaimId;
    }

    /** Imports the article with the services of the test's Spring context; needs an editor signed in. */
    public static CommittedArticle importedBy(ApplicationContext context) {
        return importedBy(context.getBean(ArticleService.class), context.getBean(ClaimService.class),
                context.getBean(JdbcTemplate.class));
    }

    /** Imports the article; needs an editor signed in. */
    public static CommittedArticle importedBy(ArticleService articles, ClaimService claims, JdbcTemplate jdbc) {
        long id = articles.importArticle(new ArticleData("Emplois créés en 2022", OTHER_SENTENCE + " " + SENTENCE,
                null, null, null, null, "fr"));
        List<ClaimRow> rows = claims.list(id, PageRequest.of(0, 10));
        return new CommittedArticle(jdbc, id, idOf(rows, SENTENCE), idOf(rows, OTHER_SENTENCE));
    }

    private static long idOf(List<ClaimRow> rows, String quote) {
        return rows.stream().filter(row -> row.quote().equals(quote)).findFirst().orElseThrow().id();
    }

    public long id() {
        return id;
    }

    /** The claim of {@link #SENTENCE}. */
    public long claim() {
        return claimId;
    }

    /** The claim of {@link #OTHER_SENTENCE}. */
    public long otherClaim() {
        return otherClaimId;
    }

    public void remove() {
        jdbc.update("delete from notification where claim_id in (select id from claim where article_id = ?)", id);
        jdbc.update("delete from activity where article_id = ?", id);
        jdbc.update("delete from claim where article_id = ?", id);
        jdbc.update("delete from article_revision where article_id = ?", id);
        jdbc.update("delete from article where id = ?", id);
    }
}
