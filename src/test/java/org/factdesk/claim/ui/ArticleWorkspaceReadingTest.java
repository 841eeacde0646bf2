package org.factdesk.claim.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.dom.Element;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.factdesk.article.ArticleData;
import org.factdesk.article.ArticleDetails;
import org.factdesk.article.ArticleListItem;
import org.factdesk.article.ArticleService;
import org.factdesk.base.ui.NotFoundView;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.transaction.annotation.Transactional;

@SpringBootTest
@Transactional
@ViewPackages(packages = "org.factdesk")
@WithMockUser(username = "editor", roles = "EDITOR")
/** Everyone reads an article in its workspace: text and metadata, always as text; unknown ids are not found. */
class ArticleWorkspaceReadingTest extends SpringBrowserlessTest {

    static final String SEED_TITLE =
            "Le dirigeant russe, Poutine, vise à renforcer les liens de Bakou avec la Russie.";

    @Autowired
    ArticleService articles;

    private long seedId() {
        List<ArticleListItem> seeds = articles.list(SEED_TITLE, PageRequest.of(0, 1));
        return seeds.getFirst().id();
    }

    private List<Paragraph> paragraphs() {
        return $(Paragraph.class).from($(Div.class).id("article-text")).all();
    }

    /** A paragraph's article text: its pieces, without the claim numbers set between them. */
    private static String text(Component block) {
        return block.getChildren().filter(piece -> piece.getElement().hasAttribute("data-offset"))
                .map(piece -> piece.getElement().getText()).collect(Collectors.joining());
    }

    @Test
    void the_seed_article_is_shown_paragraph_by_paragraph() {
        long id = seedId();
        ArticleDetails seed = articles.find(id).orElseThrow();

        navigate("articles/" + id, ArticleWorkspaceView.class);

        assertThat(text($(H3.class).from($(Div.class).id("article-text")).single())).isEqualTo(seed.title());
        assertThat(paragraphs()).extracting(ArticleWorkspaceReadingTest::text)
                .containsExactlyElementsOf(seed.paragraphs());
        assertThat(paragraphs()).anyMatch(paragraph -> text(paragraph).contains("septembre 2023"));
        assertThat($(Div.class).id("article-metadata").getElement().getTextRecursively())
                .contains("Language: French").contains("by FactDesk on").doesNotContain("system");
    }

    @Test
    @WithMockUser(username = "viewer", roles = "VIEWER")
    void a_viewer_reads_an_article_too() {
        navigate("articles/" + seedId(), ArticleWorkspaceView.class);

        assertThat(paragraphs()).isNotEmpty();
    }

    @Test
    @WithMockUser(username = "admin", roles = "ADMIN")
    void an_admin_reads_an_article_too() {
        navigate("articles/" + seedId(), ArticleWorkspaceView.class);

        assertThat(paragraphs()).isNotEmpty();
    }

    @Test
    void script_and_html_in_the_body_are_shown_as_literal_text() {
        long id = articles.importArticle(new ArticleData("<b>Bold</b> title", """
                <script>alert(1)</script>
                <img src=x onerror=alert(1)>""", null, null, null, null, "en"));

        navigate("articles/" + id, ArticleWorkspaceView.class);

        assertThat(text($(H3.class).from($(Div.class).id("article-text")).single()))
                .isEqualTo("<b>Bold</b> title");
        assertThat(paragraphs()).extracting(ArticleWorkspaceReadingTest::text)
                .containsExactly("<script>alert(1)</script>", "<img src=x onerror=alert(1)>");
        for (Paragraph paragraph : paragraphs()) {
            paragraph.getChildren().forEach(piece -> {
                assertThat(piece.getElement().getChildren()).allMatch(Element::isTextNode);
                assertThat(piece.getElement().getProperty("innerHTML")).isNull();
            });
        }
        assertThat($(Html.class).exists()).isFalse();
    }

    @Test
    void the_metadata_is_shown_and_the_link_opens_safely_in_a_new_tab() {
        long id = articles.importArticle(new ArticleData("Title", "Body", "Le Monde",
                "https://www.lemonde.fr/article", "Jane Doe", LocalDate.of(2024, 3, 1), "fr"));

        navigate("articles/" + id, ArticleWorkspaceView.class);

        String metadata = $(Div.class).id("article-metadata").getElement().getTextRecursively();
        assertThat(metadata).contains("Outlet: Le Monde", "Byline: Jane Doe", "Published on: Mar 1, 2024",
                "Language: French");
        Anchor link = $(Anchor.class).from($(Div.class).id("article-metadata")).single();
        assertThat(link.getHref()).isEqualTo("https://www.lemonde.fr/article");
        assertThat(link.getElement().getAttribute("rel")).isEqualTo("noopener noreferrer");
        assertThat(link.getElement().getAttribute("target")).isEqualTo("_blank");
    }

    @ParameterizedTest
    @ValueSource(strings = {"999999", "abc", "-1", "1.5", "99999999999999999999"})
    void an_unknown_or_malformed_id_shows_the_translated_not_found_page(String id) {
        UI.getCurrent().navigate("articles/" + id);

        assertThat(getCurrentView()).isInstanceOf(NotFoundView.class);
        assertThat($(H2.class).single().getText()).isEqualTo("Page not found");
        assertThat($(Div.class).withId("article-text").exists()).isFalse();
    }
}
