package org.factdesk.workflow.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import jakarta.annotation.security.RolesAllowed;
import org.factdesk.base.ui.OpenOnEnter;
import org.factdesk.base.ui.LiveUpdates;
import org.factdesk.claim.ClaimChanges;
import org.factdesk.claim.ClaimListItem;
import org.factdesk.claim.ClaimQueryService;
import org.factdesk.claim.ClaimUpdates;
import org.factdesk.security.AppRoles;

/**
 * The signed-in user's open claims, soonest due first; a row opens the claim's page. A claim a colleague assigns to
 * them, or changes, shows up without a reload.
 */
@Route("tasks")
@RolesAllowed({AppRoles.EDITOR, AppRoles.CHECKER})
@Menu(order = 15, title = "nav.tasks", icon = "vaadin:tasks")
class MyTasksView extends VerticalLayout implements HasDynamicTitle {

    MyTasksView(ClaimQueryService queries, ClaimUpdates updates) {
        setSizeFull();
        Grid<ClaimListItem> grid = new Grid<>();
        grid.setId("tasks-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        TaskColumns.due(grid, getLocale());
        TaskColumns.priority(grid);
        TaskColumns.statementAndArticle(grid);
        TaskColumns.status(grid);
        grid.setItems(query -> queries.myTasks(VaadinSpringDataHelpers.toSpringPageRequest(query)).stream(),
                query -> (int) queries.myTaskCount());
        grid.addItemClickListener(click -> open(click.getItem().id()));
        OpenOnEnter.on(grid, item -> open(item.id()));
        grid.setEmptyStateText(getTranslation("tasks.empty"));
        grid.setSizeFull();
        // Any change may add, drop or reorder a task (an assignment, a due date, a submission): read the page again.
        LiveUpdates.bind(grid, updates::subscribe, ClaimChanges::changeListRows,
                changes -> grid.getDataProvider().refreshAll());
        add(grid);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.tasks");
    }

    private void open(long claimId) {
        getUI().ifPresent(ui -> ui.navigate("claims/" + claimId));
    }
}
