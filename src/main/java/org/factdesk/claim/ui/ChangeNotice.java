package org.factdesk.claim.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import org.jspecify.annotations.Nullable;

/**
 * Tells the user, without interrupting them, that a colleague changed the claim while they were editing it: their
 * edits stay on screen, and Reload shows the colleague's version instead. One notice at a time per page; a later
 * change only updates its words. It closes with the page.
 */
final class ChangeNotice {

    private final Component owner;
    private final Span message = new Span();
    private @Nullable Notification open;

    ChangeNotice(Component owner) {
        this.owner = owner;
        owner.addDetachListener(event -> close());
    }

    void show(String colleague, Runnable reload) {
        message.setText(owner.getTranslation("live.changed-while-editing", colleague));
        if (open != null && open.isOpened()) {
            return;
        }
        Notification notice = new Notification();
        notice.setId("live-notice");
        notice.addThemeVariants(NotificationVariant.LUMO_CONTRAST);
        notice.setPosition(Notification.Position.BOTTOM_START);
        notice.setDuration(0);
        Button reloadButton = new Button(owner.getTranslation("workspace.reload"), click -> {
            close();
            reload.run();
        });
        reloadButton.setId("live-reload");
        reloadButton.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button closeButton = new Button(VaadinIcon.CLOSE_SMALL.create(), click -> close());
        closeButton.setId("live-close");
        closeButton.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
        closeButton.setAriaLabel(owner.getTranslation("live.close"));
        HorizontalLayout content = new HorizontalLayout(message, reloadButton, closeButton);
        content.setAlignItems(FlexComponent.Alignment.CENTER);
        notice.add(content);
        notice.open();
        open = notice;
    }

    boolean isOpen() {
        return open != null && open.isOpened();
    }

    void close() {
        if (open != null) {
            open.close();
            open = null;
        }
    }
}
