package org.factdesk.security;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A password that is not among the common passwords of {@value #LIST} (compared without case and surrounding
 * spaces), which attackers try first; {@code null} passes (use {@code @NotBlank} to require). The list and its
 * origin: {@code docs/common-passwords.md}.
 */
@Target({ElementType.FIELD, ElementType.RECORD_COMPONENT, ElementType.PARAMETER})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = NotCommonPassword.Validator.class)
public @interface NotCommonPassword {

    String LIST = "/security/common-passwords.txt";

    String message() default "user.error.password-common";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Validator implements ConstraintValidator<NotCommonPassword, String> {

        private static final Set<String> COMMON = load();

        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            return value == null || !isCommon(value);
        }

        static boolean isCommon(String password) {
            return COMMON.contains(password.strip().toLowerCase(Locale.ROOT));
        }

        private static Set<String> load() {
            try (InputStream in = Objects.requireNonNull(NotCommonPassword.class.getResourceAsStream(LIST), LIST);
                 BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
                return reader.lines().map(String::strip).filter(line -> !line.isEmpty() && !line.startsWith("#"))
                        .map(line -> line.toLowerCase(Locale.ROOT)).collect(Collectors.toUnmodifiableSet());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
