package org.factdesk.article.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.RolesAllowed;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.factdesk.base.ui.OpenOnEnter;
import org.factdesk.article.ArticleData;
import org.factdesk.article.ArticleListItem;
import org.factdesk.article.ArticleService;
import org.factdesk.base.ui.Formats;
import org.factdesk.base.ui.SeekPaging;
import org.factdesk.desk.DeskSettingsService;
import org.factdesk.security.AppRoles;
import org.jspecify.annotations.Nullable;

/** All articles, newest first, filtered by title; a row opens the article page. */
@Route("articles")
@RolesAllowed({AppRoles.ADMIN, AppRoles.EDITOR, AppRoles.CHECKER, AppRoles.VIEWER})
@Menu(order = 10, title = "nav.articles", icon = "vaadin:newspaper")
class ArticleListView extends VerticalLayout implements HasDynamicTitle {

    private final TextField filter = new TextField();
    private final Grid<ArticleListItem> grid = new Grid<>();
    private final ZoneId zone;

    ArticleListView(ArticleService articles, DeskSettingsService settings, AuthenticationContext authentication) {
        zone = settings.get().zoneId();
        setSizeFull();
        filter.setPlaceholder(getTranslation("article.list.filter"));
        filter.setAriaLabel(getTranslation("article.list.filter"));
        filter.setPrefixComponent(VaadinIcon.SEARCH.create());
        filter.setClearButtonVisible(true);
        filter.setValueChangeMode(ValueChangeMode.LAZY);
        filter.setId("article-filter");
        filter.setMaxLength(ArticleData.TITLE_MAX);
        HorizontalLayout toolbar = new HorizontalLayout(filter);
        toolbar.setWidthFull();
        toolbar.setAlignItems(FlexComponent.Alignment.BASELINE);
        if (authentication.hasRole(AppRoles.EDITOR)) {
            Button importButton = new Button(getTranslation("article.import"), VaadinIcon.PLUS.create(),
                    click -> getUI().ifPresent(ui -> ui.navigate(ArticleImportView.class)));
            importButton.setId("article-import");
            importButton.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            toolbar.add(importButton);
        }
        SeekPaging<ArticleListItem, ArticleListItem.Key> paging = configureGrid(articles);
        paging.refresh();
        filter.addValueChangeListener(event -> paging.refresh());
        add(toolbar, grid);
    }

    private SeekPaging<ArticleListItem, ArticleListItem.Key> configureGrid(ArticleService articles) {
        grid.setId("articles-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.addColumn(ArticleListItem::title).setHeader(getTranslation("article.title")).setFlexGrow(3);
        grid.addColumn(item -> item.outlet() == null ? "" : item.outlet())
                .setHeader(getTranslation("article.outlet")).setFlexGrow(1);
        grid.addColumn(item -> Formats.date(item.publishedOn(), getLocale()))
                .setHeader(getTranslation("article.published-on")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(item -> item.language().toUpperCase(getLocale()))
                .setHeader(getTranslation("article.language")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(item -> Formats.dateTime(item.importedAt(), zone, getLocale()))
                .setHeader(getTranslation("article.imported-at")).setAutoWidth(true).setFlexGrow(0);
        // Seek pages through the list's index: the last page costs what the first does (decision 017).
        SeekPaging<ArticleListItem, ArticleListItem.Key> paging = SeekPaging.bind(grid, new SeekPaging.Source<>() {
            @Override
            public List<ArticleListItem> after(ArticleListItem.@Nullable Key key, int limit) {
                return articles.listAfter(filter.getValue(), key, limit);
            }

            @Override
            public Optional<ArticleListItem.Key> keyAfter(ArticleListItem.@Nullable Key key, int rows) {
                return articles.keyAfter(filter.getValue(), key, rows);
            }

            @Override
            public long countUpTo(int limit) {
                return articles.countUpTo(filter.getValue(), limit);
            }
        }, ArticleListItem::key, ArticleListItem::id);
        grid.addItemClickListener(click -> open(click.getItem()));
        OpenOnEnter.on(grid, this::open);
        grid.setEmptyStateText(getTranslation("article.list.empty"));
        grid.setSizeFull();
        return paging;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.articles");
    }

    private void open(ArticleListItem item) {
        getUI().ifPresent(ui -> ui.navigate(ArticleRoutes.workspace(item.id())));
    }
}
