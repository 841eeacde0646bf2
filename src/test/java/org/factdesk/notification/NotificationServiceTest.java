package org.factdesk.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.Set;
import org.factdesk.base.RefusedException;
import org.factdesk.claim.ClaimFixture;
import org.factdesk.comment.CommentService;
import org.factdesk.claim.SignedIn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.test.context.support.WithAnonymousUser;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.annotation.Transactional;

/** Mentions become notifications for the colleague mentioned, who alone reads and marks them. */
@SpringBootTest
@ExtendWith(SignedIn.class)
@Transactional
class NotificationServiceTest {

    @Autowired
    NotificationService notifications;

    @Autowired
    CommentService comments;

    @Autowired
    UserDetailsService users;

    @Autowired
    ApplicationContext context;

    @Test
    @WithUserDetails("editor")
    void a_mention_gives_the_colleague_mentioned_an_unread_notification() {
        long claim = claim();
        comments.post(claim, "Please have a look, @checker", Set.of());

        SignedIn.as(users, "checker");

        assertThat(notifications.unreadCount()).isEqualTo(1);
        assertThat(notifications.mine(10)).singleElement().satisfies(item -> {
            assertThat(item.claimId()).isEqualTo(claim);
            assertThat(item.kind()).isEqualTo(NotificationKind.MENTION);
            assertThat(item.actor()).isEqualTo("editor");
            assertThat(item.createdAt()).isNotNull();
            assertThat(item.read()).isFalse();
        });
    }

    @Test
    @WithUserDetails("editor")
    void nobody_else_is_notified() {
        comments.post(claim(), "Please have a look, @checker", Set.of());

        assertThat(notifications.unreadCount()).as("not the author").isZero();
        assertThat(notifications.mine(10)).isEmpty();
        SignedIn.as(users, "viewer");
        assertThat(notifications.unreadCount()).isZero();
        assertThat(notifications.mine(10)).isEmpty();
    }

    @Test
    @WithUserDetails("editor")
    void the_newest_come_first_and_the_limit_holds() {
        long first = claim(0);
        long second = claim(1);
        comments.post(first, "@checker one", Set.of());
        comments.post(second, "@checker two", Set.of());
        comments.post(second, "@checker three", Set.of());

        SignedIn.as(users, "checker");

        assertThat(notifications.unreadCount()).isEqualTo(3);
        assertThat(notifications.mine(10)).extracting(NotificationItem::claimId)
                .containsExactly(second, second, first);
        assertThat(notifications.mine(2)).hasSize(2).extracting(NotificationItem::claimId)
                .containsExactly(second, second);
        assertThat(notifications.mine(0)).as("at least one").hasSize(1);
    }

    @Test
    @WithUserDetails("editor")
    void marking_one_read_lowers_the_count() {
        comments.post(claim(0), "@checker one", Set.of());
        comments.post(claim(1), "@checker two", Set.of());
        SignedIn.as(users, "checker");
        NotificationItem newest = notifications.mine(10).getFirst();

        notifications.markRead(newest.id());

        assertThat(notifications.unreadCount()).isEqualTo(1);
        assertThat(notifications.mine(10)).extracting(NotificationItem::read).containsExactly(true, false);
        notifications.markRead(newest.id());
        assertThat(notifications.unreadCount()).as("marking twice changes nothing").isEqualTo(1);
    }

    @Test
    @WithUserDetails("editor")
    void marking_another_users_notification_is_refused() {
        comments.post(claim(), "@checker look", Set.of());
        SignedIn.as(users, "checker");
        long id = notifications.mine(10).getFirst().id();

        SignedIn.as(users, "viewer");
        RefusedException refused = catchThrowableOfType(RefusedException.class, () -> notifications.markRead(id));

        assertThat(refused).isNotNull();
        assertThat(refused.key()).isEqualTo("notification.error.not-found");
        SignedIn.as(users, "checker");
        assertThat(notifications.unreadCount()).isEqualTo(1);
    }

    @Test
    @WithUserDetails("checker")
    void an_unknown_notification_is_refused() {
        RefusedException refused = catchThrowableOfType(RefusedException.class,
                () -> notifications.markRead(999_999));

        assertThat(refused).isNotNull();
        assertThat(refused.key()).isEqualTo("notification.error.not-found");
    }

    @Test
    @WithUserDetails("editor")
    void marking_all_read_marks_only_the_users_own() {
        long claim = claim();
        comments.post(claim, "@checker @viewer one", Set.of());
        comments.post(claim, "@checker two", Set.of());
        SignedIn.as(users, "checker");

        notifications.markAllRead();

        assertThat(notifications.unreadCount()).isZero();
        assertThat(notifications.mine(10)).hasSize(2).allMatch(NotificationItem::read);
        SignedIn.as(users, "viewer");
        assertThat(notifications.unreadCount()).isEqualTo(1);
    }

    @Test
    @WithAnonymousUser
    void nobody_signed_out_reads_or_marks_notifications() {
        assertThatThrownBy(() -> notifications.unreadCount()).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> notifications.mine(10)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> notifications.markRead(1)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> notifications.markAllRead()).isInstanceOf(AccessDeniedException.class);
    }

    private long claim() {
        return claim(0);
    }

    private long claim(int index) {
        return new ClaimFixture(context).seedRows(100).get(index).id();
    }
}
