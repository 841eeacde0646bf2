package org.factdesk.workflow.ui;

import com.vaadin.flow.component.datepicker.DatePicker;
import java.text.DateFormatSymbols;
import java.time.temporal.WeekFields;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Date pickers in the user's language: month and day names from the JDK's locale data, the first day of the week of
 * the locale, and the messages for a date that cannot be read or lies outside the range allowed.
 */
final class DateFields {

    private DateFields() {
    }

    static void localize(DatePicker field) {
        Locale locale = field.getLocale();
        DateFormatSymbols symbols = DateFormatSymbols.getInstance(locale);
        DatePicker.DatePickerI18n i18n = new DatePicker.DatePickerI18n()
                .setMonthNames(Arrays.asList(symbols.getMonths()).subList(0, 12))
                // DateFormatSymbols number the days from 1 (Sunday); index 0 is empty.
                .setWeekdays(days(symbols.getWeekdays()))
                .setWeekdaysShort(days(symbols.getShortWeekdays()))
                .setFirstDayOfWeek(WeekFields.of(locale).getFirstDayOfWeek().getValue() % 7)
                .setToday(field.getTranslation("date.today"))
                .setCancel(field.getTranslation("date.cancel"))
                .setBadInputErrorMessage(field.getTranslation("date.error.unreadable"))
                .setMinErrorMessage(field.getTranslation("date.error.too-early"))
                .setMaxErrorMessage(field.getTranslation("date.error.too-late"));
        field.setI18n(i18n);
    }

    private static List<String> days(String[] names) {
        return Arrays.asList(names).subList(1, 8);
    }
}
