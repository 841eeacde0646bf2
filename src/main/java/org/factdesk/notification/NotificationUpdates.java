package org.factdesk.notification;

import com.vaadin.flow.shared.Registration;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.factdesk.base.AfterCommit;
import org.factdesk.base.DeskEvents;
import org.factdesk.security.AppRoles;
import org.factdesk.security.CurrentUser;
import org.springframework.context.event.EventListener;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * Tells a user's open bells that their notifications changed, once the change is committed: a colleague's action
 * brought a new one, or they read some in another tab. One message per transaction, for everyone it concerns, on
 * every node ({@link DeskEvents}: the usernames only).
 */
@Service
public class NotificationUpdates {

    private final DeskEvents.Topic<Set<String>> topic;
    private final CurrentUser currentUser;

    NotificationUpdates(CurrentUser currentUser, DeskEvents events) {
        this.currentUser = currentUser;
        this.topic = events.topic("notifications", NotificationUpdates::encode, NotificationUpdates::decode);
    }

    @EventListener
    void on(NotificationsChanged change) {
        AfterCommit.collect(this, change.recipient(), recipients -> topic.publish(Set.copyOf(recipients)));
    }

    /** Calls back whenever the signed-in user's notifications changed, until the registration is removed. */
    @PreAuthorize(AppRoles.IS_SIGNED_IN)
    public Registration subscribe(Runnable onChange) {
        String me = currentUser.require();
        return topic.subscribe(recipients -> {
            if (recipients.contains(me)) {
                onChange.run();
            }
        });
    }

    private static List<String> encode(Set<String> recipients) {
        return DeskEvents.payloads(recipients.stream().sorted()
                .map(recipient -> URLEncoder.encode(recipient, StandardCharsets.UTF_8)).toList());
    }

    private static Set<String> decode(String payload) {
        return Arrays.stream(payload.split("\n")).map(name -> URLDecoder.decode(name, StandardCharsets.UTF_8))
                .collect(Collectors.toUnmodifiableSet());
    }
}
