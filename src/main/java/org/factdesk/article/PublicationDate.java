package org.factdesk.article;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.time.Clock;
import java.time.LocalDate;

/**
 * A publication date from 1900 to one day ahead (an article dated tomorrow in another time zone is real; one dated
 * next year is a typo). {@code null} passes: the date is optional.
 */
@Target({ElementType.FIELD, ElementType.RECORD_COMPONENT, ElementType.PARAMETER})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = PublicationDate.Validator.class)
public @interface PublicationDate {

    String message() default "article.error.publication-date";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Validator implements ConstraintValidator<PublicationDate, LocalDate> {
        private final Clock clock;

        Validator(Clock clock) {
            this.clock = clock;
        }

        @Override
        public boolean isValid(LocalDate value, ConstraintValidatorContext context) {
            return value == null || !value.isBefore(ArticleData.EARLIEST_PUBLICATION)
                    && !value.isAfter(LocalDate.now(clock).plusDays(1));
        }
    }
}
