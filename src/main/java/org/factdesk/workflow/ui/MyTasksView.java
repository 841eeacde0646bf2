package org.factdesk.workflow.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Optional;
import org.factdesk.base.ui.OpenOnEnter;
import org.factdesk.base.ui.LiveUpdates;
import org.factdesk.base.ui.SeekPaging;
import org.factdesk.claim.ClaimChanges;
import org.factdesk.claim.ClaimListItem;
import org.factdesk.claim.ClaimQueryService;
import org.factdesk.claim.ClaimUpdates;
import org.factdesk.security.AppRoles;
import org.jspecify.annotations.Nullable;

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
        // Seek pages through the index on (assignee, task_position, id): the last page costs what the first does.
        SeekPaging<ClaimListItem, ClaimQueryService.TaskKey> paging = SeekPaging.bind(grid,
                new SeekPaging.Source<>() {
                    @Override
                    public List<ClaimListItem> after(ClaimQueryService.@Nullable TaskKey key, int limit) {
                        return queries.myTasksAfter(key, limit);
                    }

                    @Override
                    public Optional<ClaimQueryService.TaskKey> keyAfter(ClaimQueryService.@Nullable TaskKey key,
                                                                        int rows) {
                        return queries.myTaskKeyAfter(key, rows);
                    }

                    @Override
                    public long countUpTo(int limit) {
                        return queries.myTaskCountUpTo(limit);
                    }
                }, ClaimQueryService.TaskKey::of, ClaimListItem::id);
        paging.refresh();
        grid.addItemClickListener(click -> open(click.getItem().id()));
        OpenOnEnter.on(grid, item -> open(item.id()));
        grid.setEmptyStateText(getTranslation("tasks.empty"));
        grid.setSizeFull();
        // Any change may add, drop or reorder a task (an assignment, a due date, a submission): read the page again.
        LiveUpdates.bind(grid, updates::subscribe, ClaimChanges::changeListRows,
                changes -> paging.refresh());
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
