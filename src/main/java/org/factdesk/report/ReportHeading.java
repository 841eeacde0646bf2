package org.factdesk.report;

import java.util.Locale;
import java.util.Map;
import org.factdesk.article.ArchivedCopy;
import org.factdesk.article.ArticleDetails;
import org.factdesk.rating.RatingItem;
import org.jspecify.annotations.Nullable;
import org.jsoup.nodes.Element;

/** The report's masthead (which article, which desk, who exported it and when) and its counts by verdict. */
final class ReportHeading {

    private final ArticleReport report;
    private final ReportWords words;

    ReportHeading(ArticleReport report, ReportWords words) {
        this.report = report;
        this.words = words;
    }

    void appendTo(Element page) {
        ArticleDetails article = report.article();
        Element masthead = page.appendElement("div").addClass("masthead");
        masthead.appendElement("p").addClass("kicker")
                .text(report.desk().deskName() + " \u00b7 " + words.getTranslation("report.html.kicker"));
        masthead.appendElement("h1").attr("lang", article.language()).text(article.title());
        Element facts = masthead.appendElement("table").addClass("facts").appendElement("tbody");
        fact(facts, "report.html.outlet", article.outlet());
        fact(facts, "report.html.byline", article.byline());
        fact(facts, "report.html.published", words.date(article.publishedOn()));
        if (article.url() != null && !article.url().isBlank()) {
            Links.url(row(facts, "report.html.url"), article.url());
        }
        ArchivedCopy copy = report.archive();
        if (copy != null) {
            archive(row(facts, "report.html.archive"), copy);
        }
        fact(facts, "report.html.desk", report.desk().deskName());
        fact(facts, "report.html.exported", words.getTranslation("report.html.exported-by",
                words.dateTime(report.exportedAt()), report.exportedBy()));
        fact(facts, "report.html.claims", claimsLine());
        counts(page);
    }

    /**
     * The published page as it was fetched for the import: when, from which address (and the address typed, when a
     * redirect led elsewhere), and the SHA-256 of the bytes received, so a reader can match a copy to it.
     */
    private void archive(Element cell, ArchivedCopy copy) {
        cell.addClass("archive");
        cell.appendElement("span").addClass("meta")
                .text(words.getTranslation("report.html.archive-fetched", words.dateTime(copy.fetchedAt())) + " ");
        Links.url(cell, copy.finalUrl());
        if (!copy.requestedUrl().equals(copy.finalUrl())) {
            cell.appendElement("br");
            cell.appendElement("span").addClass("meta")
                    .text(words.getTranslation("report.html.archive-requested") + " ");
            Links.url(cell, copy.requestedUrl());
        }
        cell.appendElement("br");
        cell.appendElement("span").addClass("hash").text("SHA-256 " + copy.sha256());
    }

    private String claimsLine() {
        long inProgress = report.inProgressCount();
        long approved = report.claims().size() - inProgress;
        return report.includesInProgress()
                ? words.getTranslation("report.html.claims-with-progress", approved, inProgress)
                : words.getTranslation("report.html.claims-approved-only", approved);
    }

    private void counts(Element page) {
        page.appendElement("h2").text(words.getTranslation("report.html.verdicts"));
        Map<RatingItem, Long> counts = report.verdictCounts();
        long inProgress = report.inProgressCount();
        if (counts.isEmpty() && inProgress == 0) {
            page.appendElement("p").addClass("note").text(words.getTranslation("report.html.no-claims"));
            return;
        }
        long most = Math.max(inProgress, counts.values().stream().mapToLong(Long::longValue).max().orElse(0));
        Element table = page.appendElement("table").addClass("counts").appendElement("tbody");
        Locale locale = words.locale();
        counts.forEach((rating, count) -> {
            Element row = table.appendElement("tr");
            Swatches.chip(row.appendElement("td").addClass("count-label"), rating, locale);
            bar(row, Swatches.colour(rating), count, most);
        });
        if (inProgress > 0) {
            Element row = table.appendElement("tr");
            Swatches.neutralChip(row.appendElement("td").addClass("count-label"),
                    words.getTranslation("report.html.in-progress"));
            bar(row, Swatches.NEUTRAL, inProgress, most);
        }
    }

    private static void bar(Element row, String colour, long count, long most) {
        long percent = Math.max(2, Math.round(100.0 * count / most));
        row.appendElement("td").appendElement("div").addClass("bar")
                .attr("style", "width: " + percent + "%; background-color: " + colour + ";");
        row.appendElement("td").addClass("count-number").text(Long.toString(count));
    }

    private void fact(Element facts, String labelKey, @Nullable String value) {
        if (value != null && !value.isBlank()) {
            row(facts, labelKey).text(value);
        }
    }

    private Element row(Element facts, String labelKey) {
        Element row = facts.appendElement("tr");
        row.appendElement("th").text(words.getTranslation(labelKey));
        return row.appendElement("td");
    }
}
