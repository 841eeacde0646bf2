package org.factdesk.report.desk;

import java.io.IOException;
import java.io.OutputStream;
import org.factdesk.base.Translations;
import org.factdesk.report.ReportFormat;
import org.factdesk.report.ReportProgress;
import org.openpdf.text.Document;
import org.openpdf.text.PageSize;
import org.openpdf.text.pdf.PdfWriter;
import org.springframework.stereotype.Component;

/**
 * The desk report as PDF, with OpenPDF rather than the article report's HTML route: OpenPDF writes each page out
 * as soon as it is full, so a report over thousands of claims never sits in memory whole.
 */
@Component
class DeskPdfReportWriter implements DeskReportWriter {

    private final DeskRows rows;
    private final Translations translations;

    DeskPdfReportWriter(DeskRows rows, Translations translations) {
        this.rows = rows;
        this.translations = translations;
    }

    @Override
    public ReportFormat format() {
        return ReportFormat.PDF;
    }

    @Override
    public void write(DeskReport report, OutputStream out, ReportProgress progress) throws IOException {
        DeskReportText text = new DeskReportText(translations, report);
        Document document = new Document(PageSize.A4, 48, 48, 54, 54);
        PdfWriter writer = PdfWriter.getInstance(document, out);
        // The caller owns the stream (a temp file, a test's buffer) and closes it.
        writer.setCloseStream(false);
        writer.setPageEvent(new DeskPdfPages(text.title()));
        document.addTitle(text.title());
        document.addAuthor(report.desk().deskName());
        document.addCreator(translations.getTranslation("app.name", report.locale()));
        document.open();
        DeskPdf pdf = new DeskPdf(document, text);
        DeskTotals totals = new DeskTotals();
        pdf.heading();
        rows.forEach(report, progress, row -> {
            totals.add(row);
            pdf.claim(row);
        });
        pdf.totals(totals, report);
        document.close();
        out.flush();
    }
}
