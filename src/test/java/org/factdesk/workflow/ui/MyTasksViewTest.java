package org.factdesk.workflow.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import org.factdesk.article.ArticleService;
import org.factdesk.base.ui.AccessDeniedView;
import org.factdesk.claim.ClaimListItem;
import org.factdesk.claim.ClaimService;
import org.factdesk.claim.Priority;
import org.factdesk.claim.SignedIn;
import org.factdesk.workflow.WorkflowService;
import org.factdesk.desk.DeskSettingsService;
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

/** My tasks: the signed-in colleague's open claims, the most pressing first. */
@SpringBootTest
@ExtendWith(SignedIn.class)
@Transactional
@ViewPackages(packages = "org.factdesk")
@WithUserDetails("editor")
class MyTasksViewTest extends SpringBrowserlessTest {

    private static final int PRIORITY = 1;
    private static final int CLAIM = 2;

    @Autowired
    UserDetailsService users;

    @RegisterExtension
    final DeskClaims desk = new DeskClaims();

    private LocalDate today;

    @BeforeEach
    void the_desk() {
        today = desk.today();
    }

    @SuppressWarnings("unchecked")
    private Grid<ClaimListItem> grid() {
        return $(Grid.class).id("tasks-grid");
    }

    @Test
    void a_checker_sees_their_open_claims_overdue_first_with_a_badge() {
        long later = desk.assign(0, "checker", today.plusDays(4), Priority.LOW);
        long late = desk.assign(1, "checker", today.plusDays(1), Priority.URGENT);
        desk.statement(late, "The late one");
        desk.dueOn(late, today.minusDays(1));
        desk.assign(2, "editor", today.plusDays(1), Priority.HIGH);
        SignedIn.as(users, "checker");

        navigate(MyTasksView.class);

        assertThat(test(grid()).size()).isEqualTo(2);
        assertThat(ClaimCells.statement(grid(), CLAIM, test(grid()).getRow(0))).isEqualTo("The late one");
        assertThat(test(grid()).getCellText(0, PRIORITY)).isEqualTo("Urgent");
        assertThat(ClaimCells.article(grid(), CLAIM, test(grid()).getRow(0))).isEqualTo(DeskClaims.SEED_TITLE);
        assertThat(ClaimCells.property(grid(), "due", test(grid()).getRow(0), "overdue")).isEqualTo("Overdue");
        assertThat(ClaimCells.property(grid(), "due", test(grid()).getRow(1), "overdue")).isEmpty();
        assertThat(ClaimCells.property(grid(), "status", test(grid()).getRow(0), "statusLabel"))
                .isEqualTo("In research");
        assertThat(ClaimCells.property(grid(), "status", test(grid()).getRow(0), "status")).isEqualTo("in_research");
        assertThat(grid().getPartNameGenerator().apply(test(grid()).getRow(0))).isEqualTo("fd-overdue");
        assertThat(grid().getPartNameGenerator().apply(test(grid()).getRow(1))).isNull();
        assertThat(test(grid()).getRow(1).id()).isEqualTo(later);
    }

    @Test
    void clicking_a_task_opens_the_claims_page() {
        long id = desk.assign(0, "editor", today.plusDays(2), Priority.NORMAL);
        navigate(MyTasksView.class);

        test(grid()).clickRow(0);

        assertThat(getCurrentView().getClass().getSimpleName()).isEqualTo("ClaimView");
        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPath()).isEqualTo("claims/" + id);
    }

    @Test
    void with_nothing_assigned_the_list_says_so() {
        navigate(MyTasksView.class);

        assertThat(test(grid()).size()).isZero();
        assertThat(grid().getEmptyStateText()).isEqualTo("Nothing on your desk: no open claim is assigned to you");
    }

    @Test
    void a_viewer_has_no_tasks_page() {
        SignedIn.as(users, "viewer");

        UI.getCurrent().navigate("tasks");

        assertThat(getCurrentView()).isInstanceOf(AccessDeniedView.class);
    }
}
