package org.factdesk.notification.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Span;
import org.factdesk.base.HeaderItem;
import org.factdesk.base.ui.LiveUpdates;
import org.factdesk.claim.ResearchService;
import org.factdesk.desk.DeskSettingsService;
import org.factdesk.security.CurrentUser;
import org.factdesk.security.UserService;
import org.factdesk.notification.NotificationService;
import org.factdesk.notification.NotificationUpdates;

/** Adds the notification bell to the header of every signed-in page; signed out, there is nothing to show. */
@org.springframework.stereotype.Component
class NotificationBell implements HeaderItem {

    private final NotificationService notifications;
    private final UserService users;
    private final DeskSettingsService settings;
    private final CurrentUser currentUser;
    private final NotificationUpdates updates;
    private final ResearchService research;

    NotificationBell(NotificationService notifications, UserService users, DeskSettingsService settings,
                     CurrentUser currentUser, NotificationUpdates updates, ResearchService research) {
        this.research = research;
        this.notifications = notifications;
        this.updates = updates;
        this.users = users;
        this.settings = settings;
        this.currentUser = currentUser;
    }

    @Override
    public Component create() {
        if (currentUser.username().isEmpty()) {
            Span nothing = new Span();
            nothing.setVisible(false);
            return nothing;
        }
        NotificationMenu menu = new NotificationMenu(notifications, users::displayName, research::details,
                currentUser.username().get(), settings.get().zoneId());
        LiveUpdates.bindSignal(menu, updates::subscribe, menu::changedElsewhere);
        return menu;
    }

    /** Before the language switch and the user's name. */
    @Override
    public int order() {
        return -100;
    }
}
