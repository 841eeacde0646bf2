package org.factdesk.base;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.ErrorHandler;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * What the user sees when an action fails in a way the view did not handle: a translated message, never a stack
 * trace. A save that lost a race with a colleague's says so; anything unexpected is logged for the administrator.
 */
@Component
class FriendlyErrors implements VaadinServiceInitListener, ErrorHandler {

    private static final Logger LOG = LoggerFactory.getLogger(FriendlyErrors.class);

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addSessionInitListener(init -> init.getSession().setErrorHandler(this));
    }

    @Override
    public void error(ErrorEvent event) {
        UI ui = UI.getCurrent();
        String key = keyFor(event.getThrowable());
        if (ui == null) {
            LOG.warn("Error outside a browser tab", event.getThrowable());
            return;
        }
        Notification.show(ui.getTranslation(key)).addThemeVariants(NotificationVariant.LUMO_ERROR);
    }

    static String keyFor(Throwable error) {
        for (Throwable cause = error; cause != null; cause = cause.getCause()) {
            if (cause instanceof OptimisticLockingFailureException
                    || cause instanceof jakarta.persistence.OptimisticLockException) {
                return "error.stale";
            }
            if (cause instanceof AccessDeniedException) {
                return "error.denied";
            }
            if (cause instanceof RefusedException refused) {
                return refused.key();
            }
        }
        LOG.error("Unexpected error", error);
        return "error.unexpected";
    }
}
