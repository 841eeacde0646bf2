package org.factdesk.workflow.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;
import java.util.function.BooleanSupplier;
import org.factdesk.security.AppRoles;
import org.factdesk.workflow.ReviewQueueService;

/**
 * The address {@code /}, where a sign-in lands: each person is forwarded to where their work is, so the address bar
 * and the highlighted menu item name that page. Editors (also those who hold other roles) go to the review queue when
 * a verdict waits there, else to the articles; checkers to their tasks; everyone else to the articles.
 */
@Route("")
@PermitAll
class LandingView extends Div implements BeforeEnterObserver {

    static final String ARTICLES = "articles";
    static final String TASKS = "tasks";

    private final AuthenticationContext authentication;
    private final ReviewQueueService queue;

    LandingView(AuthenticationContext authentication, ReviewQueueService queue) {
        this.authentication = authentication;
        this.queue = queue;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        event.forwardTo(landing(authentication.hasRole(AppRoles.EDITOR), authentication.hasRole(AppRoles.CHECKER),
                () -> queue.countUpTo(1) > 0));
    }

    /** Where a person with these roles lands; the queue is counted only for editors. */
    static String landing(boolean editor, boolean checker, BooleanSupplier reviewWaiting) {
        if (editor) {
            return reviewWaiting.getAsBoolean() ? ReviewQueueView.PATH : ARTICLES;
        }
        return checker ? TASKS : ARTICLES;
    }
}
