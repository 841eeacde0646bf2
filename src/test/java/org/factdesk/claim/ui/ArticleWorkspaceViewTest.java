package org.factdesk.claim.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.List;
import org.factdesk.article.ArticleData;
import org.factdesk.article.ArticleService;
import org.factdesk.base.ui.NotFoundView;
import org.factdesk.claim.ClaimOrigin;
import org.factdesk.claim.ClaimRow;
import org.factdesk.claim.ClaimService;
import org.factdesk.claim.ClaimStatus;
import org.factdesk.claim.DismissReason;
import org.factdesk.claim.SignedIn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.annotation.Transactional;

/** The article workspace for each role: the claim list, the selected claim's panel and actions, the text. */
@SpringBootTest
@ExtendWith(SignedIn.class)
@Transactional
class ArticleWorkspaceViewTest extends SpringBrowserlessTest {

    @Autowired
    ArticleService articles;

    @Autowired
    ClaimService claims;

    @Test
    @WithUserDetails("editor")
    void the_editor_sees_the_seed_articles_nineteen_claims() {
        open(seed());

        assertThat(test(grid()).size()).isEqualTo(19);
        assertThat($(Button.class).id("claim-from-selection").isVisible()).isTrue();
        assertThat($(Button.class).withId("claim-accept").exists()).as("no claim selected yet").isFalse();
    }

    @Test
    @WithUserDetails("editor")
    void selecting_a_row_shows_the_claim_in_the_panel() {
        open(seed());

        test(grid()).select(0);

        ClaimRow row = test(grid()).getRow(0);
        assertThat($(TextArea.class).id("claim-statement").getValue()).isEqualTo(row.statement());
        assertThat($(TextArea.class).id("claim-statement").isReadOnly()).isFalse();
        assertThat($(Button.class).id("claim-accept").isVisible()).isTrue();
    }

    @Test
    @WithUserDetails("editor")
    void accepting_makes_the_claim_to_check_in_the_list_and_the_panel() {
        open(seed());
        test(grid()).select(0);
        long id = test(grid()).getRow(0).id();

        test($(Button.class).id("claim-accept")).click();

        assertThat(claims.find(id).orElseThrow().status()).isEqualTo(ClaimStatus.TO_CHECK);
        assertThat(rowOf(id).status()).isEqualTo(ClaimStatus.TO_CHECK);
        assertThat($(Button.class).withId("claim-accept").exists()).isFalse();
        assertThat($(Button.class).id("claim-undo-accept").isVisible()).isTrue();
        assertThat($(Span.class, $(ClaimPanel.class).single()).withText("To check").exists()).isTrue();
    }

    @Test
    @WithUserDetails("editor")
    void dismissing_with_a_reason_and_undoing_it() {
        open(seed());
        test(grid()).select(0);
        long id = test(grid()).getRow(0).id();

        @SuppressWarnings("unchecked")
        Select<DismissReason> reason = $(Select.class).id("claim-dismiss-reason");
        test(reason).selectItem("Opinion");
        test($(Button.class).id("claim-dismiss")).click();

        ClaimRow dismissed = claims.find(id).orElseThrow();
        assertThat(dismissed.status()).isEqualTo(ClaimStatus.DISMISSED);
        assertThat(dismissed.dismissReason()).isEqualTo(DismissReason.OPINION);
        assertThat($(Span.class, $(ClaimPanel.class).single()).withText("Opinion").exists()).isTrue();

        test($(Button.class).id("claim-restore")).click();

        assertThat(claims.find(id).orElseThrow().status()).isEqualTo(ClaimStatus.CANDIDATE);
        assertThat($(Button.class).id("claim-accept").isVisible()).isTrue();
    }

    @Test
    @WithUserDetails("viewer")
    void a_viewer_reads_without_any_editor_action() {
        assertReadOnly();
    }

    @Test
    @WithUserDetails("checker")
    void a_checker_reads_the_workspace_without_any_editor_action() {
        assertReadOnly();
    }

    @Test
    @WithUserDetails("editor")
    void html_and_script_in_the_article_are_shown_as_text() {
        String script = "<script>alert(1)</script>";
        String image = "<img src=x onerror=alert(1)>";
        long id = articles.importArticle(new ArticleData("Un titre <b>gras</b> sur le chômage",
                "Le ministre a écrit " + script + " en 2023.\n\nUne image " + image + " a été publiée en 2022.",
                null, null, null, null, "fr"));

        open(id);

        List<String> pieces = $(Span.class, $(Div.class).id("article-text")).all().stream().map(Span::getText)
                .toList();
        assertThat(pieces).anyMatch(text -> text.contains(script));
        assertThat(pieces).anyMatch(text -> text.contains(image));
        assertThat(String.join("", pieces)).contains("Un titre <b>gras</b> sur le chômage");
        assertThat($(Span.class, $(Div.class).id("article-text")).all())
                .filteredOn(span -> span.getText().contains(script))
                .isNotEmpty()
                .allSatisfy(span -> assertThat(span.getElement().getChildren()).allMatch(
                        com.vaadin.flow.dom.Element::isTextNode));
    }

    @Test
    @WithUserDetails("editor")
    void an_unknown_article_id_shows_the_not_found_page() {
        navigate("articles/999999", NotFoundView.class);

        assertThat(getCurrentView()).isInstanceOf(NotFoundView.class);
        assertThat($(Grid.class).withId("claims-grid").exists()).isFalse();
    }

    @Test
    @WithUserDetails("editor")
    void a_malformed_article_id_shows_the_not_found_page() {
        navigate("articles/abc", NotFoundView.class);

        assertThat(getCurrentView()).isInstanceOf(NotFoundView.class);
    }

    @Test
    @WithUserDetails("editor")
    void a_selection_of_the_text_becomes_a_claim_to_check() {
        long seed = seed();
        ArticleWorkspaceView view = open(seed);
        String body = articles.find(seed).orElseThrow().body();

        view.createFromSelection(SelectionScript.parse("BODY:0:10"));

        ClaimRow created = claims.list(seed, PageRequest.of(0, 100)).stream()
                .filter(row -> row.origin() == ClaimOrigin.SELECTED).findFirst().orElseThrow();
        assertThat(created.quote()).isEqualTo(body.substring(0, 10).strip());
        assertThat(created.status()).isEqualTo(ClaimStatus.TO_CHECK);
        assertThat(test(grid()).size()).isEqualTo(20);
        assertThat($(TextArea.class).id("claim-statement").getValue()).isEqualTo(created.statement());
    }

    @Test
    @WithUserDetails("editor")
    void a_selection_the_browser_could_not_read_creates_nothing() {
        long seed = seed();
        ArticleWorkspaceView view = open(seed);

        view.createFromSelection(SelectionScript.parse("parts"));
        view.createFromSelection(SelectionScript.parse("none"));

        assertThat(claims.count(seed)).isEqualTo(19);
        assertThat(test(grid()).size()).isEqualTo(19);
    }

    // --- helpers ---

    private void assertReadOnly() {
        open(seed());
        assertThat(test(grid()).size()).isEqualTo(19);

        test(grid()).select(0);

        assertThat($(Button.class).withId("claim-from-selection").exists()).isFalse();
        assertThat($(Button.class).withId("claim-reextract").exists()).isFalse();
        assertThat($(Button.class).withId("claim-accept").exists()).isFalse();
        assertThat($(Button.class).withId("claim-dismiss").exists()).isFalse();
        assertThat($(Button.class).withId("claim-reword").exists()).isFalse();
        TextArea statement = $(TextArea.class).id("claim-statement");
        assertThat(statement.getValue()).isEqualTo(test(grid()).getRow(0).statement());
        assertThat(statement.isReadOnly()).isTrue();
    }

    private ArticleWorkspaceView open(long articleId) {
        return navigate("articles/" + articleId, ArticleWorkspaceView.class);
    }

    @SuppressWarnings("unchecked")
    private Grid<ClaimRow> grid() {
        return $(Grid.class).id("claims-grid");
    }

    private ClaimRow rowOf(long id) {
        for (int i = 0; i < test(grid()).size(); i++) {
            if (test(grid()).getRow(i).id() == id) {
                return test(grid()).getRow(i);
            }
        }
        throw new AssertionError("No row for claim " + id);
    }

    private long seed() {
        return articles.list("vise à renforcer les liens de Bakou", PageRequest.of(0, 10)).getFirst().id();
    }
}
