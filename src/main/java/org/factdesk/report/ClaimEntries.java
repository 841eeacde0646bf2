package org.factdesk.report;

import java.util.Comparator;
import java.util.Optional;
import org.factdesk.claim.CorrectionItem;
import org.factdesk.rating.RatingItem;
import org.jspecify.annotations.Nullable;
import org.jsoup.nodes.Element;

/**
 * Every reported claim in article order: its number, the desk's wording, the published verdict with its rationale,
 * its sources, and who checked and approved it when. A claim reopened for a correction is marked so; one not yet
 * approved is marked in progress and shows no verdict, since drafts never leave the desk.
 */
final class ClaimEntries {

    private static final int SHOWN_REASONS = 5;

    private final ArticleReport report;
    private final ReportWords words;

    ClaimEntries(ArticleReport report, ReportWords words) {
        this.report = report;
        this.words = words;
    }

    void appendTo(Element page) {
        page.appendElement("h2").text(words.getTranslation("report.html.claims-heading"));
        if (report.claims().isEmpty()) {
            page.appendElement("p").addClass("note").text(words.getTranslation("report.html.no-claims"));
        }
        report.claims().forEach(numbered -> entry(page, numbered.number(), numbered.claim()));
    }

    private void entry(Element page, int number, ReportedClaim claim) {
        Element entry = page.appendElement("div").addClass("claim").attr("id", "claim-" + number);
        Element head = entry.appendElement("div").addClass("claim-head");
        head.appendElement("span").addClass("claim-no").text(Integer.toString(number));
        Optional<RatingItem> verdict = report.rating(claim.approvedRatingId());
        if (verdict.isEmpty()) {
            Swatches.neutralChip(head, words.getTranslation("report.html.in-progress"));
        } else {
            Swatches.chip(head, verdict.get(), words.locale());
        }
        if (claim.corrected()) {
            head.appendElement("span").addClass("mark").addClass("mark-corrected")
                    .text(words.getTranslation("report.html.corrected"));
        }
        if (!claim.approved() && verdict.isPresent()) {
            head.appendElement("span").addClass("mark").addClass("mark-progress")
                    .text(words.getTranslation("report.html.in-progress"));
        }
        entry.appendElement("p").addClass("statement").attr("lang", report.article().language())
                .text(claim.statement());
        claimant(entry, claim);
        reasons(entry, claim);
        rationale(entry, claim);
        if (claim.approved() || !claim.sources().isEmpty()) {
            new SourceList(words).appendTo(entry, claim.sources());
        }
        people(entry, claim);
    }

    private void claimant(Element entry, ReportedClaim claim) {
        if (claim.claimant() == null && claim.claimDate() == null) {
            return;
        }
        Element line = entry.appendElement("p").addClass("meta");
        line.appendElement("span").addClass("label").text(words.getTranslation("report.html.claimant") + " ");
        String who = claim.claimant() == null ? words.getTranslation("report.html.unknown") : claim.claimant();
        line.appendText(claim.claimDate() == null ? who : who + ", " + words.date(claim.claimDate()));
    }

    /** Why the claim was put forward for checking: its five strongest check-worthiness signals. */
    private void reasons(Element entry, ReportedClaim claim) {
        String reasons = words.reasons(claim.reasons(), SHOWN_REASONS);
        if (reasons.isEmpty()) {
            return;
        }
        Element line = entry.appendElement("p").addClass("meta").addClass("reasons");
        line.appendElement("span").addClass("label").text(words.getTranslation("report.html.reasons") + " ");
        line.appendText(reasons);
    }

    private void rationale(Element entry, ReportedClaim claim) {
        if (!claim.approved()) {
            String status = words.getTranslation("claim.status." + claim.status().name());
            entry.appendElement("p").addClass("note").text(claim.approvedRationale() == null
                    ? words.getTranslation("report.html.not-approved", status)
                    : words.getTranslation("report.html.reopened", status));
        }
        if (claim.approvedRationale() != null) {
            entry.appendElement("h4").text(words.getTranslation("report.html.rationale"));
            paragraphs(entry, claim.approvedRationale(), "rationale");
        }
    }

    /** Who checked and approved the claim, and when; the first publication only differs after a correction. */
    private void people(Element entry, ReportedClaim claim) {
        if (claim.checker() == null && claim.approvedBy() == null) {
            return;
        }
        Element row = entry.appendElement("table").addClass("people").addClass("meta").appendElement("tbody")
                .appendElement("tr");
        cell(row, "report.html.checker", report.person(claim.checker()), claim.submittedAt() == null ? ""
                : words.getTranslation("report.html.submitted", words.date(claim.submittedAt())));
        cell(row, "report.html.approver", report.person(claim.approvedBy()), claim.approvedAt() == null ? ""
                : words.getTranslation("report.html.approved-on", words.date(claim.approvedAt())));
        if (claim.corrected()) {
            cell(row, "report.html.first-published", words.date(claim.firstApprovedAt()), lastCorrection(claim));
        } else {
            row.appendElement("td");
        }
    }

    private String lastCorrection(ReportedClaim claim) {
        return claim.corrections().stream().map(CorrectionItem::reopenedAt).max(Comparator.naturalOrder())
                .map(at -> words.getTranslation("report.html.corrected-on", words.date(at))).orElse("");
    }

    private void cell(Element row, String labelKey, @Nullable String value, String detail) {
        Element cell = row.appendElement("td");
        cell.appendElement("span").addClass("label").text(words.getTranslation(labelKey));
        cell.appendElement("br");
        cell.appendText(value == null || value.isBlank() ? "\u2014" : value);
        if (!detail.isBlank()) {
            cell.appendElement("br");
            cell.appendText(detail);
        }
    }

    /** A text with line breaks becomes paragraphs; its words stay text. */
    static void paragraphs(Element parent, String text, String className) {
        for (String line : text.split("\\R")) {
            if (!line.isBlank()) {
                parent.appendElement("p").addClass(className).text(line.strip());
            }
        }
    }
}
