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
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.TemporaryFileUploadHandler;
import jakarta.validation.ConstraintViolationException;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.factdesk.base.RefusedException;
import org.factdesk.base.ui.DateFields;
import org.factdesk.base.ui.FieldErrors;
import org.factdesk.base.ui.UploadTexts;
import org.factdesk.source.NewSourceFile;
import org.factdesk.source.Reliability;
import org.factdesk.source.SourceData;
import org.factdesk.source.SourceFileService;
import org.factdesk.source.SourceItem;
import org.factdesk.source.SourceKind;
import org.factdesk.source.SourceService;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.OptimisticLockingFailureException;

/**
 * Adds a source to a claim or edits one; the service's refusals show next to the fields, and what was typed stays.
 * Files dropped or chosen wait in temporary files, checked by content at once, and are attached when the source is
 * saved; a refused file is named with the reason and nothing else is lost.
 */
class SourceDialog extends Dialog {

    /** A file uploaded into the dialog, waiting for the source to be saved. */
    record Pending(String name, File file, String contentType) {
    }

    final TextField url = new TextField();
    final TextField title = new TextField();
    final TextField publisher = new TextField();
    final Select<SourceKind> kind = new Select<>();
    final TextArea excerpt = new TextArea();
    final DatePicker accessedOn = DateFields.create();
    final Select<Reliability> reliability = new Select<>();
    final TextArea note = new TextArea();
    final Upload upload = new Upload();
    final Div pendingList = new Div();
    final Span fileError = new Span();
    final List<Pending> pending = new ArrayList<>();
    private final SourceFileService files;
    private final FieldErrors errors;

    SourceDialog(Component owner, SourceService sources, SourceFileService files, long claimId,
                 @Nullable SourceItem existing, Runnable onSaved) {
        this.files = files;
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
        configureUpload();
        Div attachments = new Div(new Span(getTranslation("source.files")), upload, fileError, pendingList);
        attachments.addClassName("fd-source-upload");
        FormLayout form = new FormLayout(kind, url, title, publisher, accessedOn, reliability, excerpt, note,
                attachments);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("30em", 2));
        form.setColspan(url, 2);
        form.setColspan(title, 2);
        form.setColspan(excerpt, 2);
        form.setColspan(note, 2);
        form.setColspan(attachments, 2);
        add(form);
        Button save = new Button(getTranslation("source.save"), click -> save(owner, sources, claimId, existing,
                onSaved));
        save.setId("source-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button cancel = new Button(getTranslation("action.cancel"), click -> close());
        cancel.setId("source-cancel");
        getFooter().add(cancel, save);
        addOpenedChangeListener(event -> {
            if (!event.isOpened()) {
                discardPending();
            }
        });
    }

    /** An upload arrived: kept when its content is of an allowed type, else named with the reason and dropped. */
    void received(String name, File file) {
        upload.clearFileList();
        try {
            String type = files.check(() -> Files.newInputStream(file.toPath()));
            fileError.setText("");
            pending.add(new Pending(name, file, type));
            showPending();
        } catch (RefusedException e) {
            deleteQuietly(file);
            refuseFile(name, e.key());
        }
    }

    private void refuseFile(String name, String key) {
        fileError.setText(getTranslation("source.file.refused", name, getTranslation(key)));
    }

    private void showPending() {
        pendingList.removeAll();
        for (Pending file : pending) {
            Button remove = new Button(getTranslation("source.file.remove"), click -> {
                pending.remove(file);
                deleteQuietly(file.file());
                showPending();
            });
            remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
            remove.getElement().setAttribute("aria-label", getTranslation("source.file.remove-named", file.name()));
            Div line = new Div(new Span(file.name()), remove);
            line.addClassName("fd-source-pending-file");
            pendingList.add(line);
        }
    }

    private void discardPending() {
        pending.forEach(file -> deleteQuietly(file.file()));
        pending.clear();
    }

    private static void deleteQuietly(File file) {
        try {
            Files.deleteIfExists(file.toPath());
        } catch (IOException e) {
            // A temporary file left behind is removed with the others when the server stops.
        }
    }

    private List<NewSourceFile> toAttach() {
        return pending.stream().map(file -> new NewSourceFile(file.name(),
                () -> Files.newInputStream(file.file().toPath()))).toList();
    }

    private void configureUpload() {
        upload.setId("source-upload");
        // The server stops reading past the limit too, whatever the browser was told.
        upload.setUploadHandler(new TemporaryFileUploadHandler((metadata, file) -> received(metadata.fileName(),
                file)) {
            @Override
            public long getFileSizeMax() {
                return SourceFileService.MAX_SIZE;
            }
        });
        upload.setMaxFileSize((int) SourceFileService.MAX_SIZE);
        upload.setAcceptedFileTypes("application/pdf", ".pdf", "image/png", ".png", "image/jpeg", ".jpg", ".jpeg",
                "message/rfc822", ".eml", "text/plain", ".txt");
        upload.setDropAllowed(true);
        UploadTexts.localize(upload, getTranslation("source.file.add"), getTranslation("source.file.drop"),
                getTranslation("source.file.error.too-large"), getTranslation("source.file.error.type"),
                getTranslation("source.file.error.type"));
        upload.addFileRejectedListener(event -> fileError.setText(getTranslation("source.file.refused",
                event.getFileName(), event.getErrorMessage())));
        fileError.setId("source-file-error");
        fileError.addClassName("fd-error-text");
        fileError.getElement().setAttribute("role", "alert");
        pendingList.setId("source-pending-files");
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
                sources.add(claimId, data(), toAttach());
            } else {
                sources.update(existing.id(), existing.version(), data());
                for (NewSourceFile file : toAttach()) {
                    files.attach(existing.id(), file);
                }
            }
            close();
            Notifications.success(owner, existing == null ? "source.added" : "source.saved");
            onSaved.run();
        } catch (ConstraintViolationException e) {
            errors.show(e).forEach(Notification::show);
        } catch (RefusedException e) {
            if (e.key().startsWith("source.file.")) {
                // A file the service refused (too large once received): the form stays as it was typed.
                refuseFile("", e.key());
                return;
            }
            close();
            Notifications.refused(owner, e, onSaved);
        } catch (OptimisticLockingFailureException e) {
            close();
            Notifications.refused(owner, new RefusedException(null, "source.error.stale"), onSaved);
        }
    }

    private void fill(SourceData data) {
        url.setValue(Objects.requireNonNullElse(data.url(), ""));
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
        url.setHelperText(getTranslation("source.url.help"));
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
        // Required, but not with Select's own indicator: it puts aria-required on the select's button, where
        // assistive technology may not look for it (axe: aria-allowed-attr). The mark is drawn by styles.css; a
        // missing kind is refused on save with a message.
        kind.addClassName("fd-required");
        // The address is asked only of the kinds that have one (an interview or an e-mail has none).
        kind.addValueChangeListener(event -> url.setRequiredIndicatorVisible(event.getValue() == null
                || event.getValue().needsAddress()));
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
