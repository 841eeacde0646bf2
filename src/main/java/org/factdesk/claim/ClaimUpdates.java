package org.factdesk.claim;

import com.vaadin.flow.shared.Registration;
import java.util.function.Consumer;
import org.factdesk.base.AfterCommit;
import org.factdesk.base.Broadcaster;
import org.factdesk.security.AppRoles;
import org.springframework.context.event.EventListener;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * Tells open screens that claims changed, once the change is committed: one message per transaction however many
 * history entries it wrote, none for a change that was rolled back, and never on the thread of the colleague who made
 * the change (see {@link Broadcaster}). Screens read what they show afresh; the message only says which claims and
 * articles to look at again, and who changed them.
 */
@Service
public class ClaimUpdates {

    private final Broadcaster<ClaimChanges> broadcaster = new Broadcaster<>();

    /** In the change's transaction, as {@link ActivityLog} publishes it: only gathered until the commit. */
    @EventListener
    void on(ClaimChanged change) {
        AfterCommit.collect(this, change, changes -> broadcaster.broadcast(new ClaimChanges(changes)));
    }

    /** Hears of every committed change of any claim until the registration is removed. */
    @PreAuthorize(AppRoles.IS_SIGNED_IN)
    public Registration subscribe(Consumer<ClaimChanges> listener) {
        return broadcaster.register(listener);
    }
}
