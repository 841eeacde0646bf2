package org.factdesk.workflow.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.data.renderer.LitRenderer;

/**
 * What the claim column of a desk list shows for a row (its statement, its article's title): the column is drawn by
 * a Lit template in the browser, so a browserless test reads the properties the server sends it.
 */
final class ClaimCells {

    private ClaimCells() {
    }

    static <T> String statement(Grid<T> grid, int column, T row) {
        return property(grid, column, row, "statement");
    }

    static <T> String article(Grid<T> grid, int column, T row) {
        return property(grid, column, row, "article");
    }

    /** A property of a column drawn by a Lit template (status, due date, badges), by the column's key. */
    @SuppressWarnings("unchecked")
    static <T> String property(Grid<T> grid, String columnKey, T row, String name) {
        LitRenderer<T> renderer = (LitRenderer<T>) grid.getColumnByKey(columnKey).getRenderer();
        return String.valueOf(renderer.getValueProviders().get(name).apply(row));
    }

    @SuppressWarnings("unchecked")
    private static <T> String property(Grid<T> grid, int column, T row, String name) {
        LitRenderer<T> renderer = (LitRenderer<T>) grid.getColumns().get(column).getRenderer();
        return String.valueOf(renderer.getValueProviders().get(name).apply(row));
    }
}
