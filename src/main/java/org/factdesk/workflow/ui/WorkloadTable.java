package org.factdesk.workflow.ui;

import java.text.Collator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.factdesk.base.ui.Markup;
import org.factdesk.claim.ClaimFilter;
import org.factdesk.claim.DeskStats;
import org.factdesk.security.Colleague;
import org.jsoup.nodes.Element;

/**
 * Work per person who researches claims: every enabled fact-checker, with no work too (so the desk sees who is
 * free), and anyone else who holds open claims (an editor who researches some, a disabled account whose claims
 * wait to be reassigned). Viewers and editors without claims are left out. Each number links to the claims it counts.
 * One read-only block ({@link Markup}): a desk of twenty people is some 160 elements, which as components Vaadin would
 * keep for the session and replace one by one.
 */
final class WorkloadTable {

    private WorkloadTable() {
    }

    /** The table; {@code translate} gives the column headers' texts. */
    static Markup.Block of(DeskStats stats, List<Colleague> checkers, Function<String, String> displayNames,
                           Function<String, String> translate) {
        Element table = Markup.block("div", "fd-workload");
        for (String key : List.of("dashboard.workload.person", "dashboard.workload.open", "dashboard.workload.soon",
                "dashboard.workload.overdue")) {
            Markup.text(table, "span", translate.apply(key), "fd-workload-header");
        }
        for (DeskStats.Workload load : rows(stats, checkers, displayNames)) {
            String user = load.assignee();
            Markup.text(table, "span", displayNames.apply(user), "fd-workload-name");
            ClaimFilter open = new ClaimFilter(DeskStats.OPEN, user, null, null, false, "");
            ClaimFilter late = new ClaimFilter(DeskStats.OPEN, user, null, null, true, "");
            Bars.number(table, "workload-open-" + user, load.open(), ClaimListParameters.link(open));
            Bars.number(table, "workload-soon-" + user, load.dueSoon(),
                    ClaimListParameters.link(open.dueBetween(stats.today(), stats.dueSoonUntil())));
            Bars.number(table, "workload-overdue-" + user, load.overdue(), ClaimListParameters.link(late));
        }
        return Markup.html(table);
    }

    /** Whether anyone researches claims at all: when not, the dashboard says so instead of an empty table. */
    static boolean hasRows(DeskStats stats, List<Colleague> checkers) {
        return !checkers.isEmpty() || !stats.workloads().isEmpty();
    }

    private static List<DeskStats.Workload> rows(DeskStats stats, List<Colleague> checkers,
                                                 Function<String, String> displayNames) {
        Map<String, DeskStats.Workload> rows = new LinkedHashMap<>();
        checkers.forEach(checker -> rows.put(checker.username(), DeskStats.Workload.none(checker.username())));
        stats.workloads().forEach(load -> rows.put(load.assignee(), load));
        List<DeskStats.Workload> sorted = new ArrayList<>(rows.values());
        Collator collator = Collator.getInstance(Locale.ROOT);
        sorted.sort(Comparator.comparing((DeskStats.Workload load) -> displayNames.apply(load.assignee()), collator)
                .thenComparing(DeskStats.Workload::assignee));
        return sorted;
    }
}
