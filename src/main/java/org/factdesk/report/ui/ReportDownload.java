package org.factdesk.report.ui;

import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.server.streams.DownloadEvent;
import com.vaadin.flow.server.streams.DownloadHandler;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Locale;
import java.util.Optional;
import org.factdesk.report.ArticleReportExports;
import org.factdesk.report.ReportFile;
import org.factdesk.report.ReportFormat;

/**
 * Streams the report the dialog's choice describes when the browser asks for it. The handler runs outside the UI's
 * lock, so the choice is kept in volatile fields the dialog's listeners set. A report of an article deleted meanwhile
 * answers 404 and tells the user in the app.
 */
class ReportDownload implements DownloadHandler {

    private final ArticleReportExports exports;
    private final long articleId;
    private final Locale locale;
    private volatile ReportFormat format = ReportFormat.PDF;
    private volatile boolean includeInProgress;

    ReportDownload(ArticleReportExports exports, long articleId, Locale locale) {
        this.exports = exports;
        this.articleId = articleId;
        this.locale = locale;
    }

    void choose(ReportFormat chosen) {
        format = chosen;
    }

    void includeInProgress(boolean include) {
        includeInProgress = include;
    }

    @Override
    public void handleDownloadRequest(DownloadEvent event) throws IOException {
        Optional<ReportFile> file = exports.prepare(articleId, format, includeInProgress, locale);
        if (file.isEmpty()) {
            event.getResponse().setStatus(404);
            event.getUI().access(() -> Notification.show(event.getUI().getTranslation("report.error.article-gone"))
                    .addThemeVariants(NotificationVariant.LUMO_ERROR));
            return;
        }
        event.setFileName(file.get().fileName());
        event.setContentType(file.get().mimeType());
        try (OutputStream out = event.getOutputStream()) {
            file.get().writeTo(out);
        }
    }
}
