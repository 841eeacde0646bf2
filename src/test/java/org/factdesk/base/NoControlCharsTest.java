package org.factdesk.base;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.Validation;
import jakarta.validation.Validator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class NoControlCharsTest {

    private static final Validator VALIDATOR = Validation.buildDefaultValidatorFactory().getValidator();

    record Form(@NoControlChars String text) {
    }

    @ParameterizedTest
    @ValueSource(strings = {"\u0000", "\u0001", "\u0007", "\u000B", "\f", "\u001B", "\u001F", "\u007F", "\u0080",
            "\u0085", "\u009F"})
    void a_control_character_anywhere_is_refused_with_its_message(String control) {
        assertThat(VALIDATOR.validate(new Form("Le taux" + control + " est de 7 %")))
                .singleElement().satisfies(violation ->
                        assertThat(violation.getMessage()).isEqualTo("validation.control-characters"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "Tab\there", "Lines\nand\r\nbreaks\r", "Accents é à ç, « guillemets » – €",
            "\u00A0non-breaking space", "emoji 😀", "\u0020\u007E\u00A0"})
    void tabs_line_breaks_and_printable_text_pass(String text) {
        assertThat(VALIDATOR.validate(new Form(text))).isEmpty();
    }

    @Test
    void nothing_passes() {
        assertThat(VALIDATOR.validate(new Form(null))).isEmpty();
    }

    @Test
    void the_cleaner_removes_exactly_the_refused_characters() {
        assertThat(ControlChars.clean("a\u0000b\tc\nd\r\u007Fe\u0085f\u0001")).isEqualTo("ab\tc\nd\ref");
        String plain = "Rien à enlever\n";
        assertThat(ControlChars.clean(plain)).isSameAs(plain);
        assertThat(ControlChars.cleanOrNull(null)).isNull();
    }
}
