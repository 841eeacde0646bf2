package org.factdesk.base;

import com.vaadin.flow.component.Component;
import java.util.Optional;

/**
 * A feature's count beside one of its menu entries, such as the claims waiting in the review queue. Every Spring
 * bean of this type puts its component after the label of the menu entry with the same path.
 */
public interface MenuBadge {

    /** The path of the menu entry it belongs to, as its route names it (such as {@code review}). */
    String path();

    /** The badge for one browser tab, or none for a user it does not concern; called once per main layout. */
    Optional<Component> create();
}
