package org.factdesk.workflow.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.factdesk.base.ui.OpenOnEnter;
import org.factdesk.base.ui.Formats;
import org.factdesk.base.ui.LiveUpdates;
import org.factdesk.base.ui.SeekPaging;
import org.factdesk.claim.ClaimChanges;
import org.factdesk.claim.ClaimUpdates;
import org.factdesk.claim.ClaimWorkflow;
import org.factdesk.rating.RatingItem;
import org.factdesk.rating.RatingScaleService;
import org.factdesk.workflow.ReviewItem;
import org.factdesk.workflow.ReviewQueueService;
import org.factdesk.desk.DeskSettingsService;
import org.factdesk.security.AppRoles;
import org.jspecify.annotations.Nullable;

/**
 * The editors' review queue: claims waiting for a second pair of eyes, the oldest submission first. A submission, an
 * approval or a return elsewhere shows at once.
 */
@Route(ReviewQueueView.PATH)
@RolesAllowed(AppRoles.EDITOR)
@Menu(order = 20, title = "nav.review", icon = "vaadin:check-circle")
class ReviewQueueView extends VerticalLayout implements HasDynamicTitle {

    static final String PATH = "review";

    private final Grid<ReviewItem> grid = new Grid<>();

    ReviewQueueView(ReviewQueueService queue, RatingScaleService ratings, DeskSettingsService settings,
                    ClaimUpdates updates) {
        ZoneId zone = settings.get().zoneId();
        Map<Long, RatingItem> scale = ratings.all().stream()
                .collect(Collectors.toMap(RatingItem::id, Function.identity()));
        setSizeFull();
        grid.setId("review-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        TaskColumns.claim(grid, ReviewItem::statement, ReviewItem::articleTitle);
        grid.addColumn(ReviewItem::submittedBy).setHeader(getTranslation("review.submitted-by")).setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(item -> Formats.dateTime(item.submittedAt(), zone, getLocale()))
                .setHeader(getTranslation("review.submitted-at")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(item -> item.ratingId() == null || !scale.containsKey(item.ratingId()) ? ""
                : scale.get(item.ratingId()).label(getLocale()))
                .setHeader(getTranslation("review.rating")).setAutoWidth(true).setFlexGrow(0);
        // Seek pages through the index on (status, submitted_at, id): the last page costs what the first does.
        SeekPaging<ReviewItem, ClaimWorkflow.ReviewKey> paging = SeekPaging.bind(grid, new SeekPaging.Source<>() {
            @Override
            public List<ReviewItem> after(ClaimWorkflow.@Nullable ReviewKey key, int limit) {
                return queue.listAfter(key, limit);
            }

            @Override
            public Optional<ClaimWorkflow.ReviewKey> keyAfter(ClaimWorkflow.@Nullable ReviewKey key, int rows) {
                return queue.keyAfter(key, rows);
            }

            @Override
            public long countUpTo(int limit) {
                return queue.countUpTo(limit);
            }
        }, ReviewItem::key, ReviewItem::id);
        paging.refresh();
        grid.addItemClickListener(click -> open(click.getItem().id()));
        OpenOnEnter.on(grid, item -> open(item.id()));
        grid.setEmptyStateText(getTranslation("review.empty"));
        grid.setSizeFull();
        LiveUpdates.bind(grid, updates::subscribe, ClaimChanges::changeListRows,
                changes -> paging.refresh());
        // The header already names the page.
        add(grid);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("review.title");
    }

    private void open(long claimId) {
        getUI().ifPresent(ui -> ui.navigate("claims/" + claimId));
    }
}
