package org.factdesk.article.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.router.BeforeLeaveEvent;
import com.vaadin.flow.router.BeforeLeaveObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.ConstraintViolationException;
import java.nio.charset.StandardCharsets;
import org.factdesk.article.ArticleData;
import org.factdesk.article.ArticleService;
import org.factdesk.article.WebImportService;
import org.factdesk.article.WebPage;
import org.factdesk.desk.DeskSettingsService;
import org.factdesk.base.RefusedException;
import org.factdesk.base.ui.Notifications;
import org.factdesk.security.AppRoles;

/**
 * Editors import an article by pasting it or by uploading a file, which fills the form for them to check. A refused
 * import keeps everything typed and says what to fix next to the field. The Import button stays in view (a bar
 * fixed to the bottom of the screen), a long article shows "Extracting claims…" while it is imported, and leaving a
 * filled form asks first.
 */
@Route("articles/import")
@RolesAllowed(AppRoles.EDITOR)
@Menu(order = 11, title = "nav.import", icon = "vaadin:upload")
class ArticleImportView extends VerticalLayout implements HasDynamicTitle, BeforeLeaveObserver {

    /** From this many characters on, the import shows its progress first: extraction takes a noticeable moment. */
    static final int LONG_ARTICLE = 4_000;

    final ArticleForm form = new ArticleForm();
    final ArticleFileUpload upload;
    final ArticleFromWeb fromWeb;
    final Button save = new Button();
    final HorizontalLayout progress = new HorizontalLayout();
    private final ArticleService articles;
    private final WebImportService web;
    private boolean leaving;

    ArticleImportView(ArticleService articles, WebImportService web, DeskSettingsService settings) {
        this.articles = articles;
        this.web = web;
        setMaxWidth("64rem");
        addClassName("fd-import");
        fromWeb = new ArticleFromWeb(web, settings.get().zoneId(), page -> form.fill(page.article()
                .toData(page.finalUrl())));
        upload = new ArticleFileUpload(articles, text -> {
            fromWeb.forget();
            form.fill(text);
        });
        save.setText(getTranslation("article.import.save"));
        save.addClickListener(click -> start());
        save.setId("article-save");
        // Extraction of a long article takes a moment: no second click meanwhile.
        save.setDisableOnClick(true);
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        ProgressBar bar = new ProgressBar();
        bar.setIndeterminate(true);
        bar.setWidth("8rem");
        Span extracting = new Span(getTranslation("article.import.extracting"));
        progress.add(extracting, bar);
        progress.setId("article-import-progress");
        progress.setAlignItems(FlexComponent.Alignment.CENTER);
        progress.setVisible(false);
        // Announced to screen readers as it appears.
        progress.getElement().setAttribute("role", "status");
        HorizontalLayout actions = new HorizontalLayout(save, progress);
        actions.setId("article-import-actions");
        actions.addClassName("fd-sticky-actions");
        actions.setAlignItems(FlexComponent.Alignment.CENTER);
        actions.setWidthFull();
        add(fromWeb, upload, form, actions);
    }

    /**
     * A short article is imported at once. A long one first shows "Extracting claims…": the browser draws it, and the
     * import runs in the round trip that follows, so the message is on screen while the claims are extracted.
     */
    private void start() {
        String body = form.body.getValue();
        // A refusal (no title, a text over the limit) comes at once; only an import that will run waits its turn.
        if (body.length() < LONG_ARTICLE || form.title.getValue().isBlank()
                || body.getBytes(StandardCharsets.UTF_8).length > ArticleData.MAX_TEXT_BYTES) {
            save();
            save.setEnabled(true);
            return;
        }
        form.clearErrors();
        progress.setVisible(true);
        getElement().executeJs("return 0").then(ignored -> {
            save();
            progress.setVisible(false);
            save.setEnabled(true);
        });
    }

    void save() {
        form.clearErrors();
        try {
            WebPage page = fromWeb.page().orElse(null);
            long id = page == null ? articles.importArticle(form.data()) : web.importArticle(form.data(), page);
            Notifications.success(this, "article.import.done");
            leaving = true;
            getUI().ifPresent(ui -> ui.navigate(ArticleRoutes.workspace(id)));
        } catch (ConstraintViolationException | RefusedException e) {
            form.show(e);
            Notifications.error(this, "article.import.invalid");
        }
    }

    /** Anything typed or uploaded would be lost by leaving: the editor is asked first. */
    @Override
    public void beforeLeave(BeforeLeaveEvent event) {
        if (leaving || !form.filled()) {
            return;
        }
        BeforeLeaveEvent.ContinueNavigationAction action = event.postpone();
        ConfirmDialog confirm = new ConfirmDialog();
        confirm.setId("import-leave-dialog");
        confirm.setHeader(getTranslation("article.import.leave.title"));
        confirm.setText(getTranslation("article.import.leave.text"));
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("article.import.leave.stay"));
        confirm.setConfirmText(getTranslation("article.import.leave.confirm"));
        confirm.setConfirmButtonTheme("error primary");
        confirm.addConfirmListener(confirmed -> {
            leaving = true;
            action.proceed();
        });
        confirm.open();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.import");
    }
}
