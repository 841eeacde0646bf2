package org.factdesk.workflow.ui;

import com.vaadin.flow.component.Component;
import java.util.Locale;
import org.factdesk.claim.ClaimStatus;
import org.factdesk.claim.Priority;

/** The small labels of the desk's lists: a claim's status, its priority, and whether it is overdue. */
final class TaskBadges {

    private TaskBadges() {
    }

    static String statusLabel(Component owner, ClaimStatus status) {
        return owner.getTranslation("claim.status." + status.name());
    }

    /** The status's part of the badge's class name, {@code fd-status-to_check} and so on. */
    static String statusClass(ClaimStatus status) {
        return status.name().toLowerCase(Locale.ROOT);
    }

    static String priority(Component owner, Priority priority) {
        return owner.getTranslation("tasks.priority." + priority.name());
    }

}
