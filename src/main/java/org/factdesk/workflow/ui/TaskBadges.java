package org.factdesk.workflow.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Span;
import java.util.Locale;
import org.factdesk.claim.ClaimStatus;
import org.factdesk.claim.Priority;

/** The small labels of the desk's lists: a claim's status, its priority, and whether it is overdue. */
final class TaskBadges {

    private TaskBadges() {
    }

    static Span status(Component owner, ClaimStatus status) {
        Span badge = new Span(owner.getTranslation("claim.status." + status.name()));
        badge.addClassNames("fd-status", "fd-status-" + status.name().toLowerCase(Locale.ROOT));
        return badge;
    }

    static String priority(Component owner, Priority priority) {
        return owner.getTranslation("tasks.priority." + priority.name());
    }

    static Span overdue(Component owner) {
        Span badge = new Span(owner.getTranslation("tasks.overdue"));
        badge.addClassName("fd-overdue-badge");
        return badge;
    }

    static Span suggested(Component owner) {
        Span badge = new Span(owner.getTranslation("claim.suggested"));
        badge.getElement().getThemeList().add("badge success small");
        return badge;
    }
}
