package org.factdesk.backup.ui;

import com.vaadin.flow.component.UI;
import java.text.NumberFormat;
import java.util.Locale;

/** A size in bytes as the reader's language writes it: 1.4 MB, 1,4 Mo. */
final class Sizes {

    private static final String[] UNITS = {"backup.size.b", "backup.size.kb", "backup.size.mb", "backup.size.gb"};

    private Sizes() {
    }

    static String format(long bytes, Locale locale) {
        double value = bytes;
        int unit = 0;
        while (value >= 1024 && unit < UNITS.length - 1) {
            value /= 1024;
            unit++;
        }
        NumberFormat number = NumberFormat.getNumberInstance(locale);
        number.setMaximumFractionDigits(unit == 0 ? 0 : 1);
        return UI.getCurrent().getTranslation(UNITS[unit], number.format(value));
    }
}
