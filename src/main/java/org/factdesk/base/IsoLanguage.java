package org.factdesk.base;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.Locale;
import java.util.Set;

/**
 * A two-letter ISO 639-1 language code in lower case, such as {@code fr} or {@code en}; {@code null} or blank passes
 * (use {@code @NotBlank} to require), so an empty field gets only the "required" message.
 */
@Target({ElementType.FIELD, ElementType.RECORD_COMPONENT, ElementType.PARAMETER})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = IsoLanguage.Validator.class)
public @interface IsoLanguage {

    String message() default "validation.language";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** Every ISO 639-1 code the JDK knows. */
    Set<String> CODES = Set.of(Locale.getISOLanguages());

    class Validator implements ConstraintValidator<IsoLanguage, String> {
        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            return value == null || value.isBlank() || CODES.contains(value);
        }
    }
}
