package org.factdesk.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import java.util.Set;
import org.factdesk.base.RefusedException;

/**
 * The screens' short messages: a success, an error, a refusal; a refusal because a colleague changed the claim first
 * offers a one-click reload.
 */
public final class Notifications {

    /** Refusals because a colleague saved first: a reload shows their version. */
    private static final Set<String> STALE = Set.of("claim.error.stale", "source.error.stale");

    private Notifications() {
    }

    public static void success(Component owner, String key, Object... params) {
        Notification.show(owner.getTranslation(key, params)).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
    }

    public static void error(Component owner, String key, Object... params) {
        Notification.show(owner.getTranslation(key, params)).addThemeVariants(NotificationVariant.LUMO_ERROR);
    }

    public static void refused(Component owner, RefusedException refusal, Runnable reload) {
        if (!STALE.contains(refusal.key())) {
            error(owner, refusal.key(), refusal.params());
            return;
        }
        Notification notification = new Notification();
        notification.addThemeVariants(NotificationVariant.LUMO_WARNING);
        notification.setDuration(0);
        Button reloadButton = new Button(owner.getTranslation("workspace.reload"), click -> {
            notification.close();
            reload.run();
        });
        reloadButton.setId("stale-reload");
        reloadButton.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        HorizontalLayout content = new HorizontalLayout(new Span(owner.getTranslation(refusal.key())), reloadButton);
        content.setAlignItems(FlexComponent.Alignment.CENTER);
        notification.add(content);
        notification.open();
    }
}
