package org.factdesk.workflow.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.text.Collator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.factdesk.claim.ClaimFilter;
import org.factdesk.claim.DeskStats;
import org.factdesk.security.Colleague;

/**
 * Work per person who researches claims: every enabled fact-checker, with no work too (so the desk sees who is
 * free), and anyone else who holds open claims (an editor who researches some, a disabled account whose claims
 * wait to be reassigned). Viewers and editors without claims are left out. Each number links to the claims it counts.
 */
class WorkloadTable extends Div {

    WorkloadTable(DeskStats stats, List<Colleague> checkers, Function<String, String> displayNames) {
        addClassName("fd-workload");
        add(header("dashboard.workload.person"), header("dashboard.workload.open"), header("dashboard.workload.soon"),
                header("dashboard.workload.overdue"));
        for (DeskStats.Workload load : rows(stats, checkers, displayNames)) {
            String user = load.assignee();
            Span name = new Span(displayNames.apply(user));
            name.addClassName("fd-workload-name");
            ClaimFilter open = new ClaimFilter(DeskStats.OPEN, user, null, null, false, "");
            ClaimFilter late = new ClaimFilter(DeskStats.OPEN, user, null, null, true, "");
            add(name, Bars.number("workload-open-" + user, load.open(), ClaimListParameters.link(open)),
                    Bars.number("workload-soon-" + user, load.dueSoon(),
                            ClaimListParameters.link(open.dueBetween(stats.today(), stats.dueSoonUntil()))),
                    Bars.number("workload-overdue-" + user, load.overdue(), ClaimListParameters.link(late)));
        }
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

    private Span header(String key) {
        Span header = new Span(getTranslation(key));
        header.addClassName("fd-workload-header");
        return header;
    }
}
