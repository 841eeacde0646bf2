package org.factdesk.notification;

import java.time.Clock;
import org.factdesk.comment.ColleagueMentioned;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Tells a colleague they were mentioned: in the comment's own transaction, so both are saved or neither. */
@Component
class MentionNotifier {

    private final NotificationRepository notifications;
    private final Clock clock;

    MentionNotifier(NotificationRepository notifications, Clock clock) {
        this.notifications = notifications;
        this.clock = clock;
    }

    @EventListener
    void on(ColleagueMentioned mention) {
        notifications.save(new Notification(mention.username(), mention.claimId(), NotificationKind.MENTION,
                mention.by(), clock.instant()));
    }
}
