package org.factdesk.base.ui;

import com.vaadin.flow.component.datepicker.DatePicker;
import java.text.DateFormatSymbols;
import java.time.temporal.WeekFields;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Date pickers in the user's language: month and day names from the JDK's locale data, the first day of the week of
 * the locale (Monday in French), "Today" and "Cancel", and the messages for a date that cannot be read or lies outside
 * the range allowed. Vaadin's own picker speaks English whatever the page's language, so every picker goes through here.
 */
public final class DateFields {

    private DateFields() {
    }

    /** A picker in the user's language, with a label. */
    public static DatePicker labelled(String label) {
        DatePicker field = new DatePicker(label);
        localize(field);
        return field;
    }

    /** A picker in the user's language. */
    public static DatePicker create() {
        DatePicker field = new DatePicker();
        localize(field);
        return field;
    }

    public static void localize(DatePicker field) {
        Locale locale = field.getLocale();
        DateFormatSymbols symbols = DateFormatSymbols.getInstance(locale);
        DatePicker.DatePickerI18n i18n = new DatePicker.DatePickerI18n()
                .setMonthNames(Arrays.asList(symbols.getMonths()).subList(0, 12))
                // DateFormatSymbols number the days from 1 (Sunday); index 0 is empty.
                .setWeekdays(days(symbols.getWeekdays()))
                .setWeekdaysShort(days(symbols.getShortWeekdays()))
                .setFirstDayOfWeek(WeekFields.of(withRegion(locale)).getFirstDayOfWeek().getValue() % 7)
                .setToday(field.getTranslation("date.today"))
                .setCancel(field.getTranslation("date.cancel"))
                .setBadInputErrorMessage(field.getTranslation("date.error.unreadable"))
                .setMinErrorMessage(field.getTranslation("date.error.too-early"))
                .setMaxErrorMessage(field.getTranslation("date.error.too-late"));
        field.setI18n(i18n);
    }

    /**
     * The user's language alone ({@code fr}) has no region, and the JDK then starts every week on Sunday; the week of
     * a language's home country is the one its speakers expect (Monday in French), and English keeps Sunday.
     */
    private static Locale withRegion(Locale locale) {
        if (!locale.getCountry().isEmpty()) {
            return locale;
        }
        String language = locale.getLanguage();
        return Locale.of(language, "en".equals(language) ? "US" : language.toUpperCase(Locale.ROOT));
    }

    private static List<String> days(String[] names) {
        return Arrays.asList(names).subList(1, 8);
    }
}
