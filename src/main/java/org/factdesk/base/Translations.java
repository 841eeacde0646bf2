package org.factdesk.base;

import com.vaadin.flow.i18n.I18NProvider;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/**
 * FactDesk's two languages, read from {@code vaadin-i18n/translations*.properties}. English is listed first, so a
 * browser asking for neither language gets English.
 */
@Component
public class Translations implements I18NProvider {

    public static final Locale ENGLISH = Locale.ENGLISH;
    public static final Locale FRENCH = Locale.FRENCH;
    public static final List<Locale> LOCALES = List.of(ENGLISH, FRENCH);
    static final String BUNDLE = "vaadin-i18n.translations";

    /**
     * Each message's parsed pattern, per language: a claim page formats about a hundred, and parsing a pattern (with
     * its number and date formats) anew each time was 3 % of drawing one. A {@link MessageFormat} is not safe for two
     * threads at once, so each is used under its own lock; a message formats in microseconds. Kept for the first
     * {@link #LOCALES_KEPT} locales asked for (numbers are written as each asks), so that made-up locales cannot grow
     * it.
     */
    private final Map<Locale, Map<String, MessageFormat>> formats = new ConcurrentHashMap<>();
    private static final int LOCALES_KEPT = 16;

    @Override
    public List<Locale> getProvidedLocales() {
        return LOCALES;
    }

    @Override
    public String getTranslation(String key, Locale locale, Object... params) {
        try {
            Locale language = supported(locale);
            String pattern = ResourceBundle.getBundle(BUNDLE, language, NO_FALLBACK).getString(key);
            if (params.length == 0) {
                return pattern;
            }
            Map<String, MessageFormat> kept = formats.get(locale);
            if (kept == null && formats.size() < LOCALES_KEPT) {
                kept = formats.computeIfAbsent(locale, any -> new ConcurrentHashMap<>());
            }
            if (kept == null) {
                return new MessageFormat(pattern, locale).format(params);
            }
            MessageFormat format = kept.computeIfAbsent(key, any -> new MessageFormat(pattern, locale));
            synchronized (format) {
                return format.format(params);
            }
        } catch (MissingResourceException e) {
            return "!" + key;
        }
    }

    /** The supported locale closest to the one asked for: French for any French variant, otherwise English. */
    public static Locale supported(Locale locale) {
        return FRENCH.getLanguage().equals(locale.getLanguage()) ? FRENCH : ENGLISH;
    }

    // Without this, an English lookup on a French JVM would fall back to translations_fr.
    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);
}
