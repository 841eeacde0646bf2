package org.factdesk.report.desk;

import java.io.BufferedOutputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import org.factdesk.base.Translations;
import org.factdesk.report.ReportFormat;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.concurrent.DelegatingSecurityContextRunnable;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.stereotype.Component;

/**
 * Runs desk reports in the background, each into a temporary file, at most two at a time (the others wait their
 * turn): the user sees progress and may cancel, a cancelled or failed report leaves no file behind, and the
 * download starts only once the report is whole, so a half-written report never lands in anyone's downloads.
 */
@Component
class DeskExports implements DisposableBean {

    private static final int PARALLEL = 2;
    private static final int BUFFER = 64 * 1024;

    private final Map<ReportFormat, DeskReportWriter> writers = new EnumMap<>(ReportFormat.class);
    private final Translations translations;
    private final SecurityContextHolderStrategy security;
    private final ExecutorService executor = Executors.newFixedThreadPool(PARALLEL, threads());

    DeskExports(List<DeskReportWriter> writers, Translations translations,
                ObjectProvider<SecurityContextHolderStrategy> security) {
        writers.forEach(writer -> this.writers.put(writer.format(), writer));
        this.translations = translations;
        this.security = security.getIfUnique(SecurityContextHolder::getContextHolderStrategy);
    }

    List<ReportFormat> formats() {
        return writers.keySet().stream().sorted(Comparator.naturalOrder()).toList();
    }

    DeskReportWriter writer(ReportFormat format) {
        DeskReportWriter writer = writers.get(format);
        if (writer == null) {
            throw new IllegalArgumentException("No desk report writer for " + format);
        }
        return writer;
    }

    /** Starts writing the report; its reads run as the user who asked, as they would in the request. */
    DeskExport start(DeskReport report, ReportFormat format, long total, DeskExport.Listener listener) {
        DeskReportWriter writer = writer(format);
        DeskExport export = new DeskExport();
        DelegatingSecurityContextRunnable job = new DelegatingSecurityContextRunnable(
                () -> run(export, report, writer, total, listener), security.getContext());
        job.setSecurityContextHolderStrategy(security);
        executor.execute(job);
        return export;
    }

    private void run(DeskExport export, DeskReport report, DeskReportWriter writer, long total,
                     DeskExport.Listener listener) {
        @Nullable Path file = null;
        try {
            DeskExport.Progress progress = export.progress(total, listener);
            // Cancelled while waiting for its turn: no file at all.
            progress.checkCancelled();
            file = Files.createTempFile("factdesk-desk-report-", "." + writer.format().extension());
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), BUFFER)) {
                writer.write(report, out, progress);
            }
            export.result().complete(new DeskExportFile(file, fileName(report, writer.format()), writer.format(),
                    Files.size(file), progress.written()));
        } catch (Exception | Error e) {
            deleteQuietly(file);
            export.result().completeExceptionally(e);
        }
    }

    String fileName(DeskReport report, ReportFormat format) {
        return translations.getTranslation("report.desk.file-name", report.locale(), report.from().toString(),
                report.to().toString()) + "." + format.extension();
    }

    private static void deleteQuietly(@Nullable Path file) {
        try {
            if (file != null) {
                Files.deleteIfExists(file);
            }
        } catch (java.io.IOException ignored) {
            // A leftover in the temp folder is the system's to clean; the user has the failure to deal with.
        }
    }

    private static ThreadFactory threads() {
        AtomicInteger count = new AtomicInteger();
        return job -> {
            Thread thread = new Thread(job, "desk-report-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }

    @Override
    public void destroy() {
        executor.shutdownNow();
    }
}
