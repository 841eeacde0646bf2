package org.factdesk.article.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.UploadEvent;
import java.io.IOException;
import java.io.InputStream;
import java.util.function.Consumer;
import org.factdesk.article.ArticleData;
import org.factdesk.article.ArticleService;
import org.factdesk.article.ImportedText;
import org.factdesk.base.RefusedException;
import org.factdesk.base.ui.UploadTexts;

/** Reads a .txt, .md or .html file on the server and hands its title and body to the import form. */
class ArticleFileUpload extends Composite<VerticalLayout> {

    private final ArticleService articles;
    private final Consumer<ImportedText> onRead;
    private final Span message = new Span();

    ArticleFileUpload(ArticleService articles, Consumer<ImportedText> onRead) {
        this.articles = articles;
        this.onRead = onRead;
        Upload upload = new Upload(this::streamed);
        upload.setId("article-upload");
        upload.setMaxFiles(1);
        upload.setMaxFileSize(ArticleData.MAX_TEXT_BYTES);
        upload.setAcceptedFileTypes(".txt", ".md", ".markdown", ".html", ".htm", "text/plain", "text/markdown",
                "text/html");
        UploadTexts.localize(upload, getTranslation("upload.choose-one"), getTranslation("upload.drop-one"),
                getTranslation("article.error.file-too-large", ArticleData.MAX_TEXT_BYTES / (1024 * 1024)),
                getTranslation("article.error.file-type"), getTranslation("upload.too-many"));
        upload.addFileRejectedListener(event -> showError(getTranslation("article.error.file-rejected",
                ArticleData.MAX_TEXT_BYTES / (1024 * 1024))));
        message.setId("article-upload-message");
        message.addClassName("fd-field-message");
        getContent().setPadding(false);
        getContent().setSpacing(false);
        getContent().add(new Span(getTranslation("article.upload.label")), upload, message);
    }

    /**
     * Reads the upload as it arrives, on the request's thread and without the page's lock: at most one byte past the
     * limit is read, so an oversized file is refused without being held whole (the browser's own size check can be
     * bypassed). Only the outcome is shown under the lock.
     */
    private void streamed(UploadEvent event) throws IOException {
        String fileName = event.getFileName();
        try (InputStream in = event.getInputStream()) {
            ImportedText text = articles.readFile(fileName, in);
            event.getUI().access(() -> read(fileName, text));
        } catch (RefusedException e) {
            event.getUI().access(() -> showError(getTranslation(e.key(), e.params())));
        }
    }

    private void read(String fileName, ImportedText text) {
        message.setText(getTranslation("article.upload.read", fileName));
        message.removeClassName("fd-error");
        onRead.accept(text);
    }

    String message() {
        return message.getText();
    }

    private void showError(String text) {
        message.setText(text);
        message.addClassName("fd-error");
    }
}
