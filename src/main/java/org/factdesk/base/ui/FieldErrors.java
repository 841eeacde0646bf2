package org.factdesk.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Shows a service's refusal next to the fields it concerns. Constraint messages are translation keys; their
 * {@code max} or {@code value} attribute becomes the message's first parameter.
 */
public final class FieldErrors {

    private final Component owner;
    private final Map<String, ? extends HasValidation> fields;

    public FieldErrors(Component owner, Map<String, ? extends HasValidation> fields) {
        this.owner = owner;
        this.fields = fields;
    }

    public void clear() {
        fields.values().forEach(field -> field.setInvalid(false));
    }

    /** Marks every field named by a violation; returns the messages that belong to no field, translated. */
    public List<String> show(ConstraintViolationException exception) {
        clear();
        List<String> unplaced = new ArrayList<>();
        for (ConstraintViolation<?> violation : violations(exception)) {
            String message = translate(violation);
            HasValidation field = fields.get(leaf(violation.getPropertyPath()));
            if (field == null) {
                unplaced.add(message);
            } else {
                field.setErrorMessage(message);
                field.setInvalid(true);
            }
        }
        return unplaced;
    }

    /** Marks one field, for refusals that the service reports by key rather than by a constraint. */
    public void show(String field, String key, Object... params) {
        HasValidation target = fields.get(field);
        if (target != null) {
            target.setErrorMessage(owner.getTranslation(key, params));
            target.setInvalid(true);
        }
    }

    private String translate(ConstraintViolation<?> violation) {
        Map<String, Object> attributes = violation.getConstraintDescriptor().getAttributes();
        Object param = attributes.containsKey("max") ? attributes.get("max") : attributes.get("value");
        return param == null ? owner.getTranslation(violation.getMessage())
                : owner.getTranslation(violation.getMessage(), param);
    }

    private static Set<ConstraintViolation<?>> violations(ConstraintViolationException exception) {
        return exception.getConstraintViolations();
    }

    private static String leaf(Path path) {
        String name = "";
        for (Path.Node node : path) {
            name = node.getName() == null ? name : node.getName();
        }
        return name;
    }
}
