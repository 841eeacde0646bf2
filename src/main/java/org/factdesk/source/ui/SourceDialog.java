package org.factdesk.source.ui;

import org.factdesk.base.ui.Notifications;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import jakarta.validation.ConstraintViolationException;
import java.util.Map;
import java.util.Objects;
import org.factdesk.base.RefusedException;
import org.factdesk.base.ui.DateFields;
import org.factdesk.base.ui.FieldErrors;
import org.factdesk.source.Reliability;
import org.factdesk.source.SourceData;
import org.factdesk.source.SourceItem;
import org.factdesk.source.SourceKind;
import org.factdesk.source.SourceService;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.OptimisticLockingFailureException;

/** Adds a source to a claim or edits one; the service's refusals show next to the fields, and what was typed stays. */
class SourceDialog extends Dialog {

    final TextField url = new TextField();
    final TextField title = new TextField();
    final TextField publisher = new TextField();
    final Select<SourceKind> kind = new Select<>();
    final TextArea excerpt = new TextArea();
    final DatePicker accessedOn = DateFields.create();
    final Select<Reliability> reliability = new Select<>();
    final TextArea note = new TextArea();
    private final FieldErrors errors;

    SourceDialog(Component owner, SourceService sources, long claimId, @Nullable SourceItem existing,
                 Runnable onSaved) {
        setId("source-dialog");
        setHeaderTitle(getTranslation(existing == null ? "source.dialog.add" : "source.dialog.edit"));
        setWidth("min(44rem, 95vw)");
        configureFields();
        errors = new FieldErrors(this, Map.<String, HasValidation>of("url", url, "title", title, "publisher",
                publisher, "kind", kind, "excerpt", excerpt, "accessedOn", accessedOn, "reliability", reliability,
                "note", note));
        if (existing != null) {
            fill(existing.data());
        }
        FormLayout form = new FormLayout(url, title, publisher, kind, accessedOn, reliability, excerpt, note);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("30em", 2));
        form.setColspan(url, 2);
        form.setColspan(title, 2);
        form.setColspan(excerpt, 2);
        form.setColspan(note, 2);
        add(form);
        Button save = new Button(getTranslation("source.save"), click -> save(owner, sources, claimId, existing,
                onSaved));
        save.setId("source-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button cancel = new Button(getTranslation("action.cancel"), click -> close());
        cancel.setId("source-cancel");
        getFooter().add(cancel, save);
    }

    SourceData data() {
        return new SourceData(url.getValue(), title.getValue(), publisher.getValue(), kind.getValue(),
                excerpt.getValue(), accessedOn.getValue(), reliability.getValue(), note.getValue());
    }

    private void save(Component owner, SourceService sources, long claimId, @Nullable SourceItem existing,
                      Runnable onSaved) {
        errors.clear();
        try {
            if (existing == null) {
                sources.add(claimId, data());
            } else {
                sources.update(existing.id(), existing.version(), data());
            }
            close();
            Notifications.success(owner, existing == null ? "source.added" : "source.saved");
            onSaved.run();
        } catch (ConstraintViolationException e) {
            errors.show(e).forEach(Notification::show);
        } catch (RefusedException e) {
            close();
            Notifications.refused(owner, e, onSaved);
        } catch (OptimisticLockingFailureException e) {
            close();
            Notifications.refused(owner, new RefusedException(null, "source.error.stale"), onSaved);
        }
    }

    private void fill(SourceData data) {
        url.setValue(data.url());
        title.setValue(data.title());
        publisher.setValue(Objects.requireNonNullElse(data.publisher(), ""));
        kind.setValue(data.kind());
        excerpt.setValue(Objects.requireNonNullElse(data.excerpt(), ""));
        accessedOn.setValue(data.accessedOn());
        reliability.setValue(data.reliability());
        note.setValue(Objects.requireNonNullElse(data.note(), ""));
    }

    private void configureFields() {
        url.setLabel(getTranslation("source.url"));
        url.setId("source-url");
        url.setPlaceholder("https://");
        url.setMaxLength(SourceData.URL_MAX);
        url.setRequiredIndicatorVisible(true);
        title.setLabel(getTranslation("source.title"));
        title.setId("source-title");
        title.setMaxLength(SourceData.TITLE_MAX);
        title.setRequiredIndicatorVisible(true);
        publisher.setLabel(getTranslation("source.publisher"));
        publisher.setId("source-publisher");
        publisher.setMaxLength(SourceData.PUBLISHER_MAX);
        kind.setLabel(getTranslation("source.kind"));
        kind.setId("source-kind");
        kind.setItems(SourceKind.values());
        kind.setItemLabelGenerator(value -> getTranslation("source.kind." + value.name()));
        kind.setRequiredIndicatorVisible(true);
        excerpt.setLabel(getTranslation("source.excerpt"));
        excerpt.setId("source-excerpt");
        excerpt.setMaxLength(SourceData.EXCERPT_MAX);
        accessedOn.setLabel(getTranslation("source.accessed-on"));
        accessedOn.setId("source-accessed-on");
        reliability.setLabel(getTranslation("source.reliability"));
        reliability.setId("source-reliability");
        reliability.setItems(Reliability.values());
        reliability.setItemLabelGenerator(value -> getTranslation("source.reliability." + value.name()));
        reliability.setValue(Reliability.UNKNOWN);
        note.setLabel(getTranslation("source.note"));
        note.setId("source-note");
        note.setMaxLength(SourceData.NOTE_MAX);
    }
}
