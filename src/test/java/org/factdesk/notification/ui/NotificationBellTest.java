package org.factdesk.notification.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.popover.PopoverTester;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Set;
import org.factdesk.article.ArticleService;
import org.factdesk.workflow.AssignmentData;
import org.factdesk.claim.ClaimService;
import org.factdesk.claim.Priority;
import org.factdesk.workflow.WorkflowService;
import org.factdesk.comment.CommentService;
import org.factdesk.claim.SignedIn;
import org.factdesk.notification.NotificationItem;
import org.factdesk.notification.NotificationKind;
import org.factdesk.notification.NotificationService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.test.context.support.WithAnonymousUser;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.annotation.Transactional;

/** The bell in the header: the unread count, the list it opens, marking read and going to the claim. */
@SpringBootTest
@ExtendWith(SignedIn.class)
@Transactional
@ViewPackages(packages = "org.factdesk")
class NotificationBellTest extends SpringBrowserlessTest {

    @Autowired
    CommentService comments;

    @Autowired
    NotificationService notifications;

    @Autowired
    NotificationBell bell;

    @Autowired
    ClaimService claims;

    @Autowired
    ArticleService articles;

    @Autowired
    UserDetailsService users;

    @Autowired
    WorkflowService workflow;

    @PersistenceContext
    EntityManager entities;

    @Test
    @WithUserDetails("editor")
    void the_bell_shows_the_unread_count_after_mentions() {
        comments.post(claim(0), "@checker please", Set.of());
        comments.post(claim(1), "@checker and this", Set.of());

        openPageAs("checker");

        assertThat(countShown()).isTrue();
        assertThat(count().getText()).isEqualTo("2");
        assertThat(bellButton().getAriaLabel()).contains("Notifications, 2 unread");
    }

    @Test
    @WithUserDetails("viewer")
    void without_notifications_the_bell_shows_no_count_and_the_list_made_on_its_first_opening_is_empty() {
        openPageAs("viewer");

        assertThat(countShown()).isFalse();
        assertThat(bellButton().getAriaLabel()).contains("Notifications, 0 unread");
        assertThat($(Div.class).withId("notification-list").exists()).as("made on the first opening").isFalse();
        assertThat($(Button.class).withId("notifications-mark-all").exists()).isFalse();
        PopoverTester.forTarget(bellButton()).clickTarget();
        assertThat($(Paragraph.class, list()).single().getText()).isEqualTo("No notifications yet.");
        assertThat($(Button.class).id("notifications-mark-all").getText()).isEqualTo("Mark all as read");
    }

    @Test
    @WithUserDetails("editor")
    void opening_the_bell_lists_the_notifications_newest_first_unread_ones_marked() {
        long first = claim(0);
        long second = claim(1);
        comments.post(first, "@checker please", Set.of());
        comments.post(second, "@checker and this", Set.of());
        openPageAs("checker");
        List<NotificationItem> mine = notifications.mine(10);
        notifications.markRead(mine.get(1).id());

        PopoverTester.forTarget(bellButton()).clickTarget();

        List<Button> entries = $(Button.class, list()).all();
        assertThat(entries).extracting(Component::getId).extracting(id -> id.orElseThrow())
                .containsExactly("notification-" + mine.get(0).id(), "notification-" + mine.get(1).id());
        assertThat(entries).extracting(Button::getText)
                .containsExactly("Eddie Editor mentioned you on a claim", "Eddie Editor mentioned you on a claim");
        assertThat(entries.get(0).hasClassName("fd-unread")).isTrue();
        assertThat(entries.get(1).hasClassName("fd-unread")).isFalse();
        assertThat(count().getText()).as("the count is read again when the list opens").isEqualTo("1");
    }

    @Test
    @WithUserDetails("editor")
    void clicking_a_notification_marks_it_read_and_opens_its_claim() {
        long claim = claim(0);
        comments.post(claim, "@checker please", Set.of());
        comments.post(claim(1), "@checker and this", Set.of());
        openPageAs("checker");
        NotificationItem oldest = notifications.mine(10).get(1);
        PopoverTester.forTarget(bellButton()).clickTarget();

        test($(Button.class).id("notification-" + oldest.id())).click();

        assertThat(notifications.mine(10)).filteredOn(NotificationItem::read).extracting(NotificationItem::id)
                .containsExactly(oldest.id());
        assertThat(count().getText()).isEqualTo("1");
        assertThat(UI.getCurrent().getActiveViewLocation().getPath()).isEqualTo("claims/" + claim);
    }

    @Test
    @WithUserDetails("editor")
    void mark_all_as_read_clears_the_count() {
        comments.post(claim(0), "@checker please", Set.of());
        comments.post(claim(1), "@checker and this", Set.of());
        openPageAs("checker");
        PopoverTester.forTarget(bellButton()).clickTarget();

        test($(Button.class).id("notifications-mark-all")).click();

        assertThat(notifications.unreadCount()).isZero();
        assertThat(countShown()).isFalse();
        assertThat(bellButton().getAriaLabel()).contains("Notifications, 0 unread");
        assertThat($(Button.class, list()).all()).hasSize(2).noneMatch(entry -> entry.hasClassName("fd-unread"));
    }

    @Test
    @WithUserDetails("checker")
    void the_bell_is_translated() {
        UI.getCurrent().setLocale(java.util.Locale.FRENCH);
        openPageAs("checker");

        assertThat(bellButton().getAriaLabel()).contains("Notifications, 0 non lue");
        PopoverTester.forTarget(bellButton()).clickTarget();
        assertThat($(Button.class).id("notifications-mark-all").getText()).isEqualTo("Tout marquer comme lu");
    }

    @Test
    @WithUserDetails("editor")
    void watchers_read_what_happened_in_words() {
        long claim = claim(0);
        claims.select(claim, claims.find(claim).orElseThrow().version());
        entities.flush();
        workflow.assign(claim, claims.find(claim).orElseThrow().version(),
                new AssignmentData("checker", null, Priority.NORMAL));
        comments.post(claim, "Please check the figure first.", Set.of());
        entities.flush();
        openPageAs("checker");

        PopoverTester.forTarget(bellButton()).clickTarget();

        assertThat($(Button.class, list()).all()).extracting(Button::getText).containsExactly(
                "Eddie Editor commented on a claim: “Please check the figure first.”",
                "Eddie Editor assigned you a claim");
    }

    @Test
    @WithUserDetails("editor")
    void a_notification_says_which_claim_and_an_assignment_its_due_date() {
        long claim = claim(0);
        claims.select(claim, claims.find(claim).orElseThrow().version());
        entities.flush();
        java.time.LocalDate due = java.time.LocalDate.now().plusDays(10);
        workflow.assign(claim, claims.find(claim).orElseThrow().version(),
                new AssignmentData("checker", due, Priority.NORMAL));
        entities.flush();
        String statement = claims.find(claim).orElseThrow().statement();
        openPageAs("checker");

        PopoverTester.forTarget(bellButton()).clickTarget();

        String about = $(com.vaadin.flow.component.html.Span.class, list()).withClassName("fd-notification-about")
                .single().getText();
        assertThat(about).startsWith("“" + NotificationMenu.firstWords(statement) + "”, in Le dirigeant russe")
                .endsWith("; due on " + org.factdesk.base.ui.Formats.date(due, java.util.Locale.ENGLISH));
        assertThat(NotificationMenu.firstWords("word ".repeat(40))).endsWith("word…")
                .hasSizeLessThanOrEqualTo(NotificationMenu.FIRST_WORDS + 1);
    }

    @Test
    @WithUserDetails("checker")
    void an_overdue_claim_and_a_return_with_its_reason_read_as_one_line_each_in_both_languages() {
        openPageAs("checker");
        NotificationMenu menu = $(NotificationMenu.class).single();
        NotificationItem late = new NotificationItem(1, 2, NotificationKind.OVERDUE, "system", "2026-01-05", null,
                java.time.Instant.EPOCH, false);
        NotificationItem returned = new NotificationItem(3, 2, NotificationKind.STATUS, "editor", "return",
                "Find the decree itself.", java.time.Instant.EPOCH, false);

        assertThat(menu.text(late, "system")).isEqualTo("A claim you follow is overdue: it was due on Jan 5, 2026");
        assertThat(menu.text(returned, "Eddie Editor"))
                .isEqualTo("Eddie Editor returned a claim to research: “Find the decree itself.”");
        UI.getCurrent().setLocale(java.util.Locale.FRENCH);
        assertThat(menu.text(late, "system"))
                .isEqualTo("Une affirmation que vous suivez est en retard : échéance le 5 janv. 2026");
        assertThat(menu.text(returned, "Eddie Editor"))
                .isEqualTo("Eddie Editor a renvoyé une affirmation en vérification : "
                        + "«\u00a0Find the decree itself.\u00a0»");
    }

    @Test
    @WithAnonymousUser
    void nobody_signed_out_gets_a_bell() {
        Component nothing = bell.create();

        assertThat(nothing.isVisible()).isFalse();
        assertThat(nothing).isNotInstanceOf(NotificationMenu.class);
    }

    /**
     * Opens a page as the user with a new main layout, and so a new bell, as loading a page does: the test's UI built
     * one at start-up, which the router would keep for every page inside it, but not across the login page.
     */
    private void openPageAs(String username) {
        SignedIn.as(users, username);
        UI.getCurrent().navigate("login");
        UI.getCurrent().navigate("articles");
    }

    private Button bellButton() {
        return $(Button.class).id("notification-bell");
    }

    private Span count() {
        return $(Span.class).id("notification-count");
    }

    /** Whether the count is shown: the query finds only visible components. */
    private boolean countShown() {
        return $(Span.class).withId("notification-count").exists();
    }

    private Div list() {
        return $(Div.class).id("notification-list");
    }

    private long claim(int index) {
        long seed = articles.list("vise à renforcer les liens de Bakou", PageRequest.of(0, 10)).getFirst().id();
        return claims.list(seed, PageRequest.of(0, 100)).get(index).id();
    }
}
