package org.factdesk.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Focusable;
import com.vaadin.flow.component.HasValue;
import java.util.HashSet;
import java.util.Set;

/**
 * Whether the user is in the middle of an edit somewhere inside a component: they changed a field since it was drawn,
 * or a field has the focus (what they are typing there may not have reached the server yet). Read-only fields do not
 * count. A live update leaves such a component as it is, rather than overwrite what the user is typing.
 */
public final class UnsavedEdits {

    private final Set<Component> focused = new HashSet<>();
    private boolean changed;

    private UnsavedEdits() {
    }

    /** Watches the editable fields inside {@code root} as it is now. */
    public static UnsavedEdits in(Component root) {
        UnsavedEdits edits = new UnsavedEdits();
        edits.watch(root);
        return edits;
    }

    public boolean pending() {
        return changed || !focused.isEmpty();
    }

    private void watch(Component component) {
        if (component instanceof HasValue<?, ?> field && !field.isReadOnly()) {
            field.addValueChangeListener(event -> changed |= event.isFromClient());
            if (component instanceof Focusable<?> focusable) {
                trackFocus(focusable, component);
            }
        }
        component.getChildren().forEach(this::watch);
    }

    private <T extends Component> void trackFocus(Focusable<T> focusable, Component component) {
        focusable.addFocusListener(event -> focused.add(component));
        focusable.addBlurListener(event -> focused.remove(component));
    }
}
