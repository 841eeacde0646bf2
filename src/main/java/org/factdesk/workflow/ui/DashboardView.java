package org.factdesk.workflow.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.Set;
import java.util.stream.Collectors;
import org.factdesk.base.ui.Links;
import org.factdesk.base.ui.LiveUpdates;
import org.factdesk.base.ui.Markup;
import org.factdesk.claim.ClaimFilter;
import org.factdesk.claim.ClaimChanges;
import org.factdesk.claim.ClaimStatus;
import org.factdesk.claim.ClaimUpdates;
import org.factdesk.dashboard.DeskFigures;
import org.factdesk.claim.DeskStats;
import org.factdesk.rating.RatingItem;
import org.factdesk.rating.RatingScaleService;
import org.factdesk.security.AppRoles;
import org.factdesk.security.Colleague;
import org.factdesk.security.UserService;
import org.jsoup.nodes.Element;
import org.jspecify.annotations.Nullable;

/**
 * The desk at a glance, for editors: claims by status, what is overdue, each colleague's work, the verdicts given,
 * and how long a claim takes from selection to approval. Every number links to the claims it counts.
 */
@Route("dashboard")
@RolesAllowed(AppRoles.EDITOR)
@Menu(order = 5, title = "nav.dashboard", icon = "vaadin:dashboard")
class DashboardView extends VerticalLayout implements HasDynamicTitle {

    DashboardView(DeskFigures queries, RatingScaleService ratings, UserService users, ClaimUpdates updates) {
        addClassName("fd-dashboard");
        show(queries, ratings, users);
        // A change that may move a figure (not a comment or a source): the dashboard counts again, as a colleague's
        // page would show it.
        LiveUpdates.bind(this, updates::subscribe, ClaimChanges::changeListRows,
                changes -> show(queries, ratings, users));
    }

    private void show(DeskFigures queries, RatingScaleService ratings, UserService users) {
        DeskStats stats = queries.stats();
        Map<String, String> names = new HashMap<>();
        users.colleagues().forEach(colleague -> names.put(colleague.username(), colleague.displayName()));
        // Someone no longer enabled may still hold claims: their name is looked up on its own.
        Div workloads = workloads(stats, users.checkers(),
                username -> names.computeIfAbsent(username, users::displayName));
        workloads.addClassName("fd-dashboard-wide");
        // The two key figures first, then who has what work, then the charts side by side where there is room.
        removeAll();
        add(group("fd-dashboard-figures", overdue(stats), median(stats)),
                group("fd-dashboard-panels", workloads, statuses(stats), verdicts(stats, ratings.all())));
    }

    private static Div group(String className, Div... sections) {
        Div group = new Div(sections);
        group.addClassName(className);
        return group;
    }

    private Div statuses(DeskStats stats) {
        Div section = section("dashboard.by-status");
        long max = stats.byStatus().values().stream().mapToLong(Long::longValue).max().orElse(0);
        Element chart = Bars.chart();
        for (ClaimStatus status : ClaimStatus.values()) {
            Bars.row(chart, "status-count-" + status.name(), getTranslation("claim.status." + status.name()),
                    stats.count(status), max, link(Set.of(status), null, null, false), null,
                    "fd-bar-status-" + status.name().toLowerCase(Locale.ROOT));
        }
        section.add(Markup.html(chart));
        return section;
    }

    private Div overdue(DeskStats stats) {
        Div section = section("dashboard.overdue");
        section.add(Bars.number("overdue-count", stats.overdue(), link(Set.of(), null, null, true)));
        return section;
    }

    private Div workloads(DeskStats stats, List<Colleague> checkers, Function<String, String> displayNames) {
        Div section = section("dashboard.workload");
        if (!WorkloadTable.hasRows(stats, checkers)) {
            section.add(new Paragraph(getTranslation("dashboard.workload.none")));
            return section;
        }
        Paragraph who = new Paragraph(getTranslation("dashboard.workload.who"));
        who.addClassName("fd-dashboard-hint");
        section.add(who, WorkloadTable.of(stats, checkers, displayNames, key -> getTranslation(key)));
        return section;
    }

    private Div verdicts(DeskStats stats, List<RatingItem> scale) {
        Div section = section("dashboard.verdicts");
        Map<Long, Long> counts = stats.verdicts().stream()
                .collect(Collectors.toMap(DeskStats.VerdictCount::ratingId, DeskStats.VerdictCount::count));
        long max = counts.values().stream().mapToLong(Long::longValue).max().orElse(0);
        Element chart = Bars.chart();
        for (RatingItem rating : scale) {
            long count = counts.getOrDefault(rating.id(), 0L);
            if (count > 0 || !rating.retired()) {
                Bars.row(chart, "verdict-count-" + rating.id(), rating.label(getLocale()), count, max,
                        link(Set.of(ClaimStatus.APPROVED), null, rating.id(), false), rating.colour(),
                        "fd-bar-verdict");
            }
        }
        section.add(Markup.html(chart));
        return section;
    }

    private Div median(DeskStats stats) {
        Div section = section("dashboard.median");
        Duration median = stats.medianTimeToApproval();
        if (median == null) {
            // A sentence, not a figure: in the figures' large type it read as a number that went wrong.
            Span none = new Span(getTranslation("dashboard.median.none"));
            none.setId("median-time");
            none.addClassName("fd-stat-none");
            section.add(none);
            return section;
        }
        Anchor number = Links.to(link(Set.of(ClaimStatus.APPROVED), null, null, false), duration(median));
        number.setId("median-time");
        number.addClassName("fd-stat-number");
        section.add(number);
        return section;
    }

    /** Days and hours from a day on, hours and minutes below, minutes below an hour. */
    private String duration(Duration duration) {
        long days = duration.toDays();
        int hours = duration.toHoursPart();
        if (days > 0) {
            return getTranslation("dashboard.duration.days-hours", days, hours);
        }
        if (hours > 0) {
            return getTranslation("dashboard.duration.hours-minutes", hours, duration.toMinutesPart());
        }
        return getTranslation("dashboard.duration.minutes", duration.toMinutesPart());
    }

    private Div section(String titleKey) {
        Div section = new Div(new H2(getTranslation(titleKey)));
        section.addClassName("fd-dashboard-section");
        return section;
    }

    private static String link(Set<ClaimStatus> statuses, @Nullable String assignee, @Nullable Long ratingId,
                               boolean overdue) {
        return ClaimListParameters.link(new ClaimFilter(statuses, assignee, null, ratingId, overdue, ""));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.dashboard");
    }
}
