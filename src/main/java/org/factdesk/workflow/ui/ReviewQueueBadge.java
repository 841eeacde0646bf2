package org.factdesk.workflow.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.spring.security.AuthenticationContext;
import com.vaadin.flow.shared.Registration;
import java.util.Optional;
import org.factdesk.base.MenuBadge;
import org.factdesk.base.ui.LiveUpdates;
import org.factdesk.claim.ClaimUpdates;
import org.factdesk.security.AppRoles;
import org.factdesk.workflow.ReviewQueueService;

/**
 * How many verdicts wait in the review queue, beside its menu entry, for editors: work waiting for them shows on
 * every page. One count over the status index; counted again on every page opened and when a claim changes status
 * anywhere.
 */
@org.springframework.stereotype.Component
class ReviewQueueBadge implements MenuBadge {

    private final ReviewQueueService queue;
    private final ClaimUpdates updates;
    private final AuthenticationContext authentication;

    ReviewQueueBadge(ReviewQueueService queue, ClaimUpdates updates, AuthenticationContext authentication) {
        this.queue = queue;
        this.updates = updates;
        this.authentication = authentication;
    }

    @Override
    public String path() {
        return ReviewQueueView.PATH;
    }

    @Override
    public Optional<Component> create() {
        if (!authentication.hasRole(AppRoles.EDITOR)) {
            return Optional.empty();
        }
        Span count = new Span();
        count.setId("nav-review-count");
        count.addClassName("fd-nav-count");
        show(count);
        LiveUpdates.bind(count, updates::subscribe, changes -> changes.changes().stream()
                .anyMatch(change -> change.action().equals("claim.status")), changes -> show(count));
        // And on every page the user opens: the layout stays, the count is read afresh.
        count.addAttachListener(attach -> {
            Registration navigation = attach.getUI().addAfterNavigationListener(event -> show(count));
            count.addDetachListener(detach -> {
                navigation.remove();
                detach.unregisterListener();
            });
        });
        return Optional.of(count);
    }

    private void show(Span count) {
        if (!authentication.hasRole(AppRoles.EDITOR)) {
            count.setVisible(false);
            return;
        }
        long waiting = queue.count();
        count.setText(waiting > 999 ? "999+" : Long.toString(waiting));
        count.setVisible(waiting > 0);
        count.getElement().setAttribute("title", count.getTranslation("nav.review-count", waiting));
    }
}
