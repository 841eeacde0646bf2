package org.factdesk.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import java.util.ArrayList;
import java.util.List;
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

    /**
     * Where messages show: at the bottom in the middle, clear of the buttons, which sit at the start of a form's bar,
     * at the end of a dialog's footer (a dialog stands in the middle of the screen) and at the ends of the header.
     */
    static final Notification.Position POSITION = Notification.Position.BOTTOM_CENTER;

    /** How long a success shows: long enough to read a few words, short enough not to linger over the page. */
    static final int SUCCESS_MILLIS = 3000;

    /** Says briefly that something was saved; an error still shown from an earlier attempt goes, as it is now moot. */
    public static void success(Component owner, String key, Object... params) {
        clearErrors();
        Notification notification = Notification.show(owner.getTranslation(key, params), SUCCESS_MILLIS, POSITION);
        notification.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
    }

    /** An error stays until the user dismisses it (or an action succeeds), so it is never missed. */
    public static void error(Component owner, String key, Object... params) {
        errorText(owner, owner.getTranslation(key, params));
    }

    /** {@link #error} for a message already in the user's language (a field's refusal, for instance). */
    public static void errorText(Component owner, String message) {
        Notification notification = new Notification();
        notification.addThemeVariants(NotificationVariant.LUMO_ERROR);
        notification.setDuration(0);
        notification.setPosition(POSITION);
        Button close = new Button(owner.getTranslation("action.dismiss"), click -> notification.close());
        close.setId("error-dismiss");
        close.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
        HorizontalLayout content = new HorizontalLayout(new Span(message), close);
        content.setAlignItems(FlexComponent.Alignment.CENTER);
        notification.add(content);
        notification.open();
        UI ui = UI.getCurrent();
        if (ui != null) {
            shown(ui).add(notification);
            notification.addOpenedChangeListener(event -> {
                if (!event.isOpened()) {
                    shown(ui).remove(notification);
                }
            });
        }
    }

    /** Closes the errors still shown: the action they were about has now gone through. */
    public static void clearErrors() {
        UI ui = UI.getCurrent();
        if (ui != null) {
            List.copyOf(shown(ui)).forEach(Notification::close);
            shown(ui).clear();
        }
    }

    /** The errors this tab shows now. */
    @SuppressWarnings("unchecked")
    private static List<Notification> shown(UI ui) {
        Object errors = ComponentUtil.getData(ui, ERRORS);
        if (errors == null) {
            errors = new ArrayList<Notification>();
            ComponentUtil.setData(ui, ERRORS, errors);
        }
        return (List<Notification>) errors;
    }

    private static final String ERRORS = Notifications.class.getName() + ".errors";

    public static void refused(Component owner, RefusedException refusal, Runnable reload) {
        if (!STALE.contains(refusal.key())) {
            error(owner, refusal.key(), refusal.params());
            return;
        }
        Notification notification = new Notification();
        notification.addThemeVariants(NotificationVariant.LUMO_WARNING);
        notification.setDuration(0);
        notification.setPosition(POSITION);
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
