package org.factdesk.report.desk;

import java.awt.Color;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.openpdf.text.Font;
import org.openpdf.text.pdf.BaseFont;

/**
 * DejaVu Sans, embedded (subset) in every desk report PDF: the standard PDF fonts have no glyphs beyond Latin-1, and
 * the desk writes French (’, «», œ) and names from anywhere. Loaded once; OpenPDF keeps which glyphs each document
 * used in that document's writer, so the fonts are shared.
 */
final class DeskPdfFonts {

    static final Color INK = new Color(0x1f, 0x23, 0x28);
    static final Color MUTED = new Color(0x57, 0x60, 0x6a);

    private static final BaseFont REGULAR = load("report/fonts/DejaVuSans.ttf");
    private static final BaseFont BOLD = load("report/fonts/DejaVuSans-Bold.ttf");

    private DeskPdfFonts() {
    }

    static Font regular(float size, Color colour) {
        return new Font(REGULAR, size, Font.NORMAL, colour);
    }

    static Font bold(float size, Color colour) {
        return new Font(BOLD, size, Font.NORMAL, colour);
    }

    private static BaseFont load(String resource) {
        try (InputStream in = DeskPdfFonts.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Font missing from the classpath: " + resource);
            }
            return BaseFont.createFont(resource, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, true, in.readAllBytes(),
                    null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
