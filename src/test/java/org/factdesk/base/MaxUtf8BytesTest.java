package org.factdesk.base;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import org.junit.jupiter.api.Test;

class MaxUtf8BytesTest {

    record Form(@MaxUtf8Bytes(10) String text) {
    }

    private static java.util.List<String> messages(String text) {
        try (var factory = Validation.buildDefaultValidatorFactory()) {
            return factory.getValidator().validate(new Form(text)).stream().map(ConstraintViolation::getMessage)
                    .toList();
        }
    }

    @Test
    void ascii_text_up_to_the_limit_passes() {
        assertThat(messages("a".repeat(10))).isEmpty();
    }

    @Test
    void ascii_text_one_byte_over_the_limit_is_refused() {
        assertThat(messages("a".repeat(11))).containsExactly("validation.too-large");
    }

    @Test
    void the_limit_counts_utf8_bytes_not_characters() {
        // "é" is two bytes in UTF-8: five of them fit exactly, six do not.
        assertThat(messages("é".repeat(5))).isEmpty();
        assertThat(messages("é".repeat(6))).containsExactly("validation.too-large");
    }

    @Test
    void characters_outside_the_basic_plane_count_four_bytes() {
        // Two emoji are 8 bytes and 4 chars; three are 12 bytes and 6 chars.
        assertThat(messages("😀😀")).isEmpty();
        assertThat(messages("😀😀😀")).containsExactly("validation.too-large");
    }

    @Test
    void null_passes() {
        assertThat(messages(null)).isEmpty();
    }
}
