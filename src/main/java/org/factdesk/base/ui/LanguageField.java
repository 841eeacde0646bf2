package org.factdesk.base.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import java.util.Comparator;
import java.util.Locale;
import org.factdesk.base.IsoLanguage;

/**
 * Picks an ISO 639-1 language code, listed by its name in the user's language. A typed code outside the list is
 * kept as typed, so the service can refuse it with a message instead of the field silently dropping it.
 */
public class LanguageField extends ComboBox<String> {

    public LanguageField() {
        setItems(IsoLanguage.CODES.stream().sorted(Comparator.comparing(this::label)).toList());
        setItemLabelGenerator(this::label);
        setAllowCustomValue(true);
        addCustomValueSetListener(event -> setValue(event.getDetail().strip().toLowerCase(Locale.ROOT)));
    }

    private String label(String code) {
        String name = Locale.of(code).getDisplayLanguage(getLocale());
        return name.isEmpty() || name.equals(code) ? code : name + " (" + code + ")";
    }
}
