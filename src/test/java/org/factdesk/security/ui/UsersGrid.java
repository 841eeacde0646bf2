package org.factdesk.security.ui;

import com.vaadin.browserless.BaseBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridTester;
import java.util.stream.IntStream;
import org.factdesk.security.UserItem;

/** The Users screen's grid as the administrators' screen tests read it: a user's row and the buttons in its row. */
final class UsersGrid {

    /** The column of a row's actions (edit, enable, reset password...). */
    private static final int ACTIONS = 5;

    private final BaseBrowserlessTest test;

    UsersGrid(BaseBrowserlessTest test) {
        this.test = test;
    }

    @SuppressWarnings("unchecked")
    Grid<UserItem> grid() {
        return test.$(Grid.class).id("users-grid");
    }

    /** The index of the user's row. */
    int row(String username) {
        GridTester<Grid<UserItem>, UserItem> grid = new GridTester<>(grid());
        return IntStream.range(0, grid.size()).filter(row -> grid.getRow(row).username().equals(username))
                .findFirst().orElseThrow();
    }

    /** The button with {@code id} in the user's row. */
    Button rowButton(String username, String id) {
        return test.$(Button.class).from(new GridTester<>(grid()).getCellComponent(row(username), ACTIONS)).id(id);
    }
}
