package org.factdesk.workflow.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.select.Select;
import jakarta.validation.ConstraintViolationException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.factdesk.base.RefusedException;
import org.factdesk.base.ui.DateFields;
import org.factdesk.base.ui.FieldErrors;
import org.factdesk.base.ui.Notifications;
import org.factdesk.workflow.AssignmentData;
import org.factdesk.claim.Priority;
import org.factdesk.workflow.WorkflowService;
import org.factdesk.security.Colleague;

/** Assigns the selected claims to one colleague, with a due date and a priority; refusals appear at the fields. */
class AssignDialog extends Dialog {

    private final ComboBox<Colleague> assignee = new ComboBox<>();
    private final DatePicker due = DateFields.create();
    private final Select<Priority> priority = new Select<>();
    private final FieldErrors errors;

    AssignDialog(WorkflowService workflow, List<Colleague> colleagues, List<Long> claimIds, LocalDate today,
                 Runnable done) {
        setId("assign-dialog");
        setHeaderTitle(getTranslation("claims.assign.title", claimIds.size()));
        assignee.setId("assign-assignee");
        assignee.setLabel(getTranslation("claims.assign.assignee"));
        assignee.setItems(colleagues);
        assignee.setItemLabelGenerator(Colleague::displayName);
        assignee.setRequiredIndicatorVisible(true);
        due.setId("assign-due");
        due.setLabel(getTranslation("tasks.due"));
        due.setMin(today);
        due.setLocale(getLocale());
        priority.setId("assign-priority");
        priority.setLabel(getTranslation("tasks.priority"));
        priority.setItems(Priority.values());
        priority.setItemLabelGenerator(value -> TaskBadges.priority(this, value));
        priority.setValue(Priority.NORMAL);
        errors = new FieldErrors(this, Map.of("assignee", assignee, "dueDate", due, "priority", priority));
        add(new FormLayout(assignee, due, priority));
        Button save = new Button(getTranslation("claims.assign.save"), click -> save(workflow, claimIds, done));
        save.setId("assign-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("claims.assign.cancel"), click -> close()), save);
    }

    private void save(WorkflowService workflow, List<Long> claimIds, Runnable done) {
        errors.clear();
        Colleague colleague = assignee.getValue();
        try {
            int assigned = workflow.assignAll(claimIds, new AssignmentData(colleague == null ? "" : colleague.username(),
                    due.getValue(), priority.getValue()));
            Notifications.success(this, "claims.assign.done", assigned);
            close();
            done.run();
        } catch (RefusedException refused) {
            String field = refused.field();
            if (field == null) {
                Notifications.error(this, refused.key(), refused.params());
            } else {
                errors.show(field, refused.key(), refused.params());
            }
        } catch (ConstraintViolationException invalid) {
            errors.show(invalid).forEach(message -> Notification.show(message)
                    .addThemeVariants(NotificationVariant.LUMO_ERROR));
        }
    }
}
