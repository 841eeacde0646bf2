package org.factdesk.report.desk;

import java.awt.Color;
import java.util.List;
import org.factdesk.base.ControlChars;
import org.factdesk.report.ReportedClaim;
import org.jspecify.annotations.Nullable;
import org.openpdf.text.Chunk;
import org.openpdf.text.Document;
import org.openpdf.text.Element;
import org.openpdf.text.Font;
import org.openpdf.text.Paragraph;
import org.openpdf.text.Phrase;
import org.openpdf.text.Rectangle;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfPTable;

/** The layout of the desk report's PDF: a heading, one small table per claim added as it comes, then the totals. */
final class DeskPdf {

    private static final Color RULE = new Color(0xd0, 0xd7, 0xde);
    private static final Color CORRECTED = new Color(0x9a, 0x34, 0x12);

    private final Document document;
    private final DeskReportText text;

    DeskPdf(Document document, DeskReportText text) {
        this.document = document;
        this.text = text;
    }

    void heading() {
        document.add(paragraph(text.title(), DeskPdfFonts.bold(17, DeskPdfFonts.INK), 0, 4));
        document.add(paragraph(text.range(), DeskPdfFonts.regular(11, DeskPdfFonts.INK), 0, 2));
        document.add(paragraph(text.filters(), DeskPdfFonts.regular(9.5f, DeskPdfFonts.MUTED), 0, 2));
        document.add(paragraph(text.exported(), DeskPdfFonts.regular(9.5f, DeskPdfFonts.MUTED), 0, 6));
        document.add(rule());
        document.add(paragraph(text.text("report.desk.claims"), DeskPdfFonts.bold(12, DeskPdfFonts.INK), 6, 4));
    }

    /** One claim: its number, statement, article, verdict and who checked and approved it when. */
    void claim(DeskRow row) {
        ReportedClaim claim = row.claim();
        PdfPTable table = new PdfPTable(new float[] {1, 13});
        table.setWidthPercentage(100);
        table.setKeepTogether(true);
        PdfPCell number = cell(null);
        number.addElement(paragraph(String.valueOf(row.number()), DeskPdfFonts.bold(10, DeskPdfFonts.MUTED), 0, 0));
        table.addCell(number);
        PdfPCell body = cell(null);
        body.addElement(paragraph(claim.statement(), DeskPdfFonts.bold(10, DeskPdfFonts.INK), 0, 2));
        body.addElement(paragraph(text.article(row), DeskPdfFonts.regular(8.5f, DeskPdfFonts.MUTED), 0, 3));
        Paragraph verdict = new Paragraph();
        verdict.add(badge(text.verdict(claim), text.colour(claim)));
        if (claim.corrected()) {
            verdict.add(new Chunk("   " + text.text("report.desk.corrected"), DeskPdfFonts.bold(8.5f, CORRECTED)));
        }
        verdict.add(new Chunk("   " + ControlChars.clean(text.byline(row)),
                DeskPdfFonts.regular(8.5f, DeskPdfFonts.MUTED)));
        body.addElement(verdict);
        table.addCell(body);
        document.add(table);
    }

    void totals(DeskTotals totals, DeskReport report) {
        if (totals.claims() == 0) {
            document.add(paragraph(text.text("report.desk.empty"), DeskPdfFonts.regular(10, DeskPdfFonts.MUTED), 4, 4));
        }
        document.add(paragraph(text.text("report.desk.totals"), DeskPdfFonts.bold(12, DeskPdfFonts.INK), 14, 6));
        document.add(totalsTable(text.text("report.desk.totals.verdict"), totals.verdicts(report)));
        document.add(totalsTable(text.text("report.desk.totals.checker"),
                totals.checkers(report, text.text("report.desk.unknown"))));
        document.add(paragraph(text.text("report.desk.count", totals.claims()),
                DeskPdfFonts.regular(9, DeskPdfFonts.MUTED), 6, 0));
    }

    /** A totals table: label and count; a verdict's label in its colour as in the claims above. */
    private PdfPTable totalsTable(String heading, List<DeskTotals.Line> lines) {
        PdfPTable table = new PdfPTable(new float[] {8, 3});
        table.setWidthPercentage(60);
        table.setHorizontalAlignment(Element.ALIGN_LEFT);
        table.setSpacingAfter(10);
        table.setHeaderRows(1);
        Font head = DeskPdfFonts.bold(8.5f, DeskPdfFonts.MUTED);
        table.addCell(cell(new Phrase(heading, head)));
        table.addCell(right(cell(new Phrase(text.text("report.desk.totals.claims"), head))));
        for (DeskTotals.Line line : lines) {
            table.addCell(cell(line.colour() == null
                    ? new Phrase(ControlChars.clean(line.label()), DeskPdfFonts.regular(9.5f, DeskPdfFonts.INK))
                    : new Phrase(badge(line.label(), line.colour()))));
            table.addCell(right(cell(new Phrase(String.valueOf(line.count()), DeskPdfFonts.bold(9.5f,
                    DeskPdfFonts.INK)))));
        }
        return table;
    }

    /** A thin rule across the text width, under the heading. */
    private static PdfPTable rule() {
        PdfPTable rule = new PdfPTable(1);
        rule.setWidthPercentage(100);
        PdfPCell line = new PdfPCell();
        line.setBorder(Rectangle.TOP);
        line.setBorderColor(DeskPdfFonts.MUTED);
        line.setFixedHeight(2);
        rule.addCell(line);
        return rule;
    }

    /** A verdict as a label in the rating's colour, white on colour. */
    private static Chunk badge(String label, @Nullable String colour) {
        Chunk badge = new Chunk(" " + ControlChars.clean(label) + " ", DeskPdfFonts.bold(8.5f, Color.WHITE));
        badge.setBackground(colour(colour), 1, 2, 1, 2);
        return badge;
    }

    private static PdfPCell cell(@Nullable Phrase phrase) {
        PdfPCell cell = phrase == null ? new PdfPCell() : new PdfPCell(phrase);
        cell.setBorder(Rectangle.BOTTOM);
        cell.setBorderColor(RULE);
        cell.setPaddingTop(5);
        cell.setPaddingBottom(7);
        return cell;
    }

    private static PdfPCell right(PdfPCell cell) {
        cell.setHorizontalAlignment(Element.ALIGN_RIGHT);
        return cell;
    }

    /** Control characters removed (rows stored before forms refused them), as from every text this PDF shows. */
    private static Paragraph paragraph(String content, Font font, float before, float after) {
        Paragraph paragraph = new Paragraph(ControlChars.clean(content), font);
        paragraph.setSpacingBefore(before);
        paragraph.setSpacingAfter(after);
        return paragraph;
    }

    private static Color colour(@Nullable String hex) {
        return Color.decode(DeskHtml.colour(hex));
    }
}
