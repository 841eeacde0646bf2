package org.factdesk.base.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.Shortcuts;
import com.vaadin.flow.component.grid.Grid;
import java.io.Serializable;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * Enter opens the row that has the keyboard focus in a grid whose rows open with a click, so the list can be worked
 * from the keyboard alone (arrow keys to a row, Enter to open it).
 */
public final class OpenOnEnter {

    private OpenOnEnter() {
    }

    public static <T> void on(Grid<T> grid, Consumer<T> open) {
        Focused<T> focused = new Focused<>();
        grid.addCellFocusListener(event -> focused.item = event.getItem().orElse(null));
        Shortcuts.addShortcutListener(grid, () -> {
            if (focused.item != null) {
                open.accept(focused.item);
            }
        }, Key.ENTER).listenOn(grid);
    }

    /** The row the keyboard is on, as the grid last reported it. */
    private static final class Focused<T> implements Serializable {
        private @Nullable T item;
    }
}
