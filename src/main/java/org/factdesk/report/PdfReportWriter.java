package org.factdesk.report;

import com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.util.Diagnostic;
import com.openhtmltopdf.util.XRLog;
import com.vaadin.flow.i18n.I18NProvider;
import java.io.IOException;
import java.io.OutputStream;
import java.util.logging.Level;
import org.jsoup.helper.W3CDom;
import org.jsoup.nodes.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The article report as PDF: the same document as the HTML download, laid out on A4 pages by openhtmltopdf with
 * the embedded fonts and "page X of Y" in the margins. It loads nothing from outside: the document has no external
 * resources, and the renderer is told to refuse any.
 */
@Component
class PdfReportWriter implements ArticleReportWriter {

    private static final Logger LOG = LoggerFactory.getLogger(PdfReportWriter.class);

    static {
        // Outside a render (font loading, CSS parsing) the renderer logs through java.util.logging for every PDF:
        // timings at INFO, and at WARNING each browser-only property of the shared stylesheet it skips.
        XRLog.listRegisteredLoggers().forEach(logger -> XRLog.setLevel(logger, Level.WARNING));
        XRLog.setLevel(XRLog.CSS_PARSE, Level.SEVERE);
    }

    private final ReportDocument template;

    PdfReportWriter(I18NProvider translations) {
        this.template = new ReportDocument(translations);
    }

    @Override
    public ReportFormat format() {
        return ReportFormat.PDF;
    }

    @Override
    public void write(ArticleReport report, OutputStream out) throws IOException {
        Document document = template.build(report, ReportDocument.Medium.PDF);
        PdfRendererBuilder builder = new PdfRendererBuilder();
        builder.useFastMode();
        builder.withProducer("FactDesk");
        builder.withDiagnosticConsumer(PdfReportWriter::log);
        builder.useExternalResourceAccessControl((uri, type) -> false,
                ExternalResourceControlPriority.RUN_BEFORE_RESOLVING_URI);
        ReportFonts.register(builder);
        builder.withW3cDocument(W3CDom.convert(document), "");
        builder.toStream(out);
        builder.run();
    }

    /** The renderer's notes (timings, CSS it skips because only browsers know it) are debug; its errors warn. */
    private static void log(Diagnostic diagnostic) {
        if (diagnostic.getLevel().intValue() >= Level.SEVERE.intValue()) {
            LOG.warn("PDF report: {}", diagnostic.getFormattedMessage(), diagnostic.getError());
        } else if (LOG.isDebugEnabled()) {
            LOG.debug("PDF report: {}", diagnostic.getFormattedMessage());
        }
    }
}
