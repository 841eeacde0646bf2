package org.factdesk.report.desk;

import org.factdesk.base.ControlChars;
import org.openpdf.text.Document;
import org.openpdf.text.Element;
import org.openpdf.text.Phrase;
import org.openpdf.text.pdf.ColumnText;
import org.openpdf.text.pdf.PdfContentByte;
import org.openpdf.text.pdf.PdfPageEventHelper;
import org.openpdf.text.pdf.PdfTemplate;
import org.openpdf.text.pdf.PdfWriter;

/**
 * Every page's footer: the report's title and "page n / total". The total is known only at the end, so each page
 * shows one shared template that is filled in when the document closes.
 */
final class DeskPdfPages extends PdfPageEventHelper {

    private static final float SIZE = 8;

    private final String title;
    private PdfTemplate total;

    DeskPdfPages(String title) {
        this.title = ControlChars.clean(title);
    }

    @Override
    public void onOpenDocument(PdfWriter writer, Document document) {
        total = writer.getDirectContent().createTemplate(40, 12);
    }

    @Override
    public void onEndPage(PdfWriter writer, Document document) {
        PdfContentByte canvas = writer.getDirectContent();
        float y = document.bottom() - 24;
        ColumnText.showTextAligned(canvas, Element.ALIGN_LEFT,
                new Phrase(title, DeskPdfFonts.regular(SIZE, DeskPdfFonts.MUTED)), document.left(), y, 0);
        float x = document.right() - 24;
        ColumnText.showTextAligned(canvas, Element.ALIGN_RIGHT, new Phrase(writer.getPageNumber() + " /",
                DeskPdfFonts.regular(SIZE, DeskPdfFonts.MUTED)), x, y, 0);
        // A space's width after the slash: showTextAligned drops trailing spaces.
        canvas.addTemplate(total, x + SIZE * 0.32f, y);
    }

    @Override
    public void onCloseDocument(PdfWriter writer, Document document) {
        ColumnText.showTextAligned(total, Element.ALIGN_LEFT, new Phrase(String.valueOf(writer.getPageNumber() - 1),
                DeskPdfFonts.regular(SIZE, DeskPdfFonts.MUTED)), 0, 0, 0);
    }
}
