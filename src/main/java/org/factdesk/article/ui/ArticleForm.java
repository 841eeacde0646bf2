package org.factdesk.article.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import jakarta.validation.ConstraintViolationException;
import java.util.Map;
import java.util.Objects;
import org.factdesk.article.ArticleData;
import org.factdesk.article.ArticleDetails;
import org.factdesk.article.ImportedText;
import org.factdesk.base.RefusedException;
import org.factdesk.base.ui.DateFields;
import org.factdesk.base.ui.FieldErrors;
import org.factdesk.base.ui.LanguageField;

/** An article's title, text and metadata, for importing and for editing. The service's refusals show by the field. */
class ArticleForm extends Composite<VerticalLayout> {

    final TextField title = new TextField();
    final TextArea body = new TextArea();
    final TextField outlet = new TextField();
    final TextField url = new TextField();
    final TextField byline = new TextField();
    final DatePicker publishedOn = DateFields.create();
    final LanguageField language = new LanguageField();
    private final FieldErrors errors;

    ArticleForm() {
        configureFields();
        errors = new FieldErrors(this, Map.<String, HasValidation>of("title", title, "body", body,
                "outlet", outlet, "url", url, "byline", byline, "publishedOn", publishedOn, "language", language));
        FormLayout metadata = new FormLayout(outlet, url, byline, publishedOn, language);
        metadata.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("40em", 2));
        getContent().setPadding(false);
        getContent().add(title, body, metadata);
    }

    ArticleData data() {
        return new ArticleData(title.getValue(), body.getValue(), outlet.getValue(), url.getValue(),
                byline.getValue(), publishedOn.getValue(), language.getValue());
    }

    void fill(ImportedText text) {
        title.setValue(text.title());
        body.setValue(text.body());
    }

    /** Everything read from a published page, for the editor to check; fields the page left empty are emptied. */
    void fill(ArticleData article) {
        fill(new ImportedText(article.title(), article.body()));
        outlet.setValue(Objects.requireNonNullElse(article.outlet(), ""));
        url.setValue(Objects.requireNonNullElse(article.url(), ""));
        byline.setValue(Objects.requireNonNullElse(article.byline(), ""));
        publishedOn.setValue(article.publishedOn());
        language.setValue(article.language());
    }

    void fill(ArticleDetails article) {
        fill(new ImportedText(article.title(), article.body()));
        outlet.setValue(Objects.requireNonNullElse(article.outlet(), ""));
        url.setValue(Objects.requireNonNullElse(article.url(), ""));
        byline.setValue(Objects.requireNonNullElse(article.byline(), ""));
        publishedOn.setValue(article.publishedOn());
        language.setValue(article.language());
    }

    /** Has anything been typed, uploaded or chosen that leaving the page would lose? */
    boolean filled() {
        return !title.getValue().isBlank() || !body.getValue().isBlank() || !outlet.getValue().isBlank()
                || !url.getValue().isBlank() || !byline.getValue().isBlank() || publishedOn.getValue() != null
                || language.getValue() != null;
    }

    void clearErrors() {
        errors.clear();
    }

    /** Shows why the service refused; everything typed stays in the fields. */
    void show(RuntimeException refusal) {
        if (refusal instanceof ConstraintViolationException violations) {
            errors.show(violations).forEach(Notification::show);
        } else if (refusal instanceof RefusedException refused && refused.field() != null) {
            errors.show(refused.field(), refused.key(), refused.params());
        } else if (refusal instanceof RefusedException refused) {
            Notification.show(getTranslation(refused.key(), refused.params()));
        }
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
        language.setPlaceholder(getTranslation("article.language.detect"));
        language.setHelperText(getTranslation("article.language.help"));
        language.setClearButtonVisible(true);
        language.setId("article-language");
    }
}
