package org.factdesk.base;

import com.vaadin.flow.component.Component;

/**
 * A feature's contribution to the main layout's header, such as a notification bell. Every Spring bean of this type
 * adds one component, in ascending {@link #order()}.
 */
public interface HeaderItem {

    /** Creates the component for one browser tab; called once per main layout. */
    Component create();

    default int order() {
        return 0;
    }
}
