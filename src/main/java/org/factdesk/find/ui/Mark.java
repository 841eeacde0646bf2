package org.factdesk.find.ui;

import com.vaadin.flow.component.HtmlComponent;
import com.vaadin.flow.component.Tag;

/** A {@code <mark>} around a matched word; its text is set as text, never as HTML. */
@Tag("mark")
class Mark extends HtmlComponent {

    Mark(String text) {
        getElement().setText(text);
    }

    String getText() {
        return getElement().getText();
    }
}
