package org.factdesk.report;

import com.vaadin.flow.i18n.I18NProvider;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * The words and dates of one report in its reader's language, dates and times in the desk's time zone. The method is
 * named like Vaadin's so that the translation-key test finds every key a report uses.
 */
final class ReportWords {

    private final I18NProvider translations;
    private final Locale locale;
    private final ZoneId zone;
    private final DateTimeFormatter date;
    private final DateTimeFormatter dateTime;

    ReportWords(I18NProvider translations, Locale locale, ZoneId zone) {
        this.translations = translations;
        this.locale = locale;
        this.zone = zone;
        this.date = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale);
        this.dateTime = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.LONG, FormatStyle.SHORT)
                .withLocale(locale).withZone(zone);
    }

    String getTranslation(String key, Object... params) {
        return translations.getTranslation(key, locale, params);
    }

    /** A claim's check-worthiness reasons in words, the {@code most} strongest first. */
    String reasons(java.util.List<org.factdesk.claim.ClaimReason> reasons, int most) {
        return ReasonText.of(reasons, translations, locale, most);
    }

    Locale locale() {
        return locale;
    }

    String date(@Nullable LocalDate value) {
        return value == null ? "" : date.format(value);
    }

    /** The day of an instant, in the desk's time zone. */
    String date(@Nullable Instant value) {
        return value == null ? "" : date.format(value.atZone(zone).toLocalDate());
    }

    String dateTime(@Nullable Instant value) {
        return value == null ? "" : dateTime.format(value);
    }
}
