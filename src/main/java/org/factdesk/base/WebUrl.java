package org.factdesk.base;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Set;

/** An absolute http or https address with a host; {@code null} or blank passes (use {@code @NotBlank} to require). */
@Target({ElementType.FIELD, ElementType.RECORD_COMPONENT, ElementType.PARAMETER})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = WebUrl.Validator.class)
public @interface WebUrl {

    String message() default "validation.url";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    int MAX_LENGTH = 2000;

    class Validator implements ConstraintValidator<WebUrl, String> {
        private static final Set<String> SCHEMES = Set.of("http", "https");

        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            return value == null || value.isBlank() || isWebUrl(value.strip());
        }

        public static boolean isWebUrl(String value) {
            if (value.length() > MAX_LENGTH) {
                return false;
            }
            try {
                URI uri = new URI(value);
                return uri.getScheme() != null
                        && SCHEMES.contains(uri.getScheme().toLowerCase(Locale.ROOT))
                        && uri.getHost() != null && !uri.getHost().isBlank();
            } catch (URISyntaxException e) {
                return false;
            }
        }
    }
}
