package org.factdesk.find;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import org.factdesk.article.ArticleData;
import org.factdesk.article.ArticleService;
import org.factdesk.claim.ClaimService;
import org.factdesk.claim.ResearchService;
import org.factdesk.claim.SignedIn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.test.context.support.WithUserDetails;

/** The index follows every committed change: a reworded claim is found by its new words, no longer by its old ones. */
@SpringBootTest(properties = "factdesk.test.context=search")
@ExtendWith(SignedIn.class)
@WithUserDetails("editor")
class EverythingSearchTest {

    @Autowired
    EverythingSearch search;

    @Autowired
    ArticleService articles;

    @Autowired
    ClaimService claims;

    @Autowired
    ResearchService research;

    private List<Long> claimIds(String words) {
        return search.search(new SearchRequest(words, Set.of(SearchKind.CLAIM), Set.of(), null, null, null))
                .groups().stream().flatMap(group -> group.hits().stream()).map(SearchHit::id).toList();
    }

    @Test
    void a_reworded_statement_is_found_by_its_new_words_and_no_longer_by_its_old_ones() {
        long article = articles.importArticle(new ArticleData("Cobaltine", "Cobaltine mines employ 4,000 people.",
                null, null, null, null, "en"));
        var row = claims.list(article, PageRequest.of(0, 5)).stream()
                .filter(claim -> claim.statement().contains("mines")).findFirst().orElseThrow();
        assertThat(claimIds("cobaltine mines")).contains(row.id());

        claims.reword(row.id(), row.version(), "Nickeline quarries employ 4,000 people");

        assertThat(claimIds("nickeline quarry")).containsExactly(row.id());
        assertThat(claimIds("mines")).doesNotContain(row.id());
    }

    @Test
    void an_edited_article_is_found_by_its_new_text() {
        long article = articles.importArticle(new ArticleData("Garnets", "Rhodonite output fell in 2020.",
                null, null, null, null, "en"));
        var details = articles.find(article).orElseThrow();
        articles.update(article, details.version(), new ArticleData("Garnets", "Spessartine output fell in 2020.",
                null, null, null, null, "en"));

        assertThat(search.search(SearchRequest.of("spessartine")).groups()).extracting(SearchResults.Group::kind)
                .contains(SearchKind.ARTICLE);
        assertThat(search.search(new SearchRequest("rhodonite", Set.of(SearchKind.ARTICLE), Set.of(), null,
                null, null)).groups()).isEmpty();
    }

    @Test
    void a_claim_is_read_with_the_new_language_s_analysis_once_its_article_changes_language() {
        String text = "L'inflation des loyers a atteint 12 % en 2024 à Lyon, selon l'Insee.";
        long article = articles.importArticle(new ArticleData("Loyers", text, null, null, null, null, "en"));
        var row = claims.list(article, PageRequest.of(0, 5)).stream()
                .filter(claim -> claim.statement().contains("inflation")).findFirst().orElseThrow();
        // English analysis keeps "L'inflation" whole: the French word alone does not find it, nor a French filter.
        assertThat(claimIds("inflation")).doesNotContain(row.id());
        assertThat(claimIds("inflation", "fr")).doesNotContain(row.id());

        var details = articles.find(article).orElseThrow();
        articles.update(article, details.version(), new ArticleData("Loyers", text, null, null, null, null, "fr"));

        assertThat(claimIds("inflation")).contains(row.id());
        assertThat(claimIds("loyer", "fr")).contains(row.id());
        assertThat(claimIds("inflation", "en")).doesNotContain(row.id());
    }

    private List<Long> claimIds(String words, String language) {
        return search.search(new SearchRequest(words, Set.of(SearchKind.CLAIM), Set.of(), null, null, language))
                .groups().stream().flatMap(group -> group.hits().stream()).map(SearchHit::id).toList();
    }

    @Test
    void nobody_signed_out_may_search() {
        SignedIn.out();
        assertThatThrownBy(() -> search.search(SearchRequest.of("anything")))
                .isInstanceOf(AuthenticationCredentialsNotFoundException.class);
    }
}
