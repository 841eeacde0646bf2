package bench.bare;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.PermitAll;

/** The list: a lazy grid of items, and one button that changes the selected item (the first one when none is). */
@Route("")
@PermitAll
public class ItemsView extends VerticalLayout {

    public ItemsView(ItemService items) {
        Grid<Item> grid = new Grid<>(Item.class, false);
        grid.setId("items-grid");
        grid.addColumn(Item::getId).setHeader("Id");
        grid.addColumn(Item::getName).setHeader("Name");
        grid.addColumn(Item::getTouches).setHeader("Touches");
        grid.addColumn(Item::getCreated).setHeader("Created");
        grid.setItems(query -> items.page(query.getOffset(), query.getLimit()).stream(), query -> items.count());
        Span status = new Span();
        status.setId("status");
        Button touch = new Button("Touch", click -> {
            Item item = grid.getSelectedItems().stream().findFirst().orElseGet(() -> items.page(0, 1).getFirst());
            status.setText(item.getName() + ": " + items.touch(item.getId()));
            grid.getDataProvider().refreshItem(item);
        });
        touch.setId("touch");
        add(touch, status, grid);
        setSizeFull();
    }
}
