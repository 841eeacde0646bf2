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
 * every page. One count over the status index, up to a thousand, when the page's frame is drawn (a sign-in, a reload), when a claim
 * changes status anywhere (the live updates, which reach the user's own page and every node) and when the review
 * queue itself is opened, so that the badge agrees with the list; the frame stays from page to page, so opening any
 * other page (a claim) no longer counts (issue 15, the claim page's round trip).
 */
@org.springframework.stereotype.Component
class ReviewQueueBadge implements MenuBadge {

    /**
     * The most the badge shows exactly; above, "999+", and the count stops reading there: a full page load counted every
     * claim in review (80,000 on a desk of a million, some 55 ms) to show "999+" (issue 15, decision 017).
     */
    static final int SHOWN_UP_TO = 999;

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
        count.addAttachListener(attach -> {
            Registration navigation = attach.getUI().addAfterNavigationListener(event -> {
                if (event.getLocation().getPath().equals(ReviewQueueView.PATH)) {
                    show(count);
                }
            });
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
        long waiting = queue.countUpTo(SHOWN_UP_TO + 1);
        boolean more = waiting > SHOWN_UP_TO;
        count.setText(more ? SHOWN_UP_TO + "+" : Long.toString(waiting));
        count.setVisible(waiting > 0);
        count.getElement().setAttribute("title", more ? count.getTranslation("nav.review-count-more", SHOWN_UP_TO)
                : count.getTranslation("nav.review-count", waiting));
    }
}
