package org.factdesk.report.desk;

import java.time.Instant;
import java.time.LocalDate;
import org.factdesk.base.Translations;
import org.factdesk.base.ui.Formats;
import org.factdesk.rating.RatingItem;
import org.factdesk.report.ReportedClaim;
import org.jspecify.annotations.Nullable;

/** The words of a desk report in the reader's language, shared by its PDF and HTML so that they say the same. */
final class DeskReportText {

    private final Translations translations;
    private final DeskReport report;

    DeskReportText(Translations translations, DeskReport report) {
        this.translations = translations;
        this.report = report;
    }

    String text(String key, Object... params) {
        return translations.getTranslation(key, report.locale(), params);
    }

    String title() {
        return text("report.desk.title", report.desk().deskName());
    }

    String range() {
        return text("report.desk.range", date(report.from()), date(report.to()));
    }

    String filters() {
        String all = text("report.desk.filter.all");
        return text("report.desk.filters", report.checker() == null ? all : report.checker(),
                report.outlet() == null ? all : report.outlet(), report.desk().timeZone());
    }

    String exported() {
        return text("report.desk.exported", dateTime(report.exportedAt()), report.exportedBy());
    }

    String verdict(ReportedClaim claim) {
        return report.rating(claim.approvedRatingId()).map(rating -> rating.label(report.locale())).orElse("");
    }

    @Nullable String colour(ReportedClaim claim) {
        return report.rating(claim.approvedRatingId()).map(RatingItem::colour).orElse(null);
    }

    /** Who checked and who approved when, on one line. */
    String byline(DeskRow row) {
        String checker = row.checker().isEmpty() ? text("report.desk.unknown") : row.checker();
        return text("report.desk.byline", checker, row.approver(), dateTime(row.claim().approvedAt()));
    }

    String article(DeskRow row) {
        String outlet = row.article().outlet();
        return outlet == null ? row.article().title() : row.article().title() + " — " + outlet;
    }

    String date(LocalDate date) {
        return Formats.date(date, report.locale());
    }

    String dateTime(@Nullable Instant instant) {
        return Formats.dateTime(instant, report.desk().zoneId(), report.locale());
    }
}
