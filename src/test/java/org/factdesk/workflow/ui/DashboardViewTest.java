package org.factdesk.workflow.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.QueryParameters;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.factdesk.article.ArticleService;
import org.factdesk.PageText;
import org.factdesk.base.ui.AccessDeniedView;
import org.factdesk.claim.ClaimListItem;
import org.factdesk.claim.ClaimService;
import org.factdesk.claim.Priority;
import org.factdesk.rating.RatingItem;
import org.factdesk.rating.RatingScaleService;
import org.factdesk.claim.SignedIn;
import org.factdesk.workflow.WorkflowService;
import org.factdesk.desk.DeskSettingsService;
import org.factdesk.security.NewUserData;
import org.factdesk.security.Role;
import org.factdesk.security.UserService;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
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
    RatingScaleService ratings;

    @Autowired
    UserDetailsService users;

    @Autowired
    UserService userService;

    @RegisterExtension
    final DeskClaims desk = new DeskClaims();

    private LocalDate today;

    @BeforeEach
    void the_desk() {
        today = desk.today();
    }

    /**
     * A figure as the browser has it: from the charts' and the table's markup (read-only blocks), or the overdue and
     * median figures, which are components.
     */
    private Element number(String id) {
        return PageText.byId($(DashboardView.class).single(), id).orElseGet(() -> {
            Anchor anchor = $(Anchor.class).id(id);
            Element link = new Element("a").attr("href", anchor.getHref()).text(anchor.getText());
            return anchor.getElement().hasAttribute("router-link") ? link.attr("router-link", "") : link;
        });
    }

    /** The elements of the dashboard's read-only blocks that match a CSS selector. */
    private List<Element> inBlocks(String selector) {
        return PageText.blocks($(DashboardView.class).single()).stream()
                .flatMap(block -> block.select(selector).stream()).toList();
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

        assertThat(number("status-count-IN_RESEARCH").text()).isEqualTo("2");
        assertThat(number("status-count-IN_RESEARCH").attr("href")).isEqualTo("claims?status=IN_RESEARCH");
        assertThat(number("status-count-IN_RESEARCH").hasAttr("router-link")).isTrue();
        assertThat(number("status-count-TO_CHECK").text()).isEqualTo("1");
        assertThat(number("status-count-IN_REVIEW").text()).isEqualTo("0");
        assertThat(number("status-count-APPROVED").text()).isEqualTo("3");
        assertThat(number("status-count-CANDIDATE").text()).isEqualTo(String.valueOf(desk.seed().size() - 6));
        assertThat(number("overdue-count").text()).isEqualTo("1");
        assertThat(number("overdue-count").attr("href")).isEqualTo("claims?overdue=true");
        assertThat(number("workload-open-checker").text()).isEqualTo("2");
        assertThat(number("workload-open-checker").attr("href"))
                .isEqualTo("claims?status=TO_CHECK&status=IN_RESEARCH&status=IN_REVIEW&assignee=checker");
        assertThat(number("workload-soon-checker").text()).isEqualTo("1");
        assertThat(number("workload-overdue-checker").text()).isEqualTo("1");
        assertThat(number("workload-soon-checker").attr("href")).isEqualTo("claims?status=TO_CHECK&status=IN_RESEARCH"
                + "&status=IN_REVIEW&assignee=checker&dueFrom=" + today + "&dueTo=" + today.plusDays(7));
        assertThat(number("workload-overdue-checker").attr("href"))
                .isEqualTo("claims?status=TO_CHECK&status=IN_RESEARCH&status=IN_REVIEW&assignee=checker&overdue=true");
        long first = scale.getFirst().id();
        assertThat(number("verdict-count-" + first).text()).isEqualTo("2");
        assertThat(number("verdict-count-" + first).attr("href")).isEqualTo("claims?status=APPROVED&rating=" + first);
        assertThat(number("verdict-count-" + scale.get(1).id()).text()).isEqualTo("1");
        assertThat(number("median-time").text()).isEqualTo("1 d 3 h");
        assertThat(number("median-time").attr("href")).isEqualTo("claims?status=APPROVED");
    }

    @Test
    void bars_are_as_wide_as_their_share_and_verdict_bars_take_the_ratings_colour() {
        List<RatingItem> scale = ratings.active();
        desk.approve(desk.select(0), scale.getFirst().id(), T0, T0.plus(Duration.ofMinutes(40)));
        desk.approve(desk.select(1), scale.getFirst().id(), T0, T0.plus(Duration.ofMinutes(50)));
        desk.approve(desk.select(2), scale.get(1).id(), T0, T0.plus(Duration.ofMinutes(45)));

        navigate(DashboardView.class);

        Element firstBar = number("verdict-count-" + scale.getFirst().id()).parent().selectFirst(".fd-bar");
        Element secondBar = number("verdict-count-" + scale.get(1).id()).parent().selectFirst(".fd-bar");
        assertThat(firstBar.attr("style")).isEqualTo("width: 100%; background-color: " + scale.getFirst().colour());
        assertThat(firstBar.hasClass("fd-bar-zero")).isFalse();
        assertThat(secondBar.attr("style")).startsWith("width: 50%;");
        assertThat(number("median-time").text()).isEqualTo("45 min");
    }

    @Test
    void an_empty_desk_shows_its_free_fact_checker_and_that_nothing_is_approved_yet() {
        navigate(DashboardView.class);

        assertThat(number("overdue-count").text()).isEqualTo("0");
        Span noMedian = $(Span.class).id("median-time");
        assertThat(noMedian.getText()).isEqualTo("No claim approved yet");
        assertThat(noMedian.hasClassName("fd-stat-number")).as("a sentence, not in the figures' type").isFalse();
        assertThat(inBlocks(".fd-bar-verdict")).as("verdict bars, all zero").isNotEmpty()
                .allSatisfy(bar -> assertThat(bar.hasClass("fd-bar-zero")).isTrue());
        assertThat(number("workload-open-checker").text()).isEqualTo("0");
        assertThat(PageText.byId($(DashboardView.class).single(), "workload-open-editor"))
                .as("an editor without claims").isEmpty();
    }

    @Test
    void work_per_person_lists_fact_checkers_and_only_those_editors_who_hold_open_claims() {
        SignedIn.as(users, "admin");
        userService.create(new NewUserData("rita", "Rita Researcher", null, "rita-password-1", Set.of(Role.CHECKER)));
        userService.create(new NewUserData("edith", "Edith Second", null, "edith-password-1", Set.of(Role.EDITOR)));
        SignedIn.as(users, "editor");
        desk.assign(0, "editor", today.plusDays(1), Priority.NORMAL);
        long approved = desk.assign(1, "edith", today.plusDays(1), Priority.NORMAL);
        desk.approve(approved, ratings.active().getFirst().id(), T0, T0.plus(Duration.ofHours(1)));

        navigate(DashboardView.class);

        assertThat(inBlocks(".fd-workload .fd-workload-name")).extracting(Element::text)
                .as("by name; no viewer, no administrator, no editor whose claims are all closed")
                .containsExactly("Chloé Checker", "Eddie Editor", "Rita Researcher");
        assertThat(number("workload-open-editor").text()).isEqualTo("1");
        assertThat(number("workload-open-rita").text()).isEqualTo("0");
    }

    @Test
    void every_number_counts_exactly_the_claims_its_link_lists() {
        long late = desk.assign(0, "checker", today.plusDays(2), Priority.NORMAL);
        desk.dueOn(late, today.minusDays(3));
        desk.assign(1, "checker", today, Priority.NORMAL);
        desk.assign(2, "checker", today.plusDays(7), Priority.NORMAL);
        desk.assign(3, "checker", today.plusDays(8), Priority.NORMAL);
        desk.assign(4, "editor", today.plusDays(30), Priority.NORMAL);
        long lateToCheck = desk.select(5);
        desk.dueOn(lateToCheck, today.minusDays(1));
        desk.approve(desk.select(6), ratings.active().getFirst().id(), T0, T0.plus(Duration.ofHours(5)));
        navigate(DashboardView.class);
        Map<String, String> shown = new LinkedHashMap<>();
        $(Anchor.class).withClassName("fd-stat-number").all().stream()
                .filter(anchor -> !anchor.getId().orElseThrow().equals("median-time"))
                .forEach(anchor -> shown.put(anchor.getId().orElseThrow() + " " + anchor.getHref(), anchor.getText()));
        inBlocks("a.fd-stat-number").forEach(link -> shown.put(link.id() + " " + link.attr("href"), link.text()));
        assertThat(shown).as("the charts' and the table's figures, and the overdue one").hasSizeGreaterThan(10)
                .containsKey("overdue-count claims?overdue=true");
        assertThat(shown.values()).as("the due-soon figure, among others").contains("2");

        shown.forEach((figure, count) -> {
            String link = figure.substring(figure.indexOf(' ') + 1);
            int query = link.indexOf('?');
            UI.getCurrent().navigate(query < 0 ? link : link.substring(0, query),
                    QueryParameters.fromString(query < 0 ? "" : link.substring(query + 1)));
            @SuppressWarnings("unchecked")
            Grid<ClaimListItem> grid = $(Grid.class).id("claims-grid");
            assertThat(test(grid).size()).as(figure).isEqualTo(Integer.parseInt(count));
        });
    }

    @Test
    void a_checker_has_no_dashboard() {
        SignedIn.as(users, "checker");

        UI.getCurrent().navigate("dashboard");

        assertThat(getCurrentView()).isInstanceOf(AccessDeniedView.class);
    }

    @Test
    void a_viewer_has_no_dashboard() {
        SignedIn.as(users, "viewer");

        UI.getCurrent().navigate("dashboard");

        assertThat(getCurrentView()).isInstanceOf(AccessDeniedView.class);
        assertThat($(Anchor.class).withId("overdue-count").exists()).isFalse();
    }
}
