package org.factdesk.report.desk;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.factdesk.report.DeskReportFilter;
import org.factdesk.rating.RatingItem;
import org.factdesk.rating.ScaleBounds;
import org.factdesk.desk.DeskSettingsData;
import org.jspecify.annotations.Nullable;

/**
 * The heading of a desk report over a range of approval dates, {@code from} to {@code to} inclusive in the desk's
 * time zone, optionally for one checker or one outlet; {@code filter} is the same choice as the claim query reads
 * it ({@code checker} here is the checker's display name, as the heading shows it; the filter holds the username).
 * The claims themselves are not here: writers stream them through {@code ReportQueryService.forEachApproved}.
 * {@code locale} is the language of the user's screen, which the whole document speaks.
 */
public record DeskReport(DeskSettingsData desk, LocalDate from, LocalDate to, @Nullable String checker,
                         @Nullable String outlet, DeskReportFilter filter, Instant exportedAt, String exportedBy,
                         List<RatingItem> scale, ScaleBounds bounds, Locale locale) {

    /** A report in English, for formats whose text does not depend on the reader's language (ClaimReview). */
    public DeskReport(DeskSettingsData desk, LocalDate from, LocalDate to, @Nullable String checker,
                      @Nullable String outlet, DeskReportFilter filter, Instant exportedAt, String exportedBy,
                      List<RatingItem> scale, ScaleBounds bounds) {
        this(desk, from, to, checker, outlet, filter, exportedAt, exportedBy, scale, bounds, Locale.ENGLISH);
    }

    public Optional<RatingItem> rating(@Nullable Long ratingId) {
        return scale.stream().filter(rating -> ratingId != null && rating.id() == ratingId).findFirst();
    }
}
