package org.factdesk.base;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;

class TranslationsTest {

    private final Translations translations = new Translations();

    @Test
    void english_and_french_are_provided_english_first() {
        assertThat(translations.getProvidedLocales()).containsExactly(Locale.ENGLISH, Locale.FRENCH);
    }

    @Test
    void an_unknown_locale_gets_english() {
        assertThat(translations.getTranslation("layout.sign-out", Locale.forLanguageTag("ja-JP")))
                .isEqualTo("Sign out");
        assertThat(Translations.supported(Locale.GERMAN)).isEqualTo(Locale.ENGLISH);
    }

    @Test
    void a_regional_french_locale_gets_french() {
        assertThat(translations.getTranslation("layout.sign-out", Locale.CANADA_FRENCH)).isEqualTo("Se déconnecter");
        assertThat(Translations.supported(Locale.forLanguageTag("fr-BE"))).isEqualTo(Locale.FRENCH);
    }

    @Test
    void a_regional_english_locale_gets_english_even_on_a_french_jvm() {
        Locale before = Locale.getDefault();
        Locale.setDefault(Locale.FRENCH);
        try {
            assertThat(translations.getTranslation("layout.sign-out", Locale.UK)).isEqualTo("Sign out");
        } finally {
            Locale.setDefault(before);
        }
    }

    @Test
    void message_format_parameters_are_filled_in() {
        assertThat(translations.getTranslation("validation.too-long", Locale.ENGLISH, 500))
                .isEqualTo("At most 500 characters");
        assertThat(translations.getTranslation("user.reset-password-title", Locale.FRENCH, "chloe"))
                .contains("chloe").doesNotContain("{0}");
    }

    @Test
    void a_message_formatted_again_in_another_language_writes_its_numbers_as_that_language_does() {
        assertThat(translations.getTranslation("validation.too-long", Locale.ENGLISH, 5000))
                .isEqualTo("At most 5,000 characters");
        assertThat(translations.getTranslation("validation.too-long", Locale.FRENCH, 5000)).contains("5\u202f000");
        assertThat(translations.getTranslation("validation.too-long", Locale.ENGLISH, 12))
                .isEqualTo("At most 12 characters");
    }

    @Test
    void messages_for_more_locales_than_are_kept_are_still_formatted() {
        for (int i = 0; i < 40; i++) {
            Locale madeUp = Locale.of("en", "GB", "variant" + i);
            assertThat(translations.getTranslation("validation.too-long", madeUp, i)).isEqualTo("At most " + i
                    + " characters");
        }
    }

    @Test
    void a_text_without_parameters_keeps_its_apostrophes() {
        // Without parameters the pattern is returned as is, so a single quote is not swallowed by MessageFormat.
        assertThat(translations.getTranslation("article.body.help", Locale.ENGLISH)).contains("article’s");
    }

    @Test
    void a_missing_key_returns_the_key_marked_with_an_exclamation_mark() {
        assertThat(translations.getTranslation("no.such.key", Locale.ENGLISH)).isEqualTo("!no.such.key");
        assertThat(translations.getTranslation("no.such.key", Locale.FRENCH, 1)).isEqualTo("!no.such.key");
    }
}
