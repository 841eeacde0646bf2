package org.factdesk.notification;

import com.vaadin.flow.shared.Registration;
import java.util.Set;
import org.factdesk.base.AfterCommit;
import org.factdesk.base.Broadcaster;
import org.factdesk.security.AppRoles;
import org.factdesk.security.CurrentUser;
import org.springframework.context.event.EventListener;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * Tells a user's open bells that their notifications changed, once the change is committed: a colleague's action
 * brought a new one, or they read some in another tab. One message per transaction, for everyone it concerns.
 */
@Service
public class NotificationUpdates {

    private final Broadcaster<Set<String>> broadcaster = new Broadcaster<>();
    private final CurrentUser currentUser;

    NotificationUpdates(CurrentUser currentUser) {
        this.currentUser = currentUser;
    }

    @EventListener
    void on(NotificationsChanged change) {
        AfterCommit.collect(this, change.recipient(), recipients -> broadcaster.broadcast(Set.copyOf(recipients)));
    }

    /** Calls back whenever the signed-in user's notifications changed, until the registration is removed. */
    @PreAuthorize(AppRoles.IS_SIGNED_IN)
    public Registration subscribe(Runnable onChange) {
        String me = currentUser.require();
        return broadcaster.register(recipients -> {
            if (recipients.contains(me)) {
                onChange.run();
            }
        });
    }
}
