package org.factdesk.article.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.ConstraintViolationException;
import org.factdesk.article.ArticleService;
import org.factdesk.article.WebImportService;
import org.factdesk.article.WebPage;
import org.factdesk.desk.DeskSettingsService;
import org.factdesk.base.RefusedException;
import org.factdesk.security.AppRoles;

/**
 * Editors import an article by pasting it or by uploading a file, which fills the form for them to check. A refused
 * import keeps everything typed and says what to fix next to the field.
 */
@Route("articles/import")
@RolesAllowed(AppRoles.EDITOR)
@Menu(order = 11, title = "nav.import", icon = "vaadin:upload")
class ArticleImportView extends VerticalLayout implements HasDynamicTitle {

    final ArticleForm form = new ArticleForm();
    final ArticleFileUpload upload;
    final ArticleFromWeb fromWeb;
    private final ArticleService articles;
    private final WebImportService web;

    ArticleImportView(ArticleService articles, WebImportService web, DeskSettingsService settings) {
        this.articles = articles;
        this.web = web;
        setMaxWidth("64rem");
        fromWeb = new ArticleFromWeb(web, settings.get().zoneId(), page -> form.fill(page.article()
                .toData(page.finalUrl())));
        upload = new ArticleFileUpload(articles, text -> {
            fromWeb.forget();
            form.fill(text);
        });
        Button save = new Button(getTranslation("article.import.save"), click -> {
            save();
            click.getSource().setEnabled(true);
        });
        save.setId("article-save");
        // Extraction of a long article takes a moment: no second click meanwhile.
        save.setDisableOnClick(true);
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(fromWeb, upload, form, save);
    }

    void save() {
        form.clearErrors();
        try {
            WebPage page = fromWeb.page().orElse(null);
            long id = page == null ? articles.importArticle(form.data()) : web.importArticle(form.data(), page);
            Notification.show(getTranslation("article.import.done")).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            getUI().ifPresent(ui -> ui.navigate(ArticleRoutes.workspace(id)));
        } catch (ConstraintViolationException | RefusedException e) {
            form.show(e);
            Notification.show(getTranslation("article.import.invalid"))
                    .addThemeVariants(NotificationVariant.LUMO_ERROR);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.import");
    }
}
