package org.factdesk.report;

import com.vaadin.flow.server.VaadinSession;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Locale;
import org.apache.commons.csv.CSVPrinter;
import org.factdesk.article.ArticleDetails;
import org.factdesk.article.ArticleSummary;
import org.factdesk.base.Translations;
import org.springframework.stereotype.Component;

/** An article's verdict report as CSV: one row per claim in article order, numbered as in the other formats. */
@Component
class CsvArticleReportWriter implements ArticleReportWriter {

    private final Translations translations;

    CsvArticleReportWriter(Translations translations) {
        this.translations = translations;
    }

    @Override
    public ReportFormat format() {
        return ReportFormat.CSV;
    }

    @Override
    public void write(ArticleReport report, OutputStream out) throws IOException {
        write(report, out, screenLocale());
    }

    void write(ArticleReport report, OutputStream out, Locale locale) throws IOException {
        CsvClaimRows csv = new CsvClaimRows(translations, locale, report.desk().zoneId(), report::rating);
        ArticleDetails details = report.article();
        ArticleSummary article = new ArticleSummary(details.id(), details.title(), details.outlet(), details.url(),
                details.publishedOn(), details.language());
        CSVPrinter printer = csv.open(out);
        for (ArticleReport.Numbered numbered : report.claims()) {
            csv.print(printer, numbered.number(), article, numbered.claim(), report.person(numbered.claim().checker()),
                    report.person(numbered.claim().approvedBy()));
        }
        printer.flush();
    }

    /**
     * The language of the browser tab that asked for the download (the download request runs in its session); the
     * article report carries no language of its own.
     */
    private static Locale screenLocale() {
        VaadinSession session = VaadinSession.getCurrent();
        return Translations.supported(session == null ? Locale.ENGLISH : session.getLocale());
    }
}
