package org.factdesk.report;

import com.vaadin.flow.i18n.I18NProvider;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import org.jsoup.nodes.Document;
import org.springframework.stereotype.Component;

/**
 * The article report as one self-contained XHTML file: styles inline, no scripts, no external resources, readable
 * on screen and printable (its print styles match the PDF's layout).
 */
@Component
class HtmlReportWriter implements ArticleReportWriter {

    private final ReportDocument template;

    HtmlReportWriter(I18NProvider translations) {
        this.template = new ReportDocument(translations);
    }

    @Override
    public ReportFormat format() {
        return ReportFormat.HTML;
    }

    @Override
    public void write(ArticleReport report, OutputStream out) throws IOException {
        Document document = template.build(report, ReportDocument.Medium.HTML);
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        writer.write("<!DOCTYPE html>\n");
        writer.write(document.html());
        writer.flush();
    }
}
