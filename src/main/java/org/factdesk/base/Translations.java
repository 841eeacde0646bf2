package org.factdesk.base;

import com.vaadin.flow.i18n.I18NProvider;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
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

    @Override
    public List<Locale> getProvidedLocales() {
        return LOCALES;
    }

    @Override
    public String getTranslation(String key, Locale locale, Object... params) {
        try {
            String pattern = ResourceBundle.getBundle(BUNDLE, supported(locale), NO_FALLBACK).getString(key);
            return params.length == 0 ? pattern : new MessageFormat(pattern, locale).format(params);
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
