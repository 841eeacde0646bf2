package org.factdesk.workflow.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.factdesk.article.ArticleService;
import org.factdesk.base.ui.NotFoundView;
import org.factdesk.claim.ClaimService;
import org.factdesk.claim.Priority;
import org.factdesk.claim.RatingItem;
import org.factdesk.claim.RatingScaleService;
import org.factdesk.claim.SignedIn;
import org.factdesk.claim.WorkflowService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.annotation.Transactional;

/** The editors' dashboard: its numbers, each a link to the claims it counts, and who may see it. */
@SpringBootTest
@ExtendWith(SignedIn.class)
@Transactional
@ViewPackages(packages = "org.factdesk")
@WithUserDetails("editor")
class DashboardViewTest extends SpringBrowserlessTest {

    private static final Instant T0 = Instant.parse("2026-01-05T09:00:00Z");

    @Autowired
    ArticleService articles;

    @Autowired
    ClaimService claims;

    @Autowired
    WorkflowService workflow;

    @Autowired
    RatingScaleService ratings;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    UserDetailsService users;

    @PersistenceContext
    EntityManager entities;

    private DeskClaims desk;
    private final LocalDate today = LocalDate.now();

    @BeforeEach
    void the_desk() {
        desk = new DeskClaims(articles, claims, workflow, jdbc, entities);
    }

    private Anchor number(String id) {
        return $(Anchor.class).id(id);
    }

    @Test
    void every_figure_is_a_link_to_the_claims_it_counts() {
        List<RatingItem> scale = ratings.active();
        long late = desk.assign(0, "checker", today.plusDays(2), Priority.NORMAL);
        desk.dueOn(late, today.minusDays(1));
        desk.assign(1, "checker", today.plusDays(2), Priority.NORMAL);
        desk.select(2);
        desk.approve(desk.select(3), scale.getFirst().id(), T0, T0.plus(Duration.ofHours(2)));
        desk.approve(desk.select(4), scale.getFirst().id(), T0, T0.plus(Duration.ofDays(1).plusHours(3)));
        desk.approve(desk.select(5), scale.get(1).id(), T0, T0.plus(Duration.ofDays(3)));

        navigate(DashboardView.class);

        assertThat(number("status-count-IN_RESEARCH").getText()).isEqualTo("2");
        assertThat(number("status-count-IN_RESEARCH").getHref()).isEqualTo("claims?status=IN_RESEARCH");
        assertThat(number("status-count-IN_RESEARCH").getElement().hasAttribute("router-link")).isTrue();
        assertThat(number("status-count-TO_CHECK").getText()).isEqualTo("1");
        assertThat(number("status-count-IN_REVIEW").getText()).isEqualTo("0");
        assertThat(number("status-count-APPROVED").getText()).isEqualTo("3");
        assertThat(number("status-count-CANDIDATE").getText()).isEqualTo(String.valueOf(desk.seed().size() - 6));
        assertThat(number("overdue-count").getText()).isEqualTo("1");
        assertThat(number("overdue-count").getHref()).isEqualTo("claims?overdue=true");
        assertThat(number("workload-open-checker").getText()).isEqualTo("2");
        assertThat(number("workload-open-checker").getHref())
                .isEqualTo("claims?status=TO_CHECK&status=IN_RESEARCH&status=IN_REVIEW&assignee=checker");
        assertThat(number("workload-soon-checker").getText()).isEqualTo("1");
        assertThat(number("workload-overdue-checker").getText()).isEqualTo("1");
        assertThat(number("workload-overdue-checker").getHref()).isEqualTo("claims?assignee=checker&overdue=true");
        long first = scale.getFirst().id();
        assertThat(number("verdict-count-" + first).getText()).isEqualTo("2");
        assertThat(number("verdict-count-" + first).getHref()).isEqualTo("claims?status=APPROVED&rating=" + first);
        assertThat(number("verdict-count-" + scale.get(1).id()).getText()).isEqualTo("1");
        assertThat(number("median-time").getText()).isEqualTo("1 d 3 h");
        assertThat(number("median-time").getHref()).isEqualTo("claims?status=APPROVED");
    }

    @Test
    void bars_are_as_wide_as_their_share_and_verdict_bars_take_the_ratings_colour() {
        List<RatingItem> scale = ratings.active();
        desk.approve(desk.select(0), scale.getFirst().id(), T0, T0.plus(Duration.ofMinutes(40)));
        desk.approve(desk.select(1), scale.getFirst().id(), T0, T0.plus(Duration.ofMinutes(50)));
        desk.approve(desk.select(2), scale.get(1).id(), T0, T0.plus(Duration.ofMinutes(45)));

        navigate(DashboardView.class);

        Div firstBar = $(Div.class, number("verdict-count-" + scale.getFirst().id()).getParent().orElseThrow()
                .getElement().getComponent().orElseThrow()).withClassName("fd-bar").single();
        Div secondBar = $(Div.class, number("verdict-count-" + scale.get(1).id()).getParent().orElseThrow()
                .getElement().getComponent().orElseThrow()).withClassName("fd-bar").single();
        assertThat(firstBar.getStyle().get("width")).isEqualTo("100%");
        assertThat(secondBar.getStyle().get("width")).isEqualTo("50%");
        assertThat(firstBar.getStyle().get("background-color")).isEqualTo(scale.getFirst().colour());
        assertThat(number("median-time").getText()).isEqualTo("45 min");
    }

    @Test
    void an_empty_desk_says_that_nothing_is_assigned_or_approved_yet() {
        navigate(DashboardView.class);

        assertThat(number("overdue-count").getText()).isEqualTo("0");
        assertThat(number("median-time").getText()).isEqualTo("No claim approved yet");
        assertThat($(Paragraph.class).withText("No open claim is assigned to anyone").exists()).isTrue();
    }

    @Test
    void a_checker_has_no_dashboard() {
        SignedIn.as(users, "checker");

        UI.getCurrent().navigate("dashboard");

        assertThat(getCurrentView()).isInstanceOf(NotFoundView.class);
    }

    @Test
    void a_viewer_has_no_dashboard() {
        SignedIn.as(users, "viewer");

        UI.getCurrent().navigate("dashboard");

        assertThat(getCurrentView()).isInstanceOf(NotFoundView.class);
        assertThat($(Anchor.class).withId("overdue-count").exists()).isFalse();
    }
}
