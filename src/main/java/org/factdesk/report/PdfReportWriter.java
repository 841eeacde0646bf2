package org.factdesk.report;

import com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.vaadin.flow.i18n.I18NProvider;
import java.io.IOException;
import java.io.OutputStream;
import org.jsoup.helper.W3CDom;
import org.jsoup.nodes.Document;
import org.springframework.stereotype.Component;

/**
 * The article report as PDF: the same document as the HTML download, laid out on A4 pages by openhtmltopdf with
 * the embedded fonts and "page X of Y" in the margins. It loads nothing from outside: the document has no external
 * resources, and the renderer is told to refuse any.
 */
@Component
class PdfReportWriter implements ArticleReportWriter {

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
        builder.useExternalResourceAccessControl((uri, type) -> false,
                ExternalResourceControlPriority.RUN_BEFORE_RESOLVING_URI);
        ReportFonts.register(builder);
        builder.withW3cDocument(W3CDom.convert(document), "");
        builder.toStream(out);
        builder.run();
    }
}
