package org.factdesk.workflow.ui;

import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import java.util.Locale;
import org.factdesk.base.ui.Formats;
import org.factdesk.claim.ClaimListItem;

/** The columns My tasks and the claim list share; overdue rows get the {@code fd-overdue} part for their style. */
final class TaskColumns {

    private TaskColumns() {
    }

    static void due(Grid<ClaimListItem> grid, Locale locale) {
        grid.addColumn(new ComponentRenderer<>(item -> {
            HorizontalLayout cell = new HorizontalLayout(new Span(Formats.date(item.dueDate(), locale)));
            cell.setSpacing(false);
            cell.addClassName("fd-due");
            if (item.overdue()) {
                cell.add(TaskBadges.overdue(grid));
            }
            return cell;
        })).setHeader(grid.getTranslation("tasks.due")).setAutoWidth(true).setFlexGrow(0);
        grid.setPartNameGenerator(item -> item.overdue() ? "fd-overdue" : null);
    }

    static void priority(Grid<ClaimListItem> grid) {
        grid.addColumn(item -> TaskBadges.priority(grid, item.priority()))
                .setHeader(grid.getTranslation("tasks.priority")).setAutoWidth(true).setFlexGrow(0);
    }

    static void statementAndArticle(Grid<ClaimListItem> grid) {
        grid.addColumn(ClaimListItem::statement).setHeader(grid.getTranslation("tasks.statement")).setFlexGrow(3);
        grid.addColumn(ClaimListItem::articleTitle).setHeader(grid.getTranslation("tasks.article")).setFlexGrow(2);
    }

    static void status(Grid<ClaimListItem> grid) {
        grid.addColumn(new ComponentRenderer<>(item -> TaskBadges.status(grid, item.status())))
                .setHeader(grid.getTranslation("claim.status")).setAutoWidth(true).setFlexGrow(0)
                .setTextAlign(ColumnTextAlign.START);
    }
}
