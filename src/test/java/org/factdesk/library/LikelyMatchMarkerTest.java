package org.factdesk.library;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.data.renderer.LitRenderer;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.IntStream;
import org.factdesk.article.ArticleData;
import org.factdesk.article.ArticleService;
import org.factdesk.claim.ClaimListItem;
import org.factdesk.claim.ClaimService;
import org.factdesk.claim.SignedIn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithUserDetails;

/**
 * Accepting a claim matches it against the library in the background; once that ran, the claim carries its likely
 * match and both the workspace's claim list and the desk's claims list mark it ("Checked before: Mostly false · AFP
 * Factuel · 2024-03"), read from the claim's own row. In English and in French.
 */
@SpringBootTest(properties = "factdesk.test.context=library")
@ExtendWith(SignedIn.class)
@ViewPackages(packages = "org.factdesk")
@WithUserDetails("editor")
class LikelyMatchMarkerTest extends SpringBrowserlessTest {

    static final String LABEL = "Mostly false · AFP Factuel · 2024-03";

    @Autowired
    LibraryService library;

    @Autowired
    LibraryImports imports;

    @Autowired
    FactCheckRepository factChecks;

    @Autowired
    ClaimMatches matches;

    @Autowired
    ArticleService articles;

    @Autowired
    ClaimService claims;

    @Autowired
    JdbcTemplate jdbc;

    private long article;

    @AfterEach
    void remove_what_the_test_made() {
        jdbc.update("delete from claim_match");
        jdbc.update("delete from activity where article_id = ?", article);
        jdbc.update("delete from claim where article_id = ?", article);
        jdbc.update("delete from article_revision where article_id = ?", article);
        jdbc.update("delete from article where id = ?", article);
        factChecks.deleteAll();
        jdbc.update("delete from fact_check_import");
    }

    /** Imports the earlier check, accepts the claim that repeats it and waits for the background matching. */
    private long acceptedClaimWithAnEarlierCheck() throws Exception {
        long id = library.importClaimReviews("afp.json", LibraryTest.review(
                "https://factuel.example.org/wind-birds", "Wind turbines kill thousands of birds every year",
                "Mostly false").getBytes(StandardCharsets.UTF_8));
        imports.await(id);
        article = articles.importArticle(new ArticleData("Wind farm",
                "The mayor said that wind turbines kill thousands of birds every year.", null, null, null, null,
                "en"));
        var row = claims.list(article, PageRequest.of(0, 5)).getFirst();
        assertThat(row.likelyMatch()).as("a candidate is not matched").isNull();
        claims.select(row.id(), row.version());
        matches.awaitIdle();
        return row.id();
    }

    @Test
    void matching_after_an_accept_runs_in_the_background_and_marks_the_claim_in_both_lists() throws Exception {
        long claimId = acceptedClaimWithAnEarlierCheck();
        assertThat(jdbc.queryForObject("select likely_match_label from claim where id = ?", String.class, claimId))
                .isEqualTo(LABEL);

        UI.getCurrent().navigate("articles/" + article);
        assertThat(workspaceMarker().getText()).isEqualTo("Checked before: " + LABEL);

        UI.getCurrent().navigate("claims");
        assertThat(claimsListMarker(claimId, "label")).isEqualTo(LABEL);
        assertThat(claimsListMarker(claimId, "title")).isEqualTo("Checked before: " + LABEL);
        assertThat(test(claimsGrid()).getHeaderCell(claimsGrid().getColumns().indexOf(
                claimsGrid().getColumnByKey("checked-before")))).isEqualTo("Checked before");
    }

    @Test
    void in_french_the_marker_says_deja_verifie_and_the_label_stays_as_the_fact_checker_wrote_it() throws Exception {
        UI.getCurrent().setLocale(Locale.FRENCH);
        long claimId = acceptedClaimWithAnEarlierCheck();

        UI.getCurrent().navigate("articles/" + article);
        assertThat(workspaceMarker().getText()).isEqualTo("Déjà vérifié : " + LABEL);

        UI.getCurrent().navigate("claims");
        assertThat(claimsListMarker(claimId, "label")).isEqualTo(LABEL);
        assertThat(claimsListMarker(claimId, "title")).isEqualTo("Déjà vérifié : " + LABEL);
    }

    @Test
    void a_claim_without_a_likely_match_carries_no_marker() throws Exception {
        long claimId = acceptedClaimWithAnEarlierCheck();
        jdbc.update("update claim set likely_match_id = null, likely_match_label = null where id = ?", claimId);

        UI.getCurrent().navigate("articles/" + article);
        assertThat(find(workspaceCell(), "fd-checked-before")).isEmpty();
        UI.getCurrent().navigate("claims");
        assertThat(claimsListMarker(claimId, "label")).isEmpty();
    }

    @SuppressWarnings("unchecked")
    private Component workspaceCell() {
        Grid<Object> grid = $(Grid.class).id("claims-grid");
        return test(grid).getCellComponent(0, "statement");
    }

    private Span workspaceMarker() {
        return find(workspaceCell(), "fd-checked-before").orElseThrow();
    }

    @SuppressWarnings("unchecked")
    private Grid<ClaimListItem> claimsGrid() {
        return $(Grid.class).id("claims-grid");
    }

    /** The claims list draws the marker in the browser from the row's values (a Lit template, bound as text). */
    @SuppressWarnings("unchecked")
    private String claimsListMarker(long claimId, String property) {
        Grid<ClaimListItem> grid = claimsGrid();
        ClaimListItem row = IntStream.range(0, test(grid).size()).mapToObj(i -> test(grid).getRow(i))
                .filter(item -> item.id() == claimId).findFirst().orElseThrow();
        LitRenderer<ClaimListItem> marker = (LitRenderer<ClaimListItem>) grid.getColumnByKey("checked-before")
                .getRenderer();
        return String.valueOf(marker.getValueProviders().get(property).apply(row));
    }

    private static Optional<Span> find(Component root, String className) {
        if (root instanceof Span span && span.hasClassName(className)) {
            return Optional.of(span);
        }
        return root.getChildren().map(child -> find(child, className)).flatMap(Optional::stream).findFirst();
    }
}
