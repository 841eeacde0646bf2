package org.factdesk.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.factdesk.claim.CorrectionItem;
import org.factdesk.rating.RatingItem;
import org.jspecify.annotations.Nullable;
import org.jsoup.nodes.Element;

/**
 * How the desk works (choice of claims, research with archived sources, four-eyes approval), the rating scale with
 * what each rating means, and every correction: when, why, and which verdict replaced which.
 */
final class Methodology {

    private final ArticleReport report;
    private final ReportWords words;

    Methodology(ArticleReport report, ReportWords words) {
        this.report = report;
        this.words = words;
    }

    /** A correction with the number of its claim and the verdict that followed it (none while in progress). */
    private record Numbered(int number, CorrectionItem correction, @Nullable Long after) {
    }

    void appendTo(Element page) {
        page.appendElement("h2").addClass("new-page").text(words.getTranslation("report.html.methodology"));
        String desk = report.desk().deskName();
        page.appendElement("p").text(words.getTranslation("report.html.methodology-selection", desk));
        page.appendElement("p").text(words.getTranslation("report.html.methodology-research"));
        page.appendElement("p").text(words.getTranslation("report.html.methodology-four-eyes"));
        page.appendElement("p").text(words.getTranslation("report.html.methodology-corrections"));
        scale(page);
        corrections(page);
    }

    private void scale(Element page) {
        page.appendElement("h3").text(words.getTranslation("report.html.scale"));
        Element table = page.appendElement("table").addClass("scale");
        Element head = table.appendElement("thead").appendElement("tr");
        head.appendElement("th").text(words.getTranslation("report.html.scale-rating"));
        head.appendElement("th").text(words.getTranslation("report.html.scale-meaning"));
        Element body = table.appendElement("tbody");
        // Retired ratings appear only where a reported verdict still carries one.
        report.scale().stream().filter(rating -> !rating.retired() || used(rating)).forEach(rating -> {
            Element row = body.appendElement("tr");
            Swatches.chip(row.appendElement("td").attr("style", "width: 45mm;"), rating, words.locale());
            String description = rating.description(words.locale());
            row.appendElement("td").text(description == null ? "" : description);
        });
    }

    private boolean used(RatingItem rating) {
        return report.claims().stream().map(ArticleReport.Numbered::claim).anyMatch(claim ->
                Long.valueOf(rating.id()).equals(claim.approvedRatingId()) || claim.corrections().stream()
                        .anyMatch(correction -> Long.valueOf(rating.id()).equals(correction.previousRatingId())));
    }

    private void corrections(Element page) {
        page.appendElement("h2").text(words.getTranslation("report.html.corrections"));
        List<Numbered> corrections = report.claims().stream()
                .flatMap(numbered -> corrections(numbered.number(), numbered.claim()).stream())
                .sorted(Comparator.comparing(numbered -> numbered.correction().reopenedAt())).toList();
        if (corrections.isEmpty()) {
            page.appendElement("p").addClass("note").text(words.getTranslation("report.html.no-corrections"));
            return;
        }
        Element table = page.appendElement("table").addClass("corrections-table");
        Element head = table.appendElement("thead").appendElement("tr");
        for (String key : List.of("report.html.correction-date", "report.html.correction-claim",
                "report.html.correction-reason", "report.html.correction-change")) {
            head.appendElement("th").text(words.getTranslation(key));
        }
        Element body = table.appendElement("tbody");
        corrections.forEach(numbered -> row(body.appendElement("tr"), numbered));
    }

    /** A claim's corrections, oldest first: each replaced verdict gave way to the next one's, the last to today's. */
    private static List<Numbered> corrections(int number, ReportedClaim claim) {
        List<CorrectionItem> sorted = claim.corrections().stream()
                .sorted(Comparator.comparing(CorrectionItem::reopenedAt)).toList();
        List<Numbered> numbered = new ArrayList<>();
        for (int i = 0; i < sorted.size(); i++) {
            @Nullable Long after = i + 1 < sorted.size() ? sorted.get(i + 1).previousRatingId()
                    : claim.approved() ? claim.approvedRatingId() : null;
            numbered.add(new Numbered(number, sorted.get(i), after));
        }
        return numbered;
    }

    private void row(Element row, Numbered numbered) {
        CorrectionItem correction = numbered.correction();
        row.appendElement("td").attr("style", "width: 28mm;").text(words.date(correction.reopenedAt()));
        row.appendElement("td").attr("style", "width: 12mm;").text(Integer.toString(numbered.number()));
        Element reason = row.appendElement("td");
        reason.appendText(correction.reason());
        reason.appendElement("br");
        reason.appendElement("span").addClass("note").text(words.getTranslation("report.html.reopened-by",
                report.person(correction.reopenedBy())));
        Element change = row.appendElement("td").attr("style", "width: 60mm;");
        verdict(change, correction.previousRatingId());
        change.appendText(" \u2192 ");
        verdict(change, numbered.after());
    }

    /** A verdict's label, or "in progress" when the claim has none published since the correction. */
    private void verdict(Element parent, @Nullable Long ratingId) {
        report.rating(ratingId).ifPresentOrElse(rating -> Swatches.chip(parent, rating, words.locale()),
                () -> Swatches.neutralChip(parent, words.getTranslation("report.html.in-progress")));
    }
}
