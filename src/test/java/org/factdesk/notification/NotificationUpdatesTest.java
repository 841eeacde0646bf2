package org.factdesk.notification;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.shared.Registration;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.factdesk.comment.CommentService;
import org.factdesk.claim.CommittedArticle;
import org.factdesk.claim.SignedIn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Bells hear of their user's notifications once they are committed, and only their user's. No test transaction,
 * since only commits are told; the test's own article and its notifications are removed afterwards.
 */
@SpringBootTest
@ExtendWith(SignedIn.class)
class NotificationUpdatesTest {

    @Autowired
    NotificationUpdates updates;

    @Autowired
    NotificationService notifications;

    @Autowired
    CommentService comments;

    @Autowired
    UserDetailsService users;

    @Autowired
    PlatformTransactionManager transactions;

    @Autowired
    ApplicationContext context;

    private CommittedArticle article;
    private final BlockingQueue<String> heard = new LinkedBlockingQueue<>();
    private Registration checkers;
    private Registration editors;

    @BeforeEach
    void an_article_and_two_open_bells() {
        SignedIn.as(users, "checker");
        checkers = updates.subscribe(() -> heard.add("checker"));
        SignedIn.as(users, "editor");
        editors = updates.subscribe(() -> heard.add("editor"));
        article = CommittedArticle.importedBy(context);
    }

    @AfterEach
    void remove_them() {
        checkers.remove();
        editors.remove();
        SignedIn.out();
        article.remove();
    }

    @Test
    void a_colleague_mentioned_hears_of_it_and_the_author_does_not() {
        comments.post(article.claim(), "Could you look at the figure, @checker?", Set.of());

        assertThat(next()).isEqualTo("checker");
        assertThat(heard).isEmpty();
    }

    @Test
    void a_notification_rolled_back_with_its_comment_is_never_told() {
        new TransactionTemplate(transactions).executeWithoutResult(status -> {
            comments.post(article.claim(), "@checker this one is rolled back", Set.of());
            status.setRollbackOnly();
        });
        SignedIn.as(users, "checker");
        notifications.markAllRead();

        assertThat(next()).as("the first thing heard is the reading, not the rolled-back mention")
                .isEqualTo("checker");
        assertThat(notifications.mine(10)).isEmpty();
    }

    @Test
    void reading_notifications_in_one_tab_tells_the_users_other_tabs() {
        comments.post(article.claim(), "@checker please", Set.of());
        assertThat(next()).isEqualTo("checker");
        SignedIn.as(users, "checker");

        notifications.markRead(notifications.mine(1).getFirst().id());

        assertThat(next()).isEqualTo("checker");
        assertThat(notifications.unreadCount()).isZero();
    }

    private String next() {
        try {
            String who = heard.poll(20, TimeUnit.SECONDS);
            assertThat(who).as("a bell should have heard").isNotNull();
            return who;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
