package org.factdesk.claim.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.dom.DomListenerRegistration;
import java.util.Map;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * The workspace's triage keys, heard on the whole page while it is shown, except while the user types in a field,
 * picks in a select or works in a dialog, and never with Ctrl, Alt or Meta. The arrow keys and Enter count only in
 * the claim list, where they move and open as in any list. A page-wide listener rather than one on the list: the
 * list redraws its rows after every action, and a key must not be lost because the row that had the focus went.
 */
final class TriageKeys {

    /** The keys, as the browser names them ({@code KeyboardEvent.key}); Shift+A arrives as "A". */
    static final String FILTER = """
            !event.ctrlKey && !event.metaKey && !event.altKey \
            && !event.composedPath().some(n => ['input', 'textarea', 'vaadin-select', 'vaadin-radio-group', \
            'vaadin-dialog', 'vaadin-dialog-overlay', 'vaadin-combo-box'].includes(n.localName) \
            || n.isContentEditable) \
            && (['j', 'k', 'a', 'A', 'd', 'x', 'u', '?'].includes(event.key) \
            || ['ArrowDown', 'ArrowUp', 'Enter'].includes(event.key) \
            && event.composedPath().some(n => n.id === 'claims-grid'))""";

    private TriageKeys() {
    }

    /** Hears the keys on the page while {@code owner} is attached to it; {@code onKey} gets the key's name. */
    static void listen(Component owner, Consumer<String> onKey) {
        Holder holder = new Holder();
        owner.addAttachListener(attach -> holder.registration = attach.getUI().getElement()
                .addEventListener("keydown", event -> onKey.accept(event.getEventData().get("event.key").asString()))
                .addEventData("event.key").setFilter(FILTER));
        owner.addDetachListener(detach -> {
            if (holder.registration != null) {
                holder.registration.remove();
                holder.registration = null;
            }
        });
    }

    /** What each key does, for the editor or for a reader. */
    static void dispatch(String key, Map<String, Runnable> actions) {
        Runnable action = actions.get(key);
        if (action != null) {
            action.run();
        }
    }

    private static final class Holder implements java.io.Serializable {
        private @Nullable DomListenerRegistration registration;
    }
}
