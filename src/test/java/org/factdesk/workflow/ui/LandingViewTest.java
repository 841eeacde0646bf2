package org.factdesk.workflow.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.UI;
import java.time.Instant;
import org.factdesk.claim.SignedIn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.annotation.Transactional;

/**
 * Where {@code /} (the page a sign-in lands on) takes each role: forwarded, so the address and the highlighted menu
 * item name the page shown.
 */
@SpringBootTest
@ExtendWith(SignedIn.class)
@Transactional
@ViewPackages(packages = "org.factdesk")
class LandingViewTest extends SpringBrowserlessTest {

    @Autowired
    UserDetailsService users;

    @RegisterExtension
    final DeskClaims desk = new DeskClaims();

    private String landing() {
        UI.getCurrent().navigate("");
        return UI.getCurrent().getInternals().getActiveViewLocation().getPath();
    }

    @Test
    @WithUserDetails("checker")
    void a_checker_lands_on_their_tasks() {
        assertThat(landing()).isEqualTo("tasks");
        assertThat(getCurrentView()).isInstanceOf(MyTasksView.class);
    }

    @Test
    @WithUserDetails("editor")
    void an_editor_lands_on_the_articles_while_nothing_waits_for_review() {
        assertThat(landing()).isEqualTo("articles");
    }

    @Test
    @WithUserDetails("editor")
    void an_editor_lands_on_the_review_queue_when_a_verdict_waits() {
        desk.inReview(desk.seed().getFirst(), Instant.parse("2026-03-02T10:00:00Z"));
        SignedIn.as(users, "editor");

        assertThat(landing()).isEqualTo("review");
        assertThat(getCurrentView()).isInstanceOf(ReviewQueueView.class);
    }

    @Test
    @WithMockUser(username = "editor", roles = {"CHECKER", "EDITOR", "ADMIN"})
    void a_user_with_several_roles_follows_the_editor_rule_first() {
        assertThat(landing()).isEqualTo("articles");
    }

    @Test
    @WithMockUser(username = "viewer", roles = "VIEWER")
    void a_viewer_lands_on_the_articles() {
        assertThat(landing()).isEqualTo("articles");
    }

    @Test
    @WithMockUser(username = "admin", roles = "ADMIN")
    void an_administrator_lands_on_the_articles() {
        assertThat(landing()).isEqualTo("articles");
    }

    @Test
    void the_landing_rule_reads_the_queue_only_for_editors() {
        assertThat(LandingView.landing(false, true, () -> {
            throw new AssertionError("a checker's landing never counts the review queue");
        })).isEqualTo("tasks");
        assertThat(LandingView.landing(true, true, () -> true)).isEqualTo("review");
        assertThat(LandingView.landing(true, true, () -> false)).isEqualTo("articles");
        assertThat(LandingView.landing(false, false, () -> true)).isEqualTo("articles");
    }
}
