package org.factdesk.workflow.ui;

import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.function.ValueProvider;
import java.util.Locale;
import org.factdesk.base.ui.Formats;
import org.factdesk.claim.ClaimListItem;

/** The columns My tasks and the claim list share; overdue rows get the {@code fd-overdue} part for their style. */
final class TaskColumns {

    private static final String CLAIM_CELL = """
            <div class="fd-task-claim" title="${item.statement}">\
            <span class="fd-task-statement">${item.statement}</span>\
            <span class="fd-task-article">${item.article}</span></div>""";
    // Badges drawn in the browser from a row's values: a component per cell would keep some twenty server-side
    // objects per row in every open list (issue 15: a session held 450 such nodes for a page of 50 claims).
    private static final String DUE_CELL = """
            <div class="fd-due"><span>${item.due}</span>\
            <span class="fd-overdue-badge" ?hidden="${!item.overdue}">${item.overdue}</span></div>""";
    private static final String SUGGESTED_CELL = """
            <span theme="badge success small" ?hidden="${!item.suggested}">${item.suggested}</span>""";
    private static final String STATUS_CELL = """
            <span class="fd-status fd-status-${item.status}">${item.statusLabel}</span>""";

    private TaskColumns() {
    }

    /** The due date; an overdue one gets a badge, which goes under the date rather than widening the column. */
    static void due(Grid<ClaimListItem> grid, Locale locale) {
        String overdue = grid.getTranslation("tasks.overdue");
        grid.addColumn(LitRenderer.<ClaimListItem>of(DUE_CELL)
                        .withProperty("due", item -> Formats.date(item.dueDate(), locale))
                        .withProperty("overdue", item -> item.overdue() ? overdue : ""))
                .setKey("due").setHeader(grid.getTranslation("tasks.due")).setWidth("8.5rem").setFlexGrow(0);
        grid.setPartNameGenerator(item -> item.overdue() ? "fd-overdue" : null);
    }

    static void priority(Grid<ClaimListItem> grid) {
        grid.addColumn(item -> TaskBadges.priority(grid, item.priority()))
                .setHeader(grid.getTranslation("tasks.priority")).setAutoWidth(true).setFlexGrow(0);
    }

    static void statementAndArticle(Grid<ClaimListItem> grid) {
        claim(grid, ClaimListItem::statement, ClaimListItem::articleTitle);
    }

    /**
     * A claim in one column: its statement on up to two lines, its article's title in small type under it, so the
     * statement keeps most of the width on a tablet too. Both are bound as text, never as HTML.
     */
    static <T> void claim(Grid<T> grid, ValueProvider<T, String> statement, ValueProvider<T, String> article) {
        grid.addColumn(LitRenderer.<T>of(CLAIM_CELL).withProperty("statement", statement)
                        .withProperty("article", article))
                .setHeader(grid.getTranslation("tasks.claim")).setWidth("14rem").setFlexGrow(1);
    }

    /** The check-worthiness score, and a badge on the claims the extractor suggests checking. */
    static void checkworthiness(Grid<ClaimListItem> grid) {
        grid.addColumn(ClaimListItem::score).setHeader(grid.getTranslation("claim.score")).setWidth("4.5rem")
                .setFlexGrow(0).setTextAlign(ColumnTextAlign.END).setKey("score");
        String suggested = grid.getTranslation("claim.suggested");
        grid.addColumn(LitRenderer.<ClaimListItem>of(SUGGESTED_CELL)
                        .withProperty("suggested", item -> item.suggested() ? suggested : ""))
                .setHeader(grid.getTranslation("claim.suggested")).setAutoWidth(true).setFlexGrow(0)
                .setKey("suggested");
    }

    static void status(Grid<ClaimListItem> grid) {
        grid.addColumn(LitRenderer.<ClaimListItem>of(STATUS_CELL)
                        .withProperty("status", item -> TaskBadges.statusClass(item.status()))
                        .withProperty("statusLabel", item -> TaskBadges.statusLabel(grid, item.status())))
                .setKey("status").setHeader(grid.getTranslation("claim.status")).setAutoWidth(true).setFlexGrow(0)
                .setTextAlign(ColumnTextAlign.START);
    }
}
