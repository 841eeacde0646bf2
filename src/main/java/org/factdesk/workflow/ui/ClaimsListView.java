package org.factdesk.workflow.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.factdesk.base.ui.OpenOnEnter;
import org.factdesk.base.ui.LiveUpdates;
import org.factdesk.base.ui.SeekPaging;
import org.factdesk.claim.ClaimChanges;
import org.factdesk.claim.ClaimFilter;
import org.factdesk.claim.ClaimListItem;
import org.factdesk.claim.ClaimListKey;
import org.factdesk.claim.ClaimQueryService;
import org.factdesk.claim.ClaimUpdates;
import org.factdesk.rating.RatingScaleService;
import org.factdesk.workflow.WorkflowService;
import org.factdesk.desk.DeskSettingsService;
import org.factdesk.security.AppRoles;
import org.factdesk.security.Colleague;
import org.factdesk.security.UserService;
import org.jspecify.annotations.Nullable;

/**
 * Every claim of the desk, across articles, filtered by status, assignee, verdict, due dates, lateness and text. The filter
 * lives in the address, so a filtered list can be shared or linked to (the dashboard's numbers do). Editors select
 * claims and assign them in one go.
 */
@Route(ClaimListParameters.ROUTE)
@RolesAllowed({AppRoles.ADMIN, AppRoles.EDITOR, AppRoles.CHECKER, AppRoles.VIEWER})
@Menu(order = 12, title = "nav.claims", icon = "vaadin:list")
class ClaimsListView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    /**
     * The claim's likely earlier fact-check, read from its row with the rest of the list (issue 14), drawn in the
     * browser: a component per cell would stay in the session for every row shown (issue 15). Bound as text.
     */
    private static final String CHECKED_BEFORE_CELL = """
            <span class="fd-checked-before" theme="badge contrast small" title="${item.title}" \
            ?hidden="${!item.label}">${item.label}</span>""";

    /**
     * Rows the grid reads at a time, and so the rows a session holds while the list sits still: a screen shows fewer
     * than ten of these two-line rows, so half of Vaadin's 50 fills it with room to scroll, and each open list keeps
     * 25 rows fewer (issue 15, decision 028).
     */
    static final int PAGE_SIZE = 25;

    private final Grid<ClaimListItem> grid = new Grid<>(PAGE_SIZE);
    private final Span total = new Span();
    private final ClaimFilterBar filters;
    private ClaimFilter filter = ClaimFilter.none();
    /** The filter as the address asks for it; {@link #filter} leaves the candidates out unless they are asked for. */
    private ClaimFilter asked = ClaimFilter.none();
    private final ClaimQueryService queries;
    private final SeekPaging<ClaimListItem, ClaimListKey> paging;

    ClaimsListView(ClaimQueryService queries, RatingScaleService ratings, UserService users,
                   WorkflowService workflow, AuthenticationContext authentication, DeskSettingsService settings,
                   ClaimUpdates updates) {
        setSizeFull();
        this.queries = queries;
        List<Colleague> colleagues = users.colleagues();
        filters = new ClaimFilterBar(colleagues, ratings.all());
        filters.onChange(() -> getUI().ifPresent(ui -> ui.navigate(ClaimListParameters.ROUTE,
                ClaimListParameters.of(filters.filter(), filters.candidates()))));
        Map<String, String> names = colleagues.stream()
                .collect(Collectors.toMap(Colleague::username, Colleague::displayName));
        paging = configureGrid(queries, names);
        LiveUpdates.bind(grid, updates::subscribe, ClaimChanges::changeListRows, changes -> refresh());
        total.setId("claims-count");
        total.addClassName("fd-list-count");
        add(filters, total);
        if (authentication.hasRole(AppRoles.EDITOR)) {
            grid.setSelectionMode(Grid.SelectionMode.MULTI);
            Button assign = new Button(getTranslation("claims.assign.selected"), VaadinIcon.USER_CHECK.create());
            assign.setId("assign-selected");
            assign.setEnabled(false);
            grid.addSelectionListener(selection -> assign.setEnabled(!selection.getAllSelectedItems().isEmpty()));
            assign.addClickListener(click -> new AssignDialog(workflow, users.assignable(),
                    grid.getSelectedItems().stream().map(ClaimListItem::id).toList(), settings.today(), () -> {
                        grid.deselectAll();
                        refresh();
                    }).open());
            add(assign);
        }
        add(grid);
    }

    private SeekPaging<ClaimListItem, ClaimListKey> configureGrid(ClaimQueryService queries,
                                                                  Map<String, String> names) {
        grid.setId("claims-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        TaskColumns.statementAndArticle(grid);
        TaskColumns.status(grid);
        // Beside the status, so that a tablet shows it without scrolling sideways.
        grid.addColumn(LitRenderer.<ClaimListItem>of(CHECKED_BEFORE_CELL)
                        .withProperty("label", item -> item.likelyMatch() == null ? "" : item.likelyMatch())
                        .withProperty("title", item -> item.likelyMatch() == null ? ""
                                : getTranslation("claim.checked-before", item.likelyMatch())))
                .setHeader(getTranslation("claims.list.checked-before")).setWidth("9rem").setFlexGrow(0)
                .setKey("checked-before");
        grid.addColumn(item -> item.assignee() == null ? "" : names.getOrDefault(item.assignee(), item.assignee()))
                .setHeader(getTranslation("claims.list.assignee")).setAutoWidth(true).setFlexGrow(0);
        TaskColumns.due(grid, getLocale());
        TaskColumns.priority(grid);
        TaskColumns.checkworthiness(grid);
        // Seek pages: the last page costs what the first does (decision 017). Rows are told apart by id, so that a
        // live refresh keeps the rows an editor selected for bulk assignment.
        SeekPaging<ClaimListItem, ClaimListKey> seeking = SeekPaging.bind(grid, new SeekPaging.Source<>() {
            @Override
            public List<ClaimListItem> after(@Nullable ClaimListKey key, int limit) {
                return queries.listAfter(filter, key, limit);
            }

            @Override
            public Optional<ClaimListKey> keyAfter(@Nullable ClaimListKey key, int rows) {
                return queries.keyAfter(filter, key, rows);
            }

            @Override
            public long countUpTo(int limit) {
                return queries.countUpTo(filter, limit);
            }
        }, ClaimListItem::key, ClaimListItem::id);
        grid.addItemClickListener(click -> open(click.getItem().id()));
        OpenOnEnter.on(grid, item -> open(item.id()));
        grid.setSizeFull();
        return seeking;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        asked = ClaimListParameters.filter(event.getLocation().getQueryParameters());
        boolean candidates = ClaimListParameters.candidates(event.getLocation().getQueryParameters());
        filters.show(asked, candidates);
        filter = ClaimListParameters.shown(asked, candidates);
        // Only what the filter shows may be assigned in one go.
        grid.deselectAll();
        refresh();
    }

    /**
     * Counts again (exactly up to 10,000, "10,000+" above) and reloads the rows. An empty list says when the hidden
     * candidates would match: on a new desk every claim is a candidate, and an empty list alone reads as "nothing".
     */
    private void refresh() {
        long count = paging.refresh();
        total.setText(paging.isExact() ? getTranslation("claims.list.count", count)
                : getTranslation("claims.list.count.more", SeekPaging.EXACT_UP_TO));
        boolean candidatesHidden = count == 0 && !filter.equals(asked) && queries.countUpTo(asked, 1) > 0;
        grid.setEmptyStateText(getTranslation(candidatesHidden ? "claims.list.empty.candidates"
                : "claims.list.empty"));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.claims");
    }

    private void open(long claimId) {
        getUI().ifPresent(ui -> ui.navigate("claims/" + claimId));
    }
}
