package org.factdesk.article.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;
import com.vaadin.flow.server.streams.UploadHandler;
import java.util.function.Consumer;
import org.factdesk.article.ArticleData;
import org.factdesk.article.ArticleService;
import org.factdesk.article.ImportedText;
import org.factdesk.base.RefusedException;

/** Reads a .txt, .md or .html file on the server and hands its title and body to the import form. */
class ArticleFileUpload extends Composite<VerticalLayout> {

    private final ArticleService articles;
    private final Consumer<ImportedText> onRead;
    private final Span message = new Span();

    ArticleFileUpload(ArticleService articles, Consumer<ImportedText> onRead) {
        this.articles = articles;
        this.onRead = onRead;
        Upload upload = new Upload(UploadHandler.inMemory((metadata, bytes) ->
                getUI().ifPresent(ui -> ui.access(() -> fileReceived(metadata.fileName(), bytes)))));
        upload.setId("article-upload");
        upload.setMaxFiles(1);
        upload.setMaxFileSize(ArticleData.MAX_TEXT_BYTES);
        upload.setAcceptedFileTypes(".txt", ".md", ".markdown", ".html", ".htm", "text/plain", "text/markdown",
                "text/html");
        upload.setI18n(i18n());
        upload.addFileRejectedListener(event -> showError(getTranslation("article.error.file-rejected",
                ArticleData.MAX_TEXT_BYTES / (1024 * 1024))));
        message.setId("article-upload-message");
        message.addClassName("fd-field-message");
        getContent().setPadding(false);
        getContent().setSpacing(false);
        getContent().add(new Span(getTranslation("article.upload.label")), upload, message);
    }

    /** Called with the file's bytes once it has arrived; also the entry point for tests. */
    void fileReceived(String fileName, byte[] bytes) {
        try {
            ImportedText text = articles.readFile(fileName, bytes);
            message.setText(getTranslation("article.upload.read", fileName));
            message.removeClassName("fd-error");
            onRead.accept(text);
        } catch (RefusedException e) {
            showError(getTranslation(e.key(), e.params()));
        }
    }

    String message() {
        return message.getText();
    }

    private void showError(String text) {
        message.setText(text);
        message.addClassName("fd-error");
    }

    private UploadI18N i18n() {
        UploadI18N i18n = new UploadI18N();
        i18n.setDropFiles(new UploadI18N.DropFiles().setOne(getTranslation("article.upload.drop"))
                .setMany(getTranslation("article.upload.drop")));
        i18n.setAddFiles(new UploadI18N.AddFiles().setOne(getTranslation("article.upload.button"))
                .setMany(getTranslation("article.upload.button")));
        i18n.setError(new UploadI18N.Error().setTooManyFiles(getTranslation("article.upload.too-many"))
                .setFileIsTooBig(getTranslation("article.error.file-too-large", ArticleData.MAX_TEXT_BYTES / (1024 * 1024)))
                .setIncorrectFileType(getTranslation("article.error.file-type")));
        i18n.setUploading(new UploadI18N.Uploading()
                .setStatus(new UploadI18N.Uploading.Status().setConnecting(getTranslation("article.upload.connecting"))
                        .setProcessing(getTranslation("article.upload.processing"))
                        .setHeld(getTranslation("article.upload.held")))
                .setRemainingTime(new UploadI18N.Uploading.RemainingTime()
                        .setPrefix(getTranslation("article.upload.remaining"))
                        .setUnknown(getTranslation("article.upload.remaining-unknown")))
                .setError(new UploadI18N.Uploading.Error()
                        .setServerUnavailable(getTranslation("article.upload.server-error"))
                        .setUnexpectedServerError(getTranslation("article.upload.server-error"))
                        .setForbidden(getTranslation("article.upload.server-error"))));
        i18n.setUnits(new UploadI18N.Units(java.util.List.of("B", "kB", "MB", "GB", "TB", "PB", "EB", "ZB", "YB")));
        return i18n;
    }
}
