package org.factdesk.notification;

import java.time.Clock;
import java.util.List;
import org.factdesk.base.RefusedException;
import org.factdesk.security.AppRoles;
import org.factdesk.security.CurrentUser;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Limit;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The signed-in user's own notifications; nobody reads or marks anyone else's. */
@Service
@PreAuthorize(AppRoles.IS_SIGNED_IN)
public class NotificationService {

    /** The most a list asks for at once: a bell shows the latest few, not a whole history. */
    public static final int LIMIT_MAX = 200;

    private final NotificationRepository notifications;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    NotificationService(NotificationRepository notifications, CurrentUser currentUser, Clock clock,
                        ApplicationEventPublisher events) {
        this.notifications = notifications;
        this.currentUser = currentUser;
        this.clock = clock;
        this.events = events;
    }

    /** The latest notifications, newest first; {@code limit} is kept between 1 and {@link #LIMIT_MAX}. */
    @Transactional(readOnly = true)
    public List<NotificationItem> mine(int limit) {
        int bounded = Math.clamp(limit, 1, LIMIT_MAX);
        return notifications.findByRecipientOrderByCreatedAtDescIdDesc(currentUser.require(), Limit.of(bounded))
                .stream().map(Notification::toItem).toList();
    }

    @Transactional(readOnly = true)
    public long unreadCount() {
        return notifications.countByRecipientAndReadAtIsNull(currentUser.require());
    }

    /** Marks one of the user's notifications read; another user's is refused as if it did not exist. */
    @Transactional
    public void markRead(long id) {
        notifications.findByIdAndRecipient(id, currentUser.require())
                .orElseThrow(() -> new RefusedException(null, "notification.error.not-found"))
                .markRead(clock.instant());
        readElsewhere();
    }

    @Transactional
    public void markAllRead() {
        notifications.findByRecipientAndReadAtIsNull(currentUser.require())
                .forEach(notification -> notification.markRead(clock.instant()));
        readElsewhere();
    }

    /** The user's other tabs show the new count too. */
    private void readElsewhere() {
        events.publishEvent(new NotificationsChanged(currentUser.require()));
    }
}
