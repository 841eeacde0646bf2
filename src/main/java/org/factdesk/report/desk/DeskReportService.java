package org.factdesk.report.desk;

import java.io.IOException;
import java.io.OutputStream;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.factdesk.article.ArticleService;
import org.factdesk.base.RefusedException;
import org.factdesk.base.Translations;
import org.factdesk.report.DeskReportFilter;
import org.factdesk.report.ReportQueryService;
import org.factdesk.desk.DeskSettingsData;
import org.factdesk.desk.DeskSettingsService;
import org.factdesk.rating.RatingScaleService;
import org.factdesk.report.ReportFormat;
import org.factdesk.report.ReportProgress;
import org.factdesk.security.AppRoles;
import org.factdesk.security.Colleague;
import org.factdesk.security.CurrentUser;
import org.factdesk.security.UserService;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The desk report: the claims approved over a range of days, optionally one colleague's or one outlet's, in every
 * format a {@link DeskReportWriter} bean offers. Everyone who may read the desk's work may export it.
 */
@Service
@PreAuthorize(AppRoles.CAN_READ)
public class DeskReportService {

    private final ReportQueryService claims;
    private final ArticleService articles;
    private final RatingScaleService ratings;
    private final DeskSettingsService desk;
    private final UserService users;
    private final CurrentUser currentUser;
    private final DeskExports exports;
    private final Clock clock;

    DeskReportService(ReportQueryService claims, ArticleService articles, RatingScaleService ratings,
                      DeskSettingsService desk, UserService users, CurrentUser currentUser, DeskExports exports,
                      Clock clock) {
        this.claims = claims;
        this.articles = articles;
        this.ratings = ratings;
        this.desk = desk;
        this.users = users;
        this.currentUser = currentUser;
        this.exports = exports;
        this.clock = clock;
    }

    public List<ReportFormat> formats() {
        return exports.formats();
    }

    /** The current month in the desk's time zone. */
    public DeskReportRequest thisMonth() {
        return DeskReportRequest.monthOf(LocalDate.now(clock.withZone(desk.get().zoneId())));
    }

    public List<String> outlets() {
        return articles.outlets();
    }

    /** Who may have checked a claim: editors and fact-checkers. */
    public List<Colleague> checkers() {
        return users.assignable();
    }

    /** How many claims the report will hold; refused when the range ends before it starts. */
    @Transactional(readOnly = true)
    public long count(DeskReportRequest request) {
        return claims.countApproved(filter(request, desk.get().zoneId()));
    }

    /** The report's heading, in the reader's language; refused when the range ends before it starts. */
    @Transactional(readOnly = true)
    public DeskReport prepare(DeskReportRequest request, Locale locale) {
        DeskSettingsData settings = desk.get();
        DeskReportFilter filter = filter(request, settings.zoneId());
        String checker = filter.checker() == null ? null : users.displayName(filter.checker());
        return new DeskReport(settings, request.from(), request.to(), checker, blankToNull(request.outlet()), filter,
                clock.instant(), users.displayName(currentUser.require()), ratings.all(), ratings.bounds(),
                Translations.supported(locale));
    }

    /** Writes the report here and now, in the caller's thread. */
    public void write(DeskReport report, ReportFormat format, OutputStream out, ReportProgress progress)
            throws IOException {
        exports.writer(format).write(report, out, progress);
    }

    /** Starts writing the report into a temporary file in the background; see {@link DeskExport}. */
    public DeskExport export(DeskReport report, ReportFormat format, DeskExport.Listener listener) {
        return exports.start(report, format, claims.countApproved(report.filter()), listener);
    }

    private DeskReportFilter filter(DeskReportRequest request, ZoneId zone) {
        if (request.from().isAfter(request.to())) {
            throw new RefusedException("to", "report.desk.error.range");
        }
        Instant from = request.from().atStartOfDay(zone).toInstant();
        Instant to = request.to().plusDays(1).atStartOfDay(zone).toInstant();
        String outlet = blankToNull(request.outlet());
        Set<Long> articleIds = outlet == null ? null : articles.idsByOutlet(outlet);
        return new DeskReportFilter(from, to, blankToNull(request.checker()), articleIds);
    }

    private static @Nullable String blankToNull(@Nullable String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
