package org.factdesk.article.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.ConstraintViolationException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.factdesk.article.ArticleDetails;
import org.factdesk.article.ArticleRevisionItem;
import org.factdesk.article.ArticleService;
import org.factdesk.base.RefusedException;
import org.factdesk.base.ui.Formats;
import org.factdesk.base.ui.Links;
import org.factdesk.base.ui.Notifications;
import org.factdesk.base.ui.RouteIds;
import org.factdesk.desk.DeskSettingsService;
import org.factdesk.security.AppRoles;
import org.jspecify.annotations.Nullable;

/**
 * Editors change an article's title, text and metadata. Each save keeps the previous version, listed below with who
 * replaced it and when; claims find their quotes again in the new text or are flagged.
 */
@Route("articles/:articleId/edit")
@RolesAllowed(AppRoles.EDITOR)
class ArticleEditView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    final ArticleForm form = new ArticleForm();
    private final ArticleService articles;
    private final ZoneId zone;
    private long articleId;
    private long version;

    ArticleEditView(ArticleService articles, DeskSettingsService settings) {
        this.articles = articles;
        this.zone = settings.get().zoneId();
        setMaxWidth("64rem");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Optional<ArticleDetails> article = event.getRouteParameters().get("articleId").flatMap(RouteIds::parse)
                .flatMap(articles::find);
        if (article.isEmpty()) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        show(article.get());
    }

    private void show(ArticleDetails article) {
        removeAll();
        articleId = article.id();
        version = article.version();
        form.fill(article);
        Button save = new Button(getTranslation("article.edit.save"), click -> {
            save();
            click.getSource().setEnabled(true);
        });
        save.setId("article-save");
        // Extraction of a long article takes a moment: no second click meanwhile.
        save.setDisableOnClick(true);
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Anchor back = Links.to(ArticleRoutes.workspace(articleId), getTranslation("article.edit.back"));
        add(back, form, save, revisions(article));
    }

    void save() {
        form.clearErrors();
        try {
            articles.update(articleId, version, form.data());
            Notifications.success(this, "article.edit.done");
            getUI().ifPresent(ui -> ui.navigate(ArticleRoutes.workspace(articleId)));
        } catch (ConstraintViolationException | RefusedException e) {
            form.show(e);
        }
    }

    /** Each earlier version, newest first, with who replaced it, when, and which fields that change touched. */
    private Details revisions(ArticleDetails current) {
        VerticalLayout list = new VerticalLayout();
        list.setPadding(false);
        ArticleRevisionItem newer = asRevision(current);
        for (ArticleRevisionItem revision : articles.revisions(articleId)) {
            Span heading = new Span(getTranslation("article.revision", revision.revision(), revision.editedBy(),
                    Formats.dateTime(revision.editedAt(), zone, getLocale()), changes(revision, newer)));
            newer = revision;
            Div text = new Div(new Paragraph(revision.title()));
            revision.body().lines().filter(line -> !line.isBlank()).forEach(line -> text.add(new Paragraph(line)));
            text.addClassName("fd-article-text");
            list.add(new Details(heading, text));
        }
        if (list.getComponentCount() == 0) {
            list.add(new Paragraph(getTranslation("article.revisions.none")));
        }
        Details details = new Details(getTranslation("article.revisions"), list);
        details.setId("article-revisions");
        return details;
    }

    private String changes(ArticleRevisionItem older, ArticleRevisionItem newer) {
        List<String> changed = new ArrayList<>();
        addIfChanged(changed, "article.title", older.title(), newer.title());
        addIfChanged(changed, "article.body", older.body(), newer.body());
        addIfChanged(changed, "article.language", older.language(), newer.language());
        addIfChanged(changed, "article.outlet", older.outlet(), newer.outlet());
        addIfChanged(changed, "article.url", older.url(), newer.url());
        addIfChanged(changed, "article.byline", older.byline(), newer.byline());
        addIfChanged(changed, "article.published-on", older.publishedOn(), newer.publishedOn());
        return changed.isEmpty() ? getTranslation("article.revision.unchanged") : String.join(", ", changed);
    }

    private void addIfChanged(List<String> changed, String labelKey, @Nullable Object older, @Nullable Object newer) {
        if (!Objects.equals(older, newer)) {
            changed.add(getTranslation(labelKey));
        }
    }

    private static ArticleRevisionItem asRevision(ArticleDetails article) {
        return new ArticleRevisionItem(0, article.title(), article.body(), article.language(), article.outlet(),
                article.url(), article.byline(), article.publishedOn(), article.importedBy(), article.importedAt());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("article.edit.title");
    }
}
