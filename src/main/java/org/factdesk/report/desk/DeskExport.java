package org.factdesk.report.desk;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;
import org.factdesk.report.ReportProgress;

/**
 * A desk report being written in the background: cancel it, or wait for its file. {@link #result()} completes with
 * the file, or exceptionally with {@link ReportCancelledException} when cancelled, or with the failure.
 */
public final class DeskExport {

    /** Hears how far the export is, at most once per percent, from the export's own thread. */
    @FunctionalInterface
    public interface Listener {
        void progress(long done, long total);
    }

    private final AtomicBoolean cancelled = new AtomicBoolean();
    private final CompletableFuture<DeskExportFile> result = new CompletableFuture<>();

    public void cancel() {
        cancelled.set(true);
    }

    public CompletableFuture<DeskExportFile> result() {
        return result;
    }

    /** The writer's view of this export: cancelled when the user says so, progress passed on once per percent. */
    Progress progress(long total, Listener listener) {
        return new Progress(total, listener);
    }

    final class Progress implements ReportProgress {

        private final long total;
        private final Listener listener;
        private long written;
        private long lastPercent = -1;

        private Progress(long total, Listener listener) {
            this.total = total;
            this.listener = listener;
        }

        @Override
        public void claimWritten(long done) {
            written = done;
            // More claims than counted (approved meanwhile) stay at 100 %.
            long percent = total <= 0 ? 100 : Math.min(100, done * 100 / total);
            if (percent != lastPercent) {
                lastPercent = percent;
                listener.progress(done, Math.max(total, done));
            }
        }

        @Override
        public boolean cancelled() {
            return cancelled.get();
        }

        long written() {
            return written;
        }
    }
}
