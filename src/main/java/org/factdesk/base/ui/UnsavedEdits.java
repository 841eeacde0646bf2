package org.factdesk.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Focusable;
import com.vaadin.flow.component.HasValue;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Whether the user is in the middle of an edit somewhere inside a component: a field's value differs from the one it
 * was drawn with, or a field has the focus (what they are typing there may not have reached the server yet).
 * Read-only fields do not count. A live update leaves such a component as it is, rather than overwrite what the user
 * is typing.
 */
public final class UnsavedEdits {

    private final List<Drawn<?>> fields = new ArrayList<>();
    private final Set<Component> focused = new HashSet<>();

    private UnsavedEdits() {
    }

    /** Watches the editable fields inside {@code root} as it is now. */
    public static UnsavedEdits in(Component root) {
        UnsavedEdits edits = new UnsavedEdits();
        edits.watch(root);
        return edits;
    }

    public boolean pending() {
        return !focused.isEmpty() || fields.stream().anyMatch(Drawn::changed);
    }

    private void watch(Component component) {
        if (component instanceof HasValue<?, ?> field && !field.isReadOnly()) {
            remember(field);
            if (component instanceof Focusable<?> focusable) {
                trackFocus(focusable, component);
            }
        }
        component.getChildren().forEach(this::watch);
    }

    private <V> void remember(HasValue<?, V> field) {
        fields.add(new Drawn<>(field, field.getValue()));
    }

    private <T extends Component> void trackFocus(Focusable<T> focusable, Component component) {
        focusable.addFocusListener(event -> focused.add(component));
        focusable.addBlurListener(event -> focused.remove(component));
    }

    /** A field and the value it was drawn with. */
    private record Drawn<V>(HasValue<?, V> field, V drawn) {

        boolean changed() {
            return !Objects.equals(field.getValue(), drawn);
        }
    }
}
