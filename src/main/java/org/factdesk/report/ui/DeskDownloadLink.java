package org.factdesk.report.ui;

import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.nio.file.Files;
import org.factdesk.report.desk.DeskExportFile;
import org.jspecify.annotations.Nullable;

/**
 * The link to a finished desk report, streaming it from its temporary file (never the whole report in memory). The
 * file is deleted once downloaded, when another one replaces it, and when the user leaves the page.
 */
class DeskDownloadLink extends Anchor {

    private @Nullable DeskExportFile file;

    DeskDownloadLink() {
        setId("report-download");
        addClassName("fd-report-download");
        setVisible(false);
    }

    /** Shows the link to {@code made}; {@code downloaded} runs once the browser has it all. */
    void offer(DeskExportFile made, Runnable downloaded) {
        discard();
        file = made;
        setText(getTranslation("report.desk.download", made.fileName()));
        setHref(DownloadHandler.fromInputStream(event -> new DownloadResponse(Files.newInputStream(made.path()),
                made.fileName(), made.format().mimeType(), made.size()))
                .whenComplete(success -> {
                    if (success && file == made) {
                        discard();
                        downloaded.run();
                    }
                }));
        setVisible(true);
    }

    /** Has the browser download the offered file, as if the link were clicked. */
    void start() {
        getElement().executeJs("this.click()");
    }

    /** Is a finished report offered? */
    boolean offered() {
        return file != null;
    }

    void discard() {
        DeskExportFile current = file;
        file = null;
        setVisible(false);
        if (current != null) {
            current.delete();
        }
    }

    @Override
    protected void onDetach(DetachEvent detachEvent) {
        discard();
        super.onDetach(detachEvent);
    }
}
