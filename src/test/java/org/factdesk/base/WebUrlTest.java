package org.factdesk.base;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class WebUrlTest {

    private final WebUrl.Validator validator = new WebUrl.Validator();

    record Form(@WebUrl String url) {
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://example.org", "http://example.org/a/b?c=d#e", "HTTPS://EXAMPLE.ORG",
            "  https://example.org/padded  ", "https://localhost:8080/x", "https://www.lemonde.fr/article-é"})
    void web_addresses_pass(String url) {
        assertThat(validator.isValid(url, null)).isTrue();
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"   "})
    void a_missing_address_passes_because_the_field_is_optional(String url) {
        assertThat(validator.isValid(url, null)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"javascript:alert(1)", "JavaScript:alert(1)", "data:text/html,<script>alert(1)</script>",
            "ftp://example.org/file", "file:///etc/passwd", "mailto:desk@example.org", "example.org",
            "//example.org/path", "https://", "https:///path", "http://exa mple.org", "not a url at all"})
    void other_schemes_relative_and_malformed_addresses_are_refused(String url) {
        assertThat(validator.isValid(url, null)).isFalse();
    }

    @Test
    void an_address_longer_than_the_limit_is_refused() {
        String tooLong = "https://example.org/" + "a".repeat(WebUrl.MAX_LENGTH);

        assertThat(WebUrl.Validator.isWebUrl(tooLong)).isFalse();
        assertThat(WebUrl.Validator.isWebUrl(tooLong.substring(0, WebUrl.MAX_LENGTH))).isTrue();
    }

    @Test
    void the_constraint_reports_the_url_message_key() {
        try (var factory = Validation.buildDefaultValidatorFactory()) {
            Validator beanValidator = factory.getValidator();

            Set<ConstraintViolation<Form>> violations = beanValidator.validate(new Form("javascript:alert(1)"));

            assertThat(violations).extracting(ConstraintViolation::getMessage).containsExactly("validation.url");
        }
    }
}
