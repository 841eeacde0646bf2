package org.factdesk.report;

import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.factdesk.article.ArticleService;
import org.factdesk.article.WebImportService;
import org.factdesk.base.Translations;
import org.factdesk.rating.RatingScaleService;
import org.factdesk.desk.DeskSettingsService;
import org.factdesk.security.AppRoles;
import org.factdesk.security.CurrentUser;
import org.factdesk.security.UserService;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Gathers an article's verdict report, the same for every format. */
@Service
public class ArticleReportService {

    private final ArticleService articles;
    private final WebImportService web;
    private final ReportQueryService claims;
    private final RatingScaleService ratings;
    private final DeskSettingsService desk;
    private final UserService users;
    private final CurrentUser currentUser;
    private final Clock clock;

    ArticleReportService(ArticleService articles, WebImportService web, ReportQueryService claims, RatingScaleService ratings,
                         DeskSettingsService desk, UserService users, CurrentUser currentUser, Clock clock) {
        this.articles = articles;
        this.web = web;
        this.claims = claims;
        this.ratings = ratings;
        this.desk = desk;
        this.users = users;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** The report of one article in English; empty when the article is gone. Claims in progress only if asked for. */
    @PreAuthorize(AppRoles.CAN_READ)
    @Transactional(readOnly = true)
    public Optional<ArticleReport> build(long articleId, boolean includeInProgress) {
        return build(articleId, includeInProgress, Locale.ENGLISH);
    }

    /** The report of one article with its words in the reader's language (French or English). */
    @PreAuthorize(AppRoles.CAN_READ)
    @Transactional(readOnly = true)
    public Optional<ArticleReport> build(long articleId, boolean includeInProgress, Locale locale) {
        return articles.find(articleId).map(article -> {
            List<ReportedClaim> reported = claims.article(articleId, includeInProgress);
            List<ArticleReport.Numbered> numbered = IntStream.range(0, reported.size())
                    .mapToObj(i -> new ArticleReport.Numbered(i + 1, reported.get(i))).toList();
            String exporter = currentUser.require();
            return new ArticleReport(article, desk.get(), clock.instant(), users.displayName(exporter), numbered,
                    ratings.all(), ratings.bounds(), people(reported), includeInProgress,
                    Translations.supported(locale), web.archivedCopy(articleId).orElse(null));
        });
    }

    private Map<String, String> people(List<ReportedClaim> reported) {
        Map<String, String> names = new HashMap<>();
        reported.stream().flatMap(claim -> Stream.concat(
                        Stream.of(claim.checker(), claim.approvedBy(), claim.assignee()),
                        claim.corrections().stream().flatMap(correction -> Stream.of(correction.reopenedBy(),
                                correction.previousApprovedBy()))))
                .filter(Objects::nonNull).map(Objects::requireNonNull)
                .forEach(username -> names.computeIfAbsent(username, users::displayName));
        return Map.copyOf(names);
    }
}
