package org.factdesk.source;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** A source gives its address unless its kind has none (an interview, an e-mail...): the refusal names the url. */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = AddressWhereNeeded.Validator.class)
@interface AddressWhereNeeded {

    String message() default "source.error.url-required";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Validator implements ConstraintValidator<AddressWhereNeeded, SourceData> {

        @Override
        public boolean isValid(SourceData data, ConstraintValidatorContext context) {
            if (data.kind() == null || !data.kind().needsAddress() || data.hasAddress()) {
                return true;
            }
            context.disableDefaultConstraintViolation();
            context.buildConstraintViolationWithTemplate(context.getDefaultConstraintMessageTemplate())
                    .addPropertyNode("url").addConstraintViolation();
            return false;
        }
    }
}
