package org.factdesk.claim.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.data.provider.CallbackDataProvider;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import org.factdesk.claim.ClaimRow;
import org.factdesk.claim.ClaimService;
import org.factdesk.claim.ClaimShapingService;
import org.factdesk.claim.ClaimSpan;

/**
 * The article's claims, ranked (suggested and most check-worthy first), lazily loaded; the selected claim's details
 * and actions below.
 */
class ClaimListPanel extends VerticalLayout {

    private final ClaimService claims;
    private final Grid<ClaimRow> grid = new Grid<>();
    private final ClaimPanel details;
    private final Consumer<Long> onSelected;
    private final Map<Long, Integer> numbers = new HashMap<>();
    private long articleId;

    ClaimListPanel(ClaimService claims, ClaimShapingService shaping, boolean editor, Runnable onChanged,
                   Consumer<Long> onSelected, ZoneId zone, Function<String, String> names) {
        this.claims = claims;
        this.onSelected = onSelected;
        this.details = new ClaimPanel(claims, shaping, editor, onChanged, zone, names);
        setSizeFull();
        setPadding(false);
        grid.setId("claims-grid");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(row -> numbers.getOrDefault(row.id(), 0)).setHeader("#").setAutoWidth(true).setFlexGrow(0);
        grid.addComponentColumn(this::statement).setHeader(getTranslation("claim.statement")).setFlexGrow(1);
        grid.addColumn(ClaimRow::score).setHeader(getTranslation("claim.score")).setAutoWidth(true).setFlexGrow(0);
        grid.addComponentColumn(row -> Badges.status(this, row.status()))
                .setHeader(getTranslation("claim.status")).setAutoWidth(true).setFlexGrow(0);
        grid.setHeight("55%");
        grid.asSingleSelect().addValueChangeListener(event -> {
            details.show(event.getValue());
            if (event.getValue() != null && event.isFromClient()) {
                onSelected.accept(event.getValue().id());
            }
        });
        grid.setEmptyStateText(getTranslation("workspace.no-claims"));
        add(grid, details);
    }

    /** Shows the article's claims; {@code spans} (read once by the workspace for the text too) give their numbers. */
    void show(long article, List<ClaimSpan> spans) {
        this.articleId = article;
        numbers.clear();
        spans.forEach(span -> numbers.put(span.id(), span.number()));
        Long selectedId = grid.asSingleSelect().getValue() == null ? null : grid.asSingleSelect().getValue().id();
        // Rows are told apart by id, so that a live refresh keeps the selected row selected though its data changed.
        grid.setItems(new CallbackDataProvider<>(
                query -> claims.list(articleId, VaadinSpringDataHelpers.toSpringPageRequest(query)).stream(),
                query -> (int) claims.count(articleId), ClaimRow::id));
        if (selectedId != null) {
            select(selectedId);
        } else {
            details.show(null);
        }
    }

    /**
     * Reads the claims again after a colleague's change, keeping the selection. The selected claim's details are
     * drawn again too, unless the editor has unsaved edits there: then they stay, following the newer version if the
     * change does not touch them, else showing the older one; the claim's id is returned in that last case.
     */
    Optional<Long> refreshKeepingEdits(List<ClaimSpan> spans) {
        numbers.clear();
        spans.forEach(span -> numbers.put(span.id(), span.number()));
        grid.getDataProvider().refreshAll();
        ClaimRow selected = grid.asSingleSelect().getValue();
        if (selected == null) {
            return Optional.empty();
        }
        if (!details.editing()) {
            select(selected.id());
            return Optional.empty();
        }
        return claims.find(selected.id()).filter(fresh -> !details.rebase(fresh)).map(ClaimRow::id);
    }

    /** Selects a claim, e.g. after a click on its highlight; reads it afresh so its actions see its latest version. */
    void select(long claimId) {
        claims.find(claimId).ifPresentOrElse(row -> {
            grid.select(row);
            details.show(row);
        }, () -> details.show(null));
    }

    private Component statement(ClaimRow row) {
        Div cell = new Div();
        if (row.suggested()) {
            Span suggested = new Span(getTranslation("claim.suggested"));
            suggested.getElement().getThemeList().add("badge success small");
            cell.add(suggested, new Span(" "));
        }
        if (row.anchorLost()) {
            Span lost = new Span(getTranslation("claim.anchor-lost"));
            lost.getElement().getThemeList().add("badge error small");
            cell.add(lost, new Span(" "));
        }
        cell.add(new Span(row.statement()));
        return cell;
    }

}
