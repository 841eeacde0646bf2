package org.factdesk.report;

import com.openhtmltopdf.extend.impl.FSDefaultCacheStore;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * The fonts embedded in report PDFs: DejaVu Serif, Sans and Sans Mono (licence beside them in
 * {@code report/fonts/}), which cover French accents, typographic quotes and narrow no-break spaces, so a PDF looks
 * the same on a server with no fonts installed. Read from the classpath once, their metrics kept between PDFs (a
 * thread-safe cache); each PDF embeds only the glyphs it uses.
 */
final class ReportFonts {

    private record Face(String file, String family, int weight, FontStyle style, byte[] bytes) {
    }

    private static final List<Face> FACES = List.of(
            face("DejaVuSerif.ttf", "DejaVu Serif", 400, FontStyle.NORMAL),
            face("DejaVuSerif-Bold.ttf", "DejaVu Serif", 700, FontStyle.NORMAL),
            face("DejaVuSerif-Italic.ttf", "DejaVu Serif", 400, FontStyle.ITALIC),
            face("DejaVuSans.ttf", "DejaVu Sans", 400, FontStyle.NORMAL),
            face("DejaVuSans-Bold.ttf", "DejaVu Sans", 700, FontStyle.NORMAL),
            face("DejaVuSansMono.ttf", "DejaVu Sans Mono", 400, FontStyle.NORMAL));

    private static final FSDefaultCacheStore METRICS = new FSDefaultCacheStore();

    private ReportFonts() {
    }

    static void register(PdfRendererBuilder builder) {
        builder.useCacheStore(PdfRendererBuilder.CacheStore.PDF_FONT_METRICS, METRICS);
        for (Face face : FACES) {
            builder.useFont(() -> new ByteArrayInputStream(face.bytes()), face.family(), face.weight(), face.style(),
                    true);
        }
    }

    private static Face face(String file, String family, int weight, FontStyle style) {
        try (InputStream in = ReportFonts.class.getClassLoader().getResourceAsStream("report/fonts/" + file)) {
            if (in == null) {
                throw new IllegalStateException("Missing font report/fonts/" + file);
            }
            return new Face(file, family, weight, style, in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
