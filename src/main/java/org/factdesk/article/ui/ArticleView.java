package org.factdesk.article.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Optional;
import org.factdesk.article.ArticleDetails;
import org.factdesk.article.ArticleService;
import org.factdesk.base.ui.Formats;
import org.factdesk.desk.DeskSettingsService;
import org.factdesk.security.AppRoles;
import org.jspecify.annotations.Nullable;

/** One article at a shareable address: its metadata and its text, paragraph by paragraph, always as plain text. */
@Route("articles/:articleId")
@RolesAllowed({AppRoles.ADMIN, AppRoles.EDITOR, AppRoles.CHECKER, AppRoles.VIEWER})
class ArticleView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    static final String ID_PARAMETER = "articleId";

    private final ArticleService articles;
    private final ZoneId zone;
    private String title = "";

    ArticleView(ArticleService articles, DeskSettingsService settings) {
        this.articles = articles;
        this.zone = settings.get().zoneId();
        setMaxWidth("56rem");
        addClassName("fd-article");
    }

    static RouteParameters parameters(long id) {
        return new RouteParameters(ID_PARAMETER, Long.toString(id));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Optional<ArticleDetails> article = event.getRouteParameters().get(ID_PARAMETER)
                .flatMap(ArticleView::parseId).flatMap(articles::find);
        if (article.isEmpty()) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        show(article.get());
    }

    private void show(ArticleDetails article) {
        removeAll();
        title = article.title();
        H2 heading = new H2(article.title());
        heading.setId("article-heading");
        Div text = new Div();
        text.setId("article-text");
        text.addClassName("fd-article-text");
        article.paragraphs().forEach(paragraph -> text.add(new Paragraph(paragraph)));
        add(new RouterLink(getTranslation("article.back"), ArticleListView.class), heading, metadata(article), text);
    }

    private Component metadata(ArticleDetails article) {
        Div metadata = new Div();
        metadata.setId("article-metadata");
        metadata.addClassName("fd-metadata");
        addItem(metadata, "article.outlet", article.outlet());
        addItem(metadata, "article.byline", article.byline());
        addItem(metadata, "article.published-on", Formats.date(article.publishedOn(), getLocale()));
        addItem(metadata, "article.language", Locale.of(article.language()).getDisplayLanguage(getLocale()));
        addItem(metadata, "article.imported", getTranslation("article.imported-by", article.importedBy(),
                Formats.dateTime(article.importedAt(), zone, getLocale())));
        if (article.url() != null) {
            Anchor link = new Anchor(article.url(), article.url(), AnchorTarget.BLANK);
            link.getElement().setAttribute("rel", "noopener noreferrer");
            metadata.add(new Div(new Span(getTranslation("article.url") + ": "), link));
        }
        return metadata;
    }

    private void addItem(Div metadata, String labelKey, @Nullable String value) {
        if (value != null && !value.isBlank()) {
            Span label = new Span(getTranslation(labelKey) + ": ");
            label.addClassName("fd-label");
            metadata.add(new Div(label, new Span(value)));
        }
    }

    private static Optional<Long> parseId(String value) {
        try {
            return Optional.of(Long.parseLong(value));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    @Override
    public String getPageTitle() {
        return title.isEmpty() ? getTranslation("nav.articles") : title;
    }
}
