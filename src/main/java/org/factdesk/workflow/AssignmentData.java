package org.factdesk.workflow;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import org.factdesk.claim.Priority;
import org.jspecify.annotations.Nullable;

/** To whom an editor gives a claim, by when, and how urgent it is. */
public record AssignmentData(@NotBlank(message = "validation.required") String assignee,
                             @Nullable LocalDate dueDate,
                             @NotNull(message = "validation.required") Priority priority) {
}
