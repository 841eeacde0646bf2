package org.factdesk.base;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.nio.charset.StandardCharsets;

/**
 * A text no larger than {@link #value()} bytes once encoded in UTF-8. Large texts are refused with a message rather
 * than cut by a field's maximum length, so a paste is never silently truncated.
 */
@Target({ElementType.FIELD, ElementType.RECORD_COMPONENT, ElementType.PARAMETER})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = MaxUtf8Bytes.Validator.class)
public @interface MaxUtf8Bytes {

    long value();

    String message() default "validation.too-large";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Validator implements ConstraintValidator<MaxUtf8Bytes, String> {
        private long max;

        @Override
        public void initialize(MaxUtf8Bytes annotation) {
            max = annotation.value();
        }

        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            // Each char is at most 3 UTF-8 bytes: skip the encoding for texts that cannot be too large.
            return value == null || (long) value.length() * 3 <= max
                    || value.getBytes(StandardCharsets.UTF_8).length <= max;
        }
    }
}
