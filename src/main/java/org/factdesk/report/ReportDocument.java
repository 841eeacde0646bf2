package org.factdesk.report;

import com.vaadin.flow.i18n.I18NProvider;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.factdesk.base.ControlChars;
import org.jsoup.nodes.DataNode;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Entities;
import org.jsoup.nodes.TextNode;

/**
 * The one template of the article verdict report, for the HTML download and the PDF alike: an XHTML document built
 * node by node, so every word a user wrote is a text node or an attribute value, escaped on output, and never markup.
 * The PDF adds only its page furniture (running head and foot, page numbers).
 */
final class ReportDocument {

    enum Medium { HTML, PDF }

    static final String XHTML = "http://www.w3.org/1999/xhtml";
    private static final String CSS = resource("report/article-report.css");
    private static final String PDF_CSS = resource("report/article-report-pdf.css");

    private final I18NProvider translations;

    ReportDocument(I18NProvider translations) {
        this.translations = translations;
    }

    Document build(ArticleReport report, Medium medium) {
        ReportWords words = new ReportWords(translations, report.locale(), report.zone());
        Document document = Document.createShell("");
        document.outputSettings().syntax(Document.OutputSettings.Syntax.xml)
                .escapeMode(Entities.EscapeMode.xhtml).charset(StandardCharsets.UTF_8).prettyPrint(false);
        String language = report.locale().getLanguage();
        document.child(0).attr("xmlns", XHTML).attr("lang", language).attr("xml:lang", language);
        head(document.head(), report, words, medium);
        if (medium == Medium.PDF) {
            pageFurniture(document.body(), report, words);
        }
        Element page = document.body().appendElement("div").addClass("page");
        new ReportHeading(report, words).appendTo(page);
        new ClaimEntries(report, words).appendTo(page);
        new HighlightedText(report, words).appendTo(page);
        new Methodology(report, words).appendTo(page);
        page.appendElement("p").addClass("footer-line").text(exported(report, words));
        withoutControlChars(document);
        return document;
    }

    /**
     * Control characters out of every text and attribute, for rows stored before forms refused them: removed here,
     * once the document is built, so the claims' offsets into the article were applied to the text as stored.
     */
    private static void withoutControlChars(Document document) {
        document.traverse((node, depth) -> {
            if (node instanceof TextNode text && ControlChars.has(text.getWholeText())) {
                text.text(ControlChars.clean(text.getWholeText()));
            }
            if (node instanceof Element element) {
                element.attributes().forEach(attribute -> {
                    if (ControlChars.has(attribute.getValue())) {
                        attribute.setValue(ControlChars.clean(attribute.getValue()));
                    }
                });
            }
        });
    }

    private static void head(Element head, ArticleReport report, ReportWords words, Medium medium) {
        head.appendElement("meta").attr("http-equiv", "Content-Type").attr("content", "text/html; charset=UTF-8");
        head.appendElement("title").text(words.getTranslation("report.html.title", report.article().title()));
        head.appendElement("meta").attr("name", "author").attr("content", report.desk().deskName());
        head.appendElement("meta").attr("name", "subject").attr("content", report.article().title());
        head.appendElement("meta").attr("name", "generator").attr("content", "FactDesk");
        head.appendElement("style").attr("type", "text/css").appendChild(new DataNode(CSS));
        if (medium == Medium.PDF) {
            head.appendElement("style").attr("type", "text/css").appendChild(new DataNode(PDF_CSS));
        }
    }

    /** Running elements the PDF's page margins show on every page; they must come first in the body. */
    private static void pageFurniture(Element body, ArticleReport report, ReportWords words) {
        Element runningHead = body.appendElement("div").addClass("running-head");
        runningHead.appendText(report.desk().deskName() + " \u2014 " + words.getTranslation("report.html.kicker"));
        body.appendElement("div").addClass("running-foot").text(exported(report, words));
        Element pageNumber = body.appendElement("div").addClass("running-page");
        pageNumber.appendText(words.getTranslation("report.pdf.page") + " ");
        pageNumber.appendElement("span").addClass("page-number");
        pageNumber.appendText(" " + words.getTranslation("report.pdf.page-of") + " ");
        pageNumber.appendElement("span").addClass("page-count");
    }

    private static String exported(ArticleReport report, ReportWords words) {
        return words.getTranslation("report.html.exported-line", words.dateTime(report.exportedAt()),
                report.exportedBy(), report.desk().deskName());
    }

    private static String resource(String name) {
        try (InputStream in = ReportDocument.class.getClassLoader().getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("Missing report resource " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
