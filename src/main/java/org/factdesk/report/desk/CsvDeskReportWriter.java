package org.factdesk.report.desk;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import org.apache.commons.csv.CSVPrinter;
import org.factdesk.base.Translations;
import org.factdesk.report.CsvClaimRows;
import org.factdesk.report.ReportFormat;
import org.factdesk.report.ReportProgress;
import org.springframework.stereotype.Component;

/** The desk report as CSV, written row by row while the claims stream past. */
@Component
class CsvDeskReportWriter implements DeskReportWriter {

    private final DeskRows rows;
    private final Translations translations;

    CsvDeskReportWriter(DeskRows rows, Translations translations) {
        this.rows = rows;
        this.translations = translations;
    }

    @Override
    public ReportFormat format() {
        return ReportFormat.CSV;
    }

    @Override
    public void write(DeskReport report, OutputStream out, ReportProgress progress) throws IOException {
        CsvClaimRows csv = new CsvClaimRows(translations, report.locale(), report.desk().zoneId(), report::rating);
        CSVPrinter printer = csv.open(out);
        try {
            rows.forEach(report, progress, row -> print(csv, printer, row));
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        printer.flush();
    }

    private static void print(CsvClaimRows csv, CSVPrinter printer, DeskRow row) {
        try {
            csv.print(printer, row.number(), row.article(), row.claim(), row.checker(), row.approver());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
