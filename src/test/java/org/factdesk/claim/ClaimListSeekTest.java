package org.factdesk.claim;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.factdesk.article.ArticleData;
import org.factdesk.article.ArticleDetails;
import org.factdesk.article.ArticleService;
import org.factdesk.extraction.TextPart;
import org.factdesk.extraction.TextQuote;
import org.factdesk.rating.RatingScaleService;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.annotation.Transactional;

/**
 * The claim list read by seek pages (decision 017) lists what the list by offset lists, in the same order, whatever
 * the filter and the page size; a jump finds the key of the row it lands on; counts stop at their limit; the stored
 * place in the article follows the anchor.
 */
@SpringBootTest
@ExtendWith(SignedIn.class)
@Transactional
@WithUserDetails("editor")
class ClaimListSeekTest {

    private static final PageRequest ALL = PageRequest.of(0, 1_000);
    private static final Instant T0 = Instant.parse("2026-01-05T09:00:00Z");

    @Autowired
    ClaimQueryService queries;
    @Autowired
    ClaimService claimService;
    @Autowired
    ClaimRepository repository;
    @Autowired
    ArticleService articles;
    @Autowired
    RatingScaleService ratings;
    @Autowired
    JdbcTemplate jdbc;

    private long seedArticle;
    private long newer;
    private long rating;

    @BeforeEach
    void three_articles_with_claims_in_every_state() {
        seedArticle = articles.list(ClaimServiceTest.SEED_TITLE, PageRequest.of(0, 1)).getFirst().id();
        newer = articles.importArticle(new ArticleData("Unemployment fell to 7.3 percent, the minister said",
                "The minister said unemployment fell to 7.3 percent in the third quarter. Exports rose by 12 percent "
                        + "in 2025, according to the customs office. The budget deficit reached 5.5 percent of GDP "
                        + "last year.", null, null, null, null, "en"));
        articles.importArticle(new ArticleData("A third article", "Inflation was 2.1 percent in March, the "
                + "statistics office said. Wages rose by 3 percent in 2025.", null, null, null, null, "en"));
        rating = ratings.active().getFirst().id();
        List<Claim> all = repository.findAll();
        for (int i = 0; i < all.size(); i++) {
            Claim claim = all.get(i);
            if (i % 3 == 0) {
                claim.select(T0);
            }
            if (i % 6 == 0) {
                claim.assign(i % 12 == 0 ? "checker" : "editor", null, Priority.NORMAL, T0);
            }
            if (i % 12 == 0) {
                claim.propose(rating, "Because.", "checker", T0);
            }
        }
        repository.flush();
        assertThat(all).hasSizeGreaterThan(12);
    }

    private List<ClaimFilter> filters() {
        return List.of(ClaimFilter.none(), statuses(ClaimStatus.CANDIDATE), statuses(ClaimStatus.CANDIDATE,
                        ClaimStatus.IN_RESEARCH), statuses(ClaimStatus.TO_CHECK, ClaimStatus.IN_RESEARCH,
                        ClaimStatus.APPROVED),
                new ClaimFilter(Set.of(), "checker", null, null, false, ""),
                new ClaimFilter(Set.of(ClaimStatus.IN_RESEARCH, ClaimStatus.TO_CHECK), "editor", null, null, false,
                        ""),
                new ClaimFilter(Set.of(), null, newer, null, false, ""),
                new ClaimFilter(Set.of(), null, null, rating, false, ""),
                new ClaimFilter(Set.of(), null, null, null, false, "percent"));
    }

    private static ClaimFilter statuses(ClaimStatus... statuses) {
        return new ClaimFilter(Set.of(statuses), null, null, null, false, "");
    }

    private List<Long> byOffset(ClaimFilter filter) {
        return queries.list(filter, ALL).stream().map(ClaimListItem::id).toList();
    }

    private List<Long> bySeeking(ClaimFilter filter, int pageSize) {
        List<Long> ids = new ArrayList<>();
        ClaimListKey after = null;
        while (true) {
            List<ClaimListItem> page = queries.listAfter(filter, after, pageSize);
            page.forEach(item -> ids.add(item.id()));
            if (page.size() < pageSize) {
                return ids;
            }
            after = page.getLast().key();
        }
    }

    @Test
    void seek_pages_of_any_size_list_every_claim_once_in_the_order_of_the_list_by_offset() {
        for (ClaimFilter filter : filters()) {
            List<Long> expected = byOffset(filter);
            assertThat(expected).as("%s lists something", filter).isNotEmpty();
            for (int pageSize : new int[] {1, 2, 7, 1_000}) {
                assertThat(bySeeking(filter, pageSize)).as("%s by pages of %d", filter, pageSize)
                        .containsExactlyElementsOf(expected);
            }
        }
    }

    @Test
    void the_list_puts_the_newest_article_first_and_each_articles_title_before_its_body() {
        List<ClaimListItem> all = queries.listAfter(ClaimFilter.none(), null, 1_000);

        List<Long> articleIds = all.stream().map(ClaimListItem::articleId).distinct().toList();
        assertThat(articleIds).isSortedAccordingTo((a, b) -> Long.compare(b, a)).hasSize(3);
        List<ClaimListItem> seedClaims = all.stream().filter(item -> item.articleId() == seedArticle).toList();
        assertThat(seedClaims).extracting(ClaimListItem::id).containsExactlyElementsOf(
                repository.findInArticleOrder(seedArticle).stream().map(Claim::getId).toList());
    }

    @Test
    void the_key_so_many_rows_on_is_the_key_of_the_row_an_offset_reaches() {
        for (ClaimFilter filter : filters()) {
            List<ClaimListItem> all = queries.list(filter, ALL);
            for (int rows = 1; rows <= all.size(); rows++) {
                assertThat(queries.keyAfter(filter, null, rows)).as("%s, row %d", filter, rows)
                        .contains(all.get(rows - 1).key());
            }
            assertThat(queries.keyAfter(filter, null, all.size() + 1)).isEmpty();
            if (all.size() > 2) {
                ClaimListKey from = all.get(1).key();
                assertThat(queries.keyAfter(filter, from, all.size() - 2)).contains(all.getLast().key());
                assertThat(queries.keyAfter(filter, from, all.size() - 1)).isEmpty();
            }
        }
    }

    @Test
    void a_page_after_the_key_of_a_claim_deleted_since_starts_where_that_claim_was() {
        List<ClaimListItem> all = queries.list(ClaimFilter.none(), ALL);
        ClaimListKey gone = all.get(3).key();
        jdbc.update("delete from claim where id = ?", gone.id());

        assertThat(queries.listAfter(ClaimFilter.none(), gone, 2)).extracting(ClaimListItem::id)
                .containsExactly(all.get(4).id(), all.get(5).id());
    }

    @Test
    void a_count_up_to_a_limit_is_exact_below_it_and_the_limit_above() {
        long every = queries.count(ClaimFilter.none());

        assertThat(queries.countUpTo(ClaimFilter.none(), 5)).isEqualTo(5);
        assertThat(queries.countUpTo(ClaimFilter.none(), 10_001)).isEqualTo(every);
        ClaimFilter checker = new ClaimFilter(Set.of(), "checker", null, null, false, "");
        assertThat(queries.countUpTo(checker, 10_001)).isEqualTo(queries.count(checker));
    }

    @Test
    void an_edit_of_the_article_that_moves_a_claim_rewrites_its_place_in_the_list() {
        ArticleDetails article = articles.find(newer).orElseThrow();
        articles.update(newer, article.version(), new ArticleData(article.title(),
                "Preamble added by the editor. " + article.body(), null, null, null, null, "en"));
        repository.flush();

        List<Claim> claims = repository.findInArticleOrder(newer);
        assertThat(claims).isNotEmpty().allSatisfy(claim -> assertThat(storedPosition(claim.getId()))
                .isEqualTo(Claim.listPosition(claim.anchor())));
        assertThat(claims.stream().filter(claim -> claim.anchor().part() == TextPart.BODY))
                .allSatisfy(claim -> assertThat(claim.anchor().start()).isGreaterThanOrEqualTo(
                        "Preamble added by the editor. ".length()));
        assertThat(queries.listAfter(new ClaimFilter(Set.of(), null, newer, null, false, ""), null, 100))
                .extracting(ClaimListItem::id).containsExactlyElementsOf(claims.stream().map(Claim::getId).toList());
    }

    @Test
    void a_title_claim_comes_before_every_body_claim_whatever_their_offsets() {
        Anchor title = new Anchor(TextPart.TITLE, 400, 480, new TextQuote("t", "", ""));
        Anchor body = new Anchor(TextPart.BODY, 0, 1, new TextQuote("b", "", ""));
        Anchor later = new Anchor(TextPart.BODY, 0, 2, new TextQuote("b", "", ""));

        assertThat(Claim.listPosition(title)).isLessThan(Claim.listPosition(body));
        assertThat(Claim.listPosition(body)).isLessThan(Claim.listPosition(later));
        assertThat(Claim.listPosition(new Anchor(TextPart.BODY, 2_000_000, 2_000_001, new TextQuote("b", "", ""))))
                .isLessThan(Claim.listPosition(new Anchor(TextPart.BODY, 2_000_001, 2_000_002,
                        new TextQuote("b", "", ""))));
    }

    private @Nullable Long storedPosition(@Nullable Long id) {
        return jdbc.queryForObject("select list_position from claim where id = ?", Long.class, id);
    }
}
