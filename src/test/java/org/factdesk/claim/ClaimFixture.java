package org.factdesk.claim;

import java.time.Clock;
import java.util.List;
import java.util.Objects;
import org.factdesk.article.ArticleService;
import org.factdesk.source.Reliability;
import org.factdesk.source.SourceData;
import org.factdesk.source.SourceKind;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationContext;
import org.springframework.data.domain.PageRequest;

/**
 * Set-up for the tests of features built on the claim (sources, comments, reports): what they need of claims that the
 * claim's public services do not offer, such as a claim put straight into research without the workflow around it.
 * Runs inside the test's transaction.
 */
public final class ClaimFixture {

    private final ClaimRepository claims;
    private final ClaimService claimService;
    private final ResearchService research;
    private final ArticleService articles;
    private final Clock clock;

    public ClaimFixture(ApplicationContext context) {
        this.claims = context.getBean(ClaimRepository.class);
        this.claimService = context.getBean(ClaimService.class);
        this.research = context.getBean(ResearchService.class);
        this.articles = context.getBean(ArticleService.class);
        this.clock = context.getBean(Clock.class);
    }

    /** The seed article's id. */
    public long seedArticle() {
        return articles.list(SeedArticle.TITLE, PageRequest.of(0, 1)).getFirst().id();
    }

    /** The seed article's first {@code count} claims as the workspace ranks them. */
    public List<ClaimRow> seedRows(int count) {
        return claimService.list(seedArticle(), PageRequest.of(0, count));
    }

    /** The seed article's first claim as the workspace ranks it, selected by whoever is signed in: TO_CHECK. */
    public long seedClaimToCheck() {
        ClaimRow row = seedRows(1).getFirst();
        claimService.select(row.id(), row.version());
        return row.id();
    }

    /** The claim as its page shows it. */
    public ClaimDetails details(long claimId) {
        return research.details(claimId).orElseThrow();
    }

    /** The version an editor would read in a new request: pending changes of the test's transaction flushed. */
    public long version(long claimId) {
        claims.flush();
        return details(claimId).version();
    }

    /** The desk's usual source in these tests: Insee's unemployment rate, official statistics, reliable. */
    public static SourceData insee(String url) {
        return new SourceData(url, "Taux de chômage", "Insee", SourceKind.OFFICIAL_STATISTICS, null, null,
                Reliability.HIGH, null);
    }

    /** The ids of the article's claims in article order: the title's, then the body's, each by position. */
    public List<Long> inArticleOrder(long articleId) {
        return claims.findInArticleOrder(articleId).stream().map(claim -> Objects.requireNonNull(claim.getId()))
                .toList();
    }

    /** The ids of the claims of the first article whose title holds {@code title}, in article order. */
    public List<Long> ofArticle(String title) {
        return inArticleOrder(articles.list(title, PageRequest.of(0, 10)).getFirst().id());
    }

    /** Moves a claim into research: TO_CHECK without an assignee, IN_RESEARCH taken by {@code assignee}. */
    public long intoResearch(long claimId, @Nullable String assignee) {
        Claim claim = claims.findById(claimId).orElseThrow();
        claim.select(clock.instant());
        if (assignee != null) {
            claim.take(assignee, clock.instant());
        }
        claims.flush();
        return claimId;
    }

    /** Writes the claims' pending changes to the database. */
    public void flush() {
        claims.flush();
    }
}
