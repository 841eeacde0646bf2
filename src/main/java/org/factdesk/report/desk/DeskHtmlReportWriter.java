package org.factdesk.report.desk;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.factdesk.base.Translations;
import org.factdesk.report.ReportFormat;
import org.factdesk.report.ReportProgress;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * The desk report as one self-contained HTML page (inline CSS, no script), written line by line while the claims
 * stream past: a heading, one table row per claim, then the totals. Every text from the desk is escaped.
 */
@Component
class DeskHtmlReportWriter implements DeskReportWriter {

    private final DeskRows rows;
    private final Translations translations;

    DeskHtmlReportWriter(DeskRows rows, Translations translations) {
        this.rows = rows;
        this.translations = translations;
    }

    @Override
    public ReportFormat format() {
        return ReportFormat.HTML;
    }

    @Override
    public void write(DeskReport report, OutputStream out, ReportProgress progress) throws IOException {
        DeskReportText text = new DeskReportText(translations, report);
        DeskTotals totals = new DeskTotals();
        Writer html = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
        DeskHtml page = new DeskHtml(html, text);
        page.start(report.locale().getLanguage());
        try {
            rows.forEach(report, progress, row -> {
                totals.add(row);
                page.claim(row);
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        page.end(totals.claims(), totals(text, totals.verdicts(report), "report.desk.totals.verdict"),
                totals(text, totals.checkers(report, text.text("report.desk.unknown")), "report.desk.totals.checker"));
        html.flush();
    }

    private static String totals(DeskReportText text, List<DeskTotals.Line> lines, String headingKey) {
        StringBuilder table = new StringBuilder("<table class=\"totals\"><thead><tr><th>")
                .append(DeskHtml.escape(text.text(headingKey))).append("</th><th class=\"n\">")
                .append(DeskHtml.escape(text.text("report.desk.totals.claims"))).append("</th></tr></thead><tbody>");
        for (DeskTotals.Line line : lines) {
            table.append("<tr><td>").append(swatch(line.colour())).append(DeskHtml.escape(line.label()))
                    .append("</td><td class=\"n\">").append(line.count()).append("</td></tr>");
        }
        return table.append("</tbody></table>").toString();
    }

    private static String swatch(@Nullable String colour) {
        return colour == null ? "" : "<span class=\"swatch\" style=\"background:" + DeskHtml.colour(colour) + "\"></span>";
    }
}
