package org.factdesk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Path;
import java.util.List;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;

/** Test helper: the constraint violations a call is refused with, as sorted {@code "field: message key"} lines. */
public final class Violations {

    private Violations() {
    }

    public static List<String> of(ThrowingCallable call) {
        ConstraintViolationException refused = catchThrowableOfType(ConstraintViolationException.class, call);
        assertThat(refused).as("the call was refused by validation").isNotNull();
        return refused.getConstraintViolations().stream()
                .map(violation -> leaf(violation.getPropertyPath()) + ": " + violation.getMessage())
                .sorted().toList();
    }

    private static String leaf(Path path) {
        String name = "";
        for (Path.Node node : path) {
            name = node.getName() == null ? name : node.getName();
        }
        return name;
    }
}
