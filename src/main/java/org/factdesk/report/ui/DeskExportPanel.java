package org.factdesk.report.ui;

import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.UIDetachedException;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Supplier;
import org.factdesk.report.desk.DeskExport;
import org.factdesk.report.desk.DeskExportFile;
import org.factdesk.report.desk.DeskReport;
import org.factdesk.report.desk.DeskReportRequest;
import org.factdesk.report.desk.DeskReportService;
import org.factdesk.report.ReportCancelledException;
import org.factdesk.report.ReportFormat;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Exports the desk report: the report is written into a temporary file in the background while a progress bar
 * follows it (pushed to the browser) and a button cancels it; once whole, the browser downloads it at once (one click
 * on Export is enough) and a link stays for downloading it again. Changing the choice hides a report made for the
 * previous one.
 * A temporary file rather than streaming the report into the download request: progress and cancel stay on this
 * page, the read transaction does not last as long as a slow connection, and a failed or cancelled report never
 * lands half-written in anyone's downloads.
 */
class DeskExportPanel extends Div {

    private static final Logger LOG = LoggerFactory.getLogger(DeskExportPanel.class);

    private final DeskReportService reports;
    private final Supplier<Optional<DeskReportRequest>> request;
    private final Supplier<@Nullable ReportFormat> format;
    private final Button export = new Button();
    private final Button cancel = new Button();
    private final ProgressBar bar = new ProgressBar();
    private final Span status = new Span();
    private final DeskDownloadLink download = new DeskDownloadLink();
    private boolean exportable;
    private @Nullable DeskExport running;
    /** Completes once the running export's outcome is queued for this tab. */
    private @Nullable CompletableFuture<?> outcome;

    DeskExportPanel(DeskReportService reports, Supplier<Optional<DeskReportRequest>> request,
                    Supplier<@Nullable ReportFormat> format) {
        this.reports = reports;
        this.request = request;
        this.format = format;
        addClassName("fd-report-export");
        export.setText(getTranslation("report.desk.export"));
        export.setIcon(VaadinIcon.DOWNLOAD_ALT.create());
        export.setId("report-export");
        export.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        export.addClickListener(click -> start());
        cancel.setText(getTranslation("report.desk.cancel"));
        cancel.setId("report-cancel");
        cancel.addClickListener(click -> cancel());
        bar.setId("report-progress");
        status.setId("report-status");
        HorizontalLayout buttons = new HorizontalLayout(export, cancel, download);
        buttons.setAlignItems(FlexComponent.Alignment.BASELINE);
        add(buttons, bar, status);
        idle();
    }

    void setExportable(boolean exportable) {
        this.exportable = exportable;
        export.setEnabled(exportable && running == null);
    }

    private void start() {
        Optional<DeskReportRequest> asked = request.get();
        ReportFormat chosen = format.get();
        UI ui = UI.getCurrent();
        if (asked.isEmpty() || chosen == null || ui == null) {
            return;
        }
        download.discard();
        running = launch(ui, reports.prepare(asked.get(), getLocale()), chosen);
        export.setEnabled(false);
        cancel.setVisible(true);
        cancel.setEnabled(true);
        bar.setVisible(true);
        bar.setIndeterminate(true);
        status.setText(getTranslation("report.desk.preparing"));
    }

    /** Starts the export; its progress and outcome reach this tab through {@code ui.access}, pushed at once. */
    private DeskExport launch(UI ui, DeskReport report, ReportFormat chosen) {
        // ui.access runs after this request has released the session, so by then self[0] is set.
        DeskExport[] self = new DeskExport[1];
        DeskExport started = reports.export(report, chosen, (done, total) -> {
            try {
                ui.access(() -> progress(self[0], done, total));
            } catch (UIDetachedException gone) {
                throw new ReportCancelledException();
            }
        });
        self[0] = started;
        outcome = started.result().whenComplete((made, error) -> {
            try {
                ui.access(() -> finished(started, made, error));
            } catch (UIDetachedException gone) {
                if (made != null) {
                    made.delete();
                }
            }
        });
        return started;
    }

    private void progress(@Nullable DeskExport export, long done, long total) {
        if (export == null || export != running) {
            return;
        }
        bar.setIndeterminate(false);
        bar.setValue(total == 0 ? 1 : (double) done / total);
        status.setText(getTranslation("report.desk.progress", done, total));
    }

    private void cancel() {
        DeskExport current = running;
        if (current != null) {
            current.cancel();
            cancel.setEnabled(false);
            status.setText(getTranslation("report.desk.cancelling"));
        }
    }

    private void finished(DeskExport export, @Nullable DeskExportFile made, @Nullable Throwable error) {
        if (export != running) {
            // The user left or started another export meanwhile: nobody will download this one.
            if (made != null) {
                made.delete();
            }
            return;
        }
        running = null;
        idle();
        Throwable cause = error instanceof CompletionException ? error.getCause() : error;
        if (made != null) {
            offer(made);
        } else if (cause instanceof ReportCancelledException) {
            status.setText(getTranslation("report.desk.cancelled"));
        } else {
            LOG.error("Desk report export failed", cause);
            status.setText(getTranslation("report.desk.failed"));
        }
    }

    private void offer(DeskExportFile made) {
        status.setText(getTranslation("report.desk.ready", made.claims()));
        download.offer(made, () -> status.setText(getTranslation("report.desk.downloaded")));
        download.start();
    }

    /**
     * The format or a filter changed: a report made, or being made, for the previous choice would mislead, so it goes
     * (a running export is cancelled, a finished one's link and file removed).
     */
    void choiceChanged() {
        DeskExport current = running;
        running = null;
        if (current != null) {
            current.cancel();
        }
        download.discard();
        status.setText("");
        idle();
    }

    private void idle() {
        export.setEnabled(exportable);
        cancel.setVisible(false);
        bar.setVisible(false);
    }

    @Override
    protected void onDetach(DetachEvent detachEvent) {
        DeskExport current = running;
        running = null;
        if (current != null) {
            current.cancel();
        }
        super.onDetach(detachEvent);
    }

    /** For tests: completes once the last export's outcome waits in this tab's queue of UI changes. */
    Optional<CompletableFuture<?>> lastOutcome() {
        return Optional.ofNullable(outcome);
    }
}
