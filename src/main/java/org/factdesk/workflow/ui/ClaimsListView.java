package org.factdesk.workflow.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.data.provider.CallbackDataProvider;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.factdesk.base.ui.OpenOnEnter;
import org.factdesk.base.ui.LiveUpdates;
import org.factdesk.claim.ClaimFilter;
import org.factdesk.claim.ClaimListItem;
import org.factdesk.claim.ClaimQueryService;
import org.factdesk.claim.ClaimUpdates;
import org.factdesk.rating.RatingScaleService;
import org.factdesk.workflow.WorkflowService;
import org.factdesk.desk.DeskSettingsService;
import org.factdesk.security.AppRoles;
import org.factdesk.security.Colleague;
import org.factdesk.security.UserService;

/**
 * Every claim of the desk, across articles, filtered by status, assignee, verdict, due dates, lateness and text. The filter
 * lives in the address, so a filtered list can be shared or linked to (the dashboard's numbers do). Editors select
 * claims and assign them in one go.
 */
@Route(ClaimListParameters.ROUTE)
@RolesAllowed({AppRoles.ADMIN, AppRoles.EDITOR, AppRoles.CHECKER, AppRoles.VIEWER})
@Menu(order = 12, title = "nav.claims", icon = "vaadin:list")
class ClaimsListView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final Grid<ClaimListItem> grid = new Grid<>();
    private final ClaimFilterBar filters;
    private ClaimFilter filter = ClaimFilter.none();

    ClaimsListView(ClaimQueryService queries, RatingScaleService ratings, UserService users,
                   WorkflowService workflow, AuthenticationContext authentication, DeskSettingsService settings,
                   ClaimUpdates updates) {
        setSizeFull();
        List<Colleague> colleagues = users.colleagues();
        filters = new ClaimFilterBar(colleagues, ratings.all());
        filters.onChange(() -> getUI().ifPresent(ui -> ui.navigate(ClaimListParameters.ROUTE,
                ClaimListParameters.of(filters.filter(), filters.candidates()))));
        Map<String, String> names = colleagues.stream()
                .collect(Collectors.toMap(Colleague::username, Colleague::displayName));
        configureGrid(queries, names);
        LiveUpdates.bind(grid, updates::subscribe, changes -> grid.getDataProvider().refreshAll());
        add(filters);
        if (authentication.hasRole(AppRoles.EDITOR)) {
            grid.setSelectionMode(Grid.SelectionMode.MULTI);
            Button assign = new Button(getTranslation("claims.assign.selected"), VaadinIcon.USER_CHECK.create());
            assign.setId("assign-selected");
            assign.setEnabled(false);
            grid.addSelectionListener(selection -> assign.setEnabled(!selection.getAllSelectedItems().isEmpty()));
            assign.addClickListener(click -> new AssignDialog(workflow, users.assignable(),
                    grid.getSelectedItems().stream().map(ClaimListItem::id).toList(), settings.today(), () -> {
                        grid.deselectAll();
                        grid.getDataProvider().refreshAll();
                    }).open());
            add(assign);
        }
        add(grid);
    }

    private void configureGrid(ClaimQueryService queries, Map<String, String> names) {
        grid.setId("claims-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        TaskColumns.statementAndArticle(grid);
        TaskColumns.status(grid);
        grid.addColumn(item -> item.assignee() == null ? "" : names.getOrDefault(item.assignee(), item.assignee()))
                .setHeader(getTranslation("claims.list.assignee")).setAutoWidth(true).setFlexGrow(0);
        TaskColumns.due(grid, getLocale());
        TaskColumns.priority(grid);
        TaskColumns.checkworthiness(grid);
        // Rows are told apart by id, so that a live refresh keeps the rows an editor selected for bulk assignment.
        grid.setItems(new CallbackDataProvider<>(
                query -> queries.list(filter, VaadinSpringDataHelpers.toSpringPageRequest(query)).stream(),
                query -> (int) queries.count(filter), ClaimListItem::id));
        grid.addItemClickListener(click -> open(click.getItem().id()));
        OpenOnEnter.on(grid, item -> open(item.id()));
        grid.setEmptyStateText(getTranslation("claims.list.empty"));
        grid.setSizeFull();
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        ClaimFilter asked = ClaimListParameters.filter(event.getLocation().getQueryParameters());
        boolean candidates = ClaimListParameters.candidates(event.getLocation().getQueryParameters());
        filters.show(asked, candidates);
        filter = ClaimListParameters.shown(asked, candidates);
        // Only what the filter shows may be assigned in one go.
        grid.deselectAll();
        grid.getDataProvider().refreshAll();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.claims");
    }

    private void open(long claimId) {
        getUI().ifPresent(ui -> ui.navigate("claims/" + claimId));
    }
}
