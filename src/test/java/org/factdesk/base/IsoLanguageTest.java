package org.factdesk.base;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class IsoLanguageTest {

    private final IsoLanguage.Validator validator = new IsoLanguage.Validator();

    record Form(@IsoLanguage String language) {
    }

    @ParameterizedTest
    @ValueSource(strings = {"fr", "en", "de", "ar", "uk", "az", "ru"})
    void two_letter_lower_case_codes_pass(String code) {
        assertThat(validator.isValid(code, null)).isTrue();
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"  "})
    void null_and_blank_pass_because_required_is_a_separate_constraint(String code) {
        assertThat(validator.isValid(code, null)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"xx", "fra", "FR", "Fr", "fr-CA", "fr_FR", " fr", "f", "français"})
    void unknown_three_letter_upper_case_and_regional_codes_are_refused(String code) {
        assertThat(validator.isValid(code, null)).isFalse();
    }

    @Test
    void the_constraint_reports_the_language_message_key() {
        try (var factory = Validation.buildDefaultValidatorFactory()) {
            var violations = factory.getValidator().validate(new Form("xx"));

            assertThat(violations).extracting(ConstraintViolation::getMessage).containsExactly("validation.language");
        }
    }
}
