package org.factdesk.article.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDate;
import org.factdesk.article.ArticleData;
import org.factdesk.article.ArticleListItem;
import org.factdesk.article.ArticleService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.transaction.annotation.Transactional;

@SpringBootTest
@Transactional
@ViewPackages(packages = "org.factdesk")
class ArticleListViewTest extends SpringBrowserlessTest {

    static final String SEED_TITLE = "Le dirigeant russe, Poutine, vise à renforcer les liens de Bakou avec la Russie.";

    @Autowired
    ArticleService articles;

    @SuppressWarnings("unchecked")
    private Grid<ArticleListItem> grid() {
        return $(Grid.class).id("articles-grid");
    }

    private long importArticle(String title, LocalDate publishedOn) {
        return articles.importArticle(new ArticleData(title, "Body of " + title, "The Outlet", null, null,
                publishedOn, "en"));
    }

    @Test
    @WithMockUser(username = "viewer", roles = "VIEWER")
    void the_seed_article_is_listed_with_its_columns() {
        navigate(ArticleListView.class);

        assertThat(test(grid()).size()).isEqualTo(1);
        assertThat(test(grid()).getCellText(0, 0)).isEqualTo(SEED_TITLE);
        assertThat(test(grid()).getCellText(0, 1)).isEmpty();
        assertThat(test(grid()).getCellText(0, 3)).isEqualTo("FR");
        assertThat(test(grid()).getHeaderCell(0)).isEqualTo("Title");
    }

    @Test
    @WithMockUser(username = "viewer", roles = "VIEWER")
    void the_empty_root_address_opens_the_article_list() {
        assertThat(navigate("", ArticleListView.class)).isNotNull();
    }

    @Test
    @WithMockUser(username = "editor", roles = "EDITOR")
    void an_editor_sees_the_import_button_and_it_opens_the_import_page() {
        navigate(ArticleListView.class);

        Button importButton = $(Button.class).id("article-import");
        assertThat(importButton.getText()).isEqualTo("Import article");
        test(importButton).click();

        assertThat(getCurrentView()).isInstanceOf(ArticleImportView.class);
    }

    @Test
    @WithMockUser(username = "viewer", roles = "VIEWER")
    void a_viewer_does_not_see_the_import_button() {
        navigate(ArticleListView.class);

        assertThat($(Button.class).withId("article-import").exists()).isFalse();
    }

    @Test
    @WithMockUser(username = "checker", roles = "CHECKER")
    void a_checker_does_not_see_the_import_button() {
        navigate(ArticleListView.class);

        assertThat($(Button.class).withId("article-import").exists()).isFalse();
    }

    @Test
    @WithMockUser(username = "admin", roles = "ADMIN")
    void an_admin_does_not_see_the_import_button() {
        navigate(ArticleListView.class);

        assertThat($(Button.class).withId("article-import").exists()).isFalse();
    }

    @Test
    @WithMockUser(username = "editor", roles = "EDITOR")
    void the_filter_narrows_the_grid_by_title() {
        importArticle("Zeta election results", LocalDate.of(2024, 2, 1));
        importArticle("Zeta budget vote", LocalDate.of(2024, 1, 1));
        navigate(ArticleListView.class);
        assertThat(test(grid()).size()).isEqualTo(3);

        test($(TextField.class).id("article-filter")).setValue("zeta");
        assertThat(test(grid()).size()).isEqualTo(2);
        assertThat(test(grid()).getCellText(0, 0)).isEqualTo("Zeta election results");
        assertThat(test(grid()).getCellText(1, 0)).isEqualTo("Zeta budget vote");

        test($(TextField.class).id("article-filter")).setValue("ELECTION");
        assertThat(test(grid()).size()).isEqualTo(1);

        test($(TextField.class).id("article-filter")).setValue("no article has this title");
        assertThat(test(grid()).size()).isZero();
        assertThat(grid().getEmptyStateText()).isEqualTo("No articles yet");

        test($(TextField.class).id("article-filter")).clear();
        assertThat(test(grid()).size()).isEqualTo(3);
    }

    @Test
    @WithMockUser(username = "editor", roles = "EDITOR")
    void newer_articles_come_first() {
        importArticle("Older", LocalDate.of(2020, 1, 1));
        importArticle("Newer", LocalDate.of(2024, 1, 1));

        navigate(ArticleListView.class);

        assertThat(test(grid()).getCellText(0, 0)).isEqualTo("Newer");
        assertThat(test(grid()).getCellText(1, 0)).isEqualTo("Older");
        assertThat(test(grid()).getCellText(2, 0)).as("undated last").isEqualTo(SEED_TITLE);
        assertThat(test(grid()).getCellText(0, 2)).isEqualTo("Jan 1, 2024");
    }

    @Test
    @WithMockUser(username = "checker", roles = "CHECKER")
    void clicking_a_row_opens_that_article() {
        navigate(ArticleListView.class);

        test(grid()).clickRow(0);

        assertThat(getCurrentView().getClass().getSimpleName()).isEqualTo("ArticleWorkspaceView");
        assertThat($(Div.class).id("article-text").getElement().getTextRecursively()).contains(SEED_TITLE);
    }
}
