package org.factdesk.article.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.ConstraintViolationException;
import java.time.LocalDate;
import java.util.Map;
import org.factdesk.article.ArticleData;
import org.factdesk.article.ArticleService;
import org.factdesk.base.RefusedException;
import org.factdesk.base.ui.FieldErrors;
import org.factdesk.base.ui.LanguageField;
import org.factdesk.desk.DeskSettingsService;
import org.factdesk.security.AppRoles;

/**
 * Editors import an article by pasting it or by uploading a file, which fills the form for them to check. A refused
 * import keeps everything typed and says what to fix next to the field.
 */
@Route("articles/import")
@RolesAllowed(AppRoles.EDITOR)
@Menu(order = 11, title = "nav.import", icon = "vaadin:upload")
class ArticleImportView extends VerticalLayout implements HasDynamicTitle {

    final TextField title = new TextField();
    final TextArea body = new TextArea();
    final TextField outlet = new TextField();
    final TextField url = new TextField();
    final TextField byline = new TextField();
    final DatePicker publishedOn = new DatePicker();
    final LanguageField language = new LanguageField();
    final ArticleFileUpload upload;
    private final ArticleService articles;
    private final FieldErrors errors;

    ArticleImportView(ArticleService articles, DeskSettingsService settings) {
        this.articles = articles;
        setMaxWidth("64rem");
        configureFields();
        language.setValue(settings.get().defaultLanguage());
        upload = new ArticleFileUpload(articles, text -> {
            title.setValue(text.title());
            body.setValue(text.body());
        });
        errors = new FieldErrors(this, Map.<String, HasValidation>of("title", title, "body", body,
                "outlet", outlet, "url", url, "byline", byline, "publishedOn", publishedOn, "language", language));
        FormLayout metadata = new FormLayout(outlet, url, byline, publishedOn, language);
        metadata.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("40em", 2));
        Button save = new Button(getTranslation("article.import.save"), click -> save());
        save.setId("article-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(upload, title, body, metadata, save);
    }

    private void configureFields() {
        title.setLabel(getTranslation("article.title"));
        title.setMaxLength(ArticleData.TITLE_MAX);
        title.setRequiredIndicatorVisible(true);
        title.setWidthFull();
        title.setId("article-title");
        body.setLabel(getTranslation("article.body"));
        body.setHelperText(getTranslation("article.body.help", ArticleData.MAX_TEXT_BYTES / (1024 * 1024)));
        body.setRequiredIndicatorVisible(true);
        body.setWidthFull();
        body.setMinHeight("16rem");
        body.setMaxHeight("32rem");
        body.setId("article-body");
        outlet.setLabel(getTranslation("article.outlet"));
        outlet.setMaxLength(ArticleData.OUTLET_MAX);
        outlet.setId("article-outlet");
        url.setLabel(getTranslation("article.url"));
        url.setPlaceholder("https://");
        url.setId("article-url");
        byline.setLabel(getTranslation("article.byline"));
        byline.setMaxLength(ArticleData.BYLINE_MAX);
        byline.setId("article-byline");
        publishedOn.setLabel(getTranslation("article.published-on"));
        publishedOn.setMin(ArticleData.EARLIEST_PUBLICATION);
        publishedOn.setId("article-published-on");
        language.setLabel(getTranslation("article.language"));
        language.setId("article-language");
    }

    void save() {
        errors.clear();
        LocalDate date = publishedOn.getValue();
        try {
            long id = articles.importArticle(new ArticleData(title.getValue(), body.getValue(), outlet.getValue(),
                    url.getValue(), byline.getValue(), date, language.getValue() == null ? "" : language.getValue()));
            Notification.show(getTranslation("article.import.done")).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            getUI().ifPresent(ui -> ui.navigate(ArticleView.class, ArticleView.parameters(id)));
        } catch (ConstraintViolationException e) {
            errors.show(e).forEach(Notification::show);
            Notification.show(getTranslation("article.import.invalid"))
                    .addThemeVariants(NotificationVariant.LUMO_ERROR);
        } catch (RefusedException e) {
            errors.show(String.valueOf(e.field()), e.key(), e.params());
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.import");
    }
}
