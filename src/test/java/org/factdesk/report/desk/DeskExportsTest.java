package org.factdesk.report.desk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.factdesk.base.Translations;
import org.factdesk.report.DeskReportFilter;
import org.factdesk.desk.DeskSettingsData;
import org.factdesk.rating.ScaleBounds;
import org.factdesk.report.ReportCancelledException;
import org.factdesk.report.ReportFormat;
import org.factdesk.report.ReportProgress;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

/**
 * The background export, with a stand-in writer the test steers: the file appears only when the report is whole,
 * cancelling stops the writer and leaves no file, a failure leaves no file, progress is told at most once per
 * percent, and the writer reads as the user who asked. (The waits only guard against a hang; nothing is timed.)
 */
class DeskExportsTest {

    private static final DeskReport REPORT = new DeskReport(
            new DeskSettingsData("FactDesk", "https://factcheck.example.org", "Europe/Paris", "fr"),
            LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 31), null, null,
            new DeskReportFilter(Instant.EPOCH, Instant.EPOCH, null, null), Instant.EPOCH, "Eddie Editor", List.of(),
            ScaleBounds.NONE, Locale.ENGLISH);

    private final Steered writer = new Steered();
    private DeskExports exports;
    private Set<Path> before;

    @BeforeEach
    void exports() throws IOException {
        exports = new DeskExports(List.of(writer), new Translations(),
                new StaticListableBeanFactory().getBeanProvider(SecurityContextHolderStrategy.class));
        SecurityContextHolder.getContext().setAuthentication(new TestingAuthenticationToken("chloe", "", "ROLE_VIEWER"));
        before = exportFiles();
    }

    @AfterEach
    void stop() {
        exports.destroy();
        SecurityContextHolder.clearContext();
    }

    @Test
    void a_finished_export_is_a_file_named_after_the_range_holding_the_whole_report() throws Exception {
        writer.claims = 3;
        DeskExportFile file = exports.start(REPORT, ReportFormat.CSV, 3, (done, total) -> { }).result()
                .get(30, TimeUnit.SECONDS);

        assertThat(file.fileName()).isEqualTo("desk-report-2026-03-01-to-2026-03-31.csv");
        assertThat(Files.readString(file.path())).isEqualTo("claim 1\nclaim 2\nclaim 3\n");
        assertThat(file.size()).isEqualTo(Files.size(file.path()));
        assertThat(file.claims()).isEqualTo(3);
        assertThat(writer.reader).as("the export reads as the user who asked").isEqualTo("chloe");
        file.delete();
        assertThat(file.path()).doesNotExist();
    }

    @Test
    void cancelling_stops_the_writer_at_the_next_claim_and_leaves_no_file() throws Exception {
        writer.claims = 1_000;
        writer.pauseAfterFirst = true;
        DeskExport export = exports.start(REPORT, ReportFormat.CSV, 1_000, (done, total) -> { });
        assertThat(writer.firstWritten.await(30, TimeUnit.SECONDS)).isTrue();

        export.cancel();
        writer.resume.countDown();

        assertThatThrownBy(() -> export.result().get(30, TimeUnit.SECONDS)).isInstanceOf(ExecutionException.class)
                .hasCauseInstanceOf(ReportCancelledException.class);
        assertThat(writer.written).isEqualTo(1);
        assertThat(exportFiles()).isEqualTo(before);
    }

    @Test
    void a_failed_export_leaves_no_file() throws IOException {
        writer.claims = 2;
        writer.failAt = 2;

        DeskExport export = exports.start(REPORT, ReportFormat.CSV, 2, (done, total) -> { });

        assertThatThrownBy(() -> export.result().get(30, TimeUnit.SECONDS)).isInstanceOf(ExecutionException.class)
                .hasCauseInstanceOf(IOException.class);
        assertThat(exportFiles()).isEqualTo(before);
    }

    @Test
    void progress_is_told_at_the_first_claim_then_once_per_percent() throws Exception {
        writer.claims = 5_000;
        List<long[]> told = new CopyOnWriteArrayList<>();

        exports.start(REPORT, ReportFormat.CSV, 5_000, (done, total) -> told.add(new long[] {done, total})).result()
                .get(30, TimeUnit.SECONDS).delete();

        assertThat(told).as("the first claim, then each percent").hasSize(101);
        assertThat(told.getFirst()).containsExactly(1, 5_000);
        assertThat(told.get(1)).containsExactly(50, 5_000);
        assertThat(told.getLast()).containsExactly(5_000, 5_000);
    }

    private static Set<Path> exportFiles() throws IOException {
        try (Stream<Path> files = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
            return files.filter(file -> file.getFileName().toString().startsWith("factdesk-desk-report-"))
                    .collect(Collectors.toSet());
        }
    }

    /** Writes one line per claim as a real writer would: cancellation checked before each, progress after. */
    private static final class Steered implements DeskReportWriter {

        final CountDownLatch firstWritten = new CountDownLatch(1);
        final CountDownLatch resume = new CountDownLatch(1);
        volatile int claims;
        volatile int failAt = -1;
        volatile boolean pauseAfterFirst;
        volatile int written;
        volatile String reader;

        @Override
        public ReportFormat format() {
            return ReportFormat.CSV;
        }

        @Override
        public void write(DeskReport report, OutputStream out, ReportProgress progress) throws IOException {
            reader = SecurityContextHolder.getContext().getAuthentication().getName();
            for (int claim = 1; claim <= claims; claim++) {
                progress.checkCancelled();
                if (claim == failAt) {
                    throw new IOException("disk full");
                }
                out.write(("claim " + claim + "\n").getBytes(StandardCharsets.UTF_8));
                written = claim;
                progress.claimWritten(claim);
                if (claim == 1 && pauseAfterFirst) {
                    firstWritten.countDown();
                    awaitResume();
                }
            }
        }

        private void awaitResume() {
            try {
                resume.await(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
