package org.factdesk.base.ui;

import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBoxI18n;

/**
 * Multi-select fields in the user's language. What Vaadin's multi-select announces to a screen reader (an item added
 * or removed, the selection cleared, a chip focused, how many are chosen) is English whatever the page's language, so
 * every multi-select goes through here.
 */
public final class MultiSelectTexts {

    private MultiSelectTexts() {
    }

    public static void localize(MultiSelectComboBox<?> field) {
        field.setI18n(new MultiSelectComboBoxI18n()
                .setSelected(field.getTranslation("multi-select.selected"))
                .setDeselected(field.getTranslation("multi-select.deselected"))
                .setCleared(field.getTranslation("multi-select.cleared"))
                .setFocused(field.getTranslation("multi-select.focused"))
                // {count} is the web component's placeholder: the text is read without parameters, so as it is.
                .setTotal(field.getTranslation("multi-select.total")));
    }
}
