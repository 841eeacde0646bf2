package org.factdesk.claim;

import com.vaadin.flow.shared.Registration;
import java.util.function.Consumer;
import org.factdesk.base.AfterCommit;
import org.factdesk.base.Broadcaster;
import org.factdesk.base.DeskEvents;
import org.factdesk.security.AppRoles;
import org.springframework.context.event.EventListener;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * Tells open screens that claims changed, once the change is committed: one message per transaction however many
 * history entries it wrote, none for a change that was rolled back, and never on the thread of the colleague who made
 * the change (see {@link Broadcaster}). Screens read what they show afresh; the message only says which claims and
 * articles to look at again, and who changed them. It reaches every node ({@link DeskEvents}); from another node, or
 * on PostgreSQL, a change carries its ids, action and actor only (no detail, value or watchers).
 */
@Service
public class ClaimUpdates {

    private final DeskEvents.Topic<ClaimChanges> topic;

    ClaimUpdates(DeskEvents events) {
        topic = events.topic("claims", ClaimChanges::payloads, ClaimChanges::fromPayload);
    }

    /** In the change's transaction, as {@link ActivityLog} publishes it: only gathered until the commit. */
    @EventListener
    void on(ClaimChanged change) {
        AfterCommit.collect(this, change, changes -> topic.publish(new ClaimChanges(changes)));
    }

    /** Hears of every committed change of any claim until the registration is removed. */
    @PreAuthorize(AppRoles.IS_SIGNED_IN)
    public Registration subscribe(Consumer<ClaimChanges> listener) {
        return topic.subscribe(listener);
    }
}
