package org.factdesk.workflow.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import jakarta.validation.ConstraintViolationException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Predicate;
import org.factdesk.base.ui.DateFields;
import org.factdesk.base.ui.FieldErrors;
import org.factdesk.base.ui.Formats;
import org.factdesk.base.ui.Markup;
import org.factdesk.claim.ClaimDetails;
import org.factdesk.claim.ClaimStatus;
import org.factdesk.claim.Priority;
import org.factdesk.comment.ui.CommentDialog;
import org.factdesk.source.SourceService;
import org.factdesk.claim.ui.PageReads;
import org.factdesk.claim.ui.Rebasing;
import org.factdesk.rating.RatingScaleService;
import org.factdesk.security.Colleague;
import org.factdesk.security.UserService;
import org.factdesk.workflow.AssignmentData;
import org.factdesk.workflow.WorkflowService;
import org.jsoup.nodes.Element;
import org.jspecify.annotations.Nullable;

/**
 * The claim's place in the desk's workflow: its priority and due date, the approved verdict, and what the signed-in
 * user may do now. Editors assign, approve (never a verdict they proposed: four eyes), return with a comment and
 * reopen for a correction; everyone may watch the claim.
 */
class WorkflowSection extends VerticalLayout implements Rebasing {

    private final WorkflowService workflow;
    private final UserService users;
    /** The version actions name: a colleague's change elsewhere on the claim moves it on. */
    private ClaimDetails claim;
    private final Predicate<Runnable> act;

    /** {@code reads}: the colleagues, scale and display names the page read for this drawing. */
    WorkflowSection(WorkflowService workflow, UserService users, RatingScaleService ratings, SourceService sources,
                    PageReads reads, ClaimDetails claim,
                    @Nullable String username, boolean editor, ZoneId zone, Predicate<Runnable> act) {
        this.workflow = workflow;
        this.users = users;
        this.claim = claim;
        this.act = act;
        setId("workflow-section");
        setPadding(false);
        add(new H3(getTranslation("workflow.title")), facts(reads, zone));
        if (editor && (claim.status() == ClaimStatus.TO_CHECK || claim.status() == ClaimStatus.IN_RESEARCH)) {
            add(assignForm(reads, zone));
        }
        HorizontalLayout actions = new HorizontalLayout();
        actions.setId("workflow-actions");
        actions.setAlignItems(FlexComponent.Alignment.BASELINE);
        if (editor && claim.status() == ClaimStatus.IN_REVIEW) {
            Button approve = new Button(getTranslation("workflow.approve"), click -> new ApproveDialog(this.claim,
                    this.claim.ratingId() == null ? null : ratings.find(this.claim.ratingId()).orElse(null),
                    sources.list(this.claim.id()),
                    () -> act.test(() -> workflow.approve(this.claim.id(), this.claim.version()))).open());
            approve.setId("claim-approve");
            approve.addThemeVariants(ButtonVariant.LUMO_SUCCESS);
            actions.add(approve, returnButton());
            if (username != null && claim.proposers().contains(username)) {
                approve.setEnabled(false);
                Span why = new Span(getTranslation("workflow.four-eyes-help"));
                why.setId("claim-approve-help");
                approve.setTooltipText(why.getText());
                add(actions, why);
                actions = new HorizontalLayout();
            }
        }
        if (claim.status() == ClaimStatus.APPROVED) {
            Span frozen = new Span(getTranslation("claim.frozen-help"));
            frozen.setId("claim-frozen-help");
            add(frozen);
            if (editor) {
                actions.add(reopenButton());
            }
        }
        Button watch = button("claim-watch", claim.watching() ? "workflow.unwatch" : "workflow.watch",
                ButtonVariant.LUMO_TERTIARY, () -> workflow.watch(this.claim.id(), !this.claim.watching()));
        actions.add(watch);
        add(actions);
    }

    /** Follows a newer version only if everything this section shows and offers is as it was. */
    @Override
    public boolean rebase(ClaimDetails fresh) {
        if (!shown(fresh).equals(shown(claim))) {
            return false;
        }
        claim = fresh;
        return true;
    }

    private static List<Object> shown(ClaimDetails claim) {
        return Arrays.asList(claim.status(), claim.assignee(), claim.dueDate(), claim.priority(), claim.proposers(),
                claim.approvedBy(), claim.approvedAt(), claim.approvedRatingId(), claim.corrected(), claim.watching());
    }

    /** The workflow's facts, read-only: drawn as one node in the layout they had as components. */
    private Component facts(PageReads reads, ZoneId zone) {
        Element facts = Markup.block("vaadin-vertical-layout", "fd-metadata").attr("style", "width: 100%;");
        Markup.text(facts, "span", getTranslation("workflow.priority-is", priority(claim.priority())))
                .attr("id", "claim-priority");
        Markup.text(facts, "span", claim.dueDate() == null ? getTranslation("workflow.no-due")
                : getTranslation("claim.due", Formats.date(claim.dueDate(), getLocale()))).attr("id", "claim-due");
        if (claim.approvedBy() != null && claim.approvedAt() != null) {
            // From the scale the page read (not find(), which also counts the claims rated so), the approver's name
            // from its colleagues.
            Long approvedRating = claim.approvedRatingId();
            String rating = approvedRating == null ? "" : reads.scale().stream()
                    .filter(item -> item.id() == approvedRating).findFirst()
                    .map(item -> item.label(getLocale())).orElse("");
            Markup.text(facts, "span", getTranslation("workflow.approved-verdict", rating,
                    reads.displayName(claim.approvedBy()), Formats.dateTime(claim.approvedAt(), zone, getLocale())))
                    .attr("id", "claim-approved");
        }
        if (claim.corrected()) {
            Markup.text(facts, "span", getTranslation("workflow.corrected")).attr("id", "claim-corrected")
                    .attr("theme", "badge contrast");
        }
        return Markup.html(facts);
    }

    private Component assignForm(PageReads reads, ZoneId zone) {
        ComboBox<Colleague> assignee = new ComboBox<>(getTranslation("workflow.assign-to"));
        assignee.setId("assign-to");
        // Who may be assigned is read when the list opens (or is typed in), not on every opening of the page; the
        // current assignee is shown by the name the page read.
        assignee.setItems(query -> {
            String typed = query.getFilter().orElse("").toLowerCase(getLocale());
            return users.assignable().stream()
                    .filter(colleague -> colleague.displayName().toLowerCase(getLocale()).contains(typed))
                    .skip(query.getOffset()).limit(query.getLimit());
        });
        assignee.setItemLabelGenerator(Colleague::displayName);
        assignee.setRequired(true);
        if (claim.assignee() != null) {
            assignee.setValue(new Colleague(claim.assignee(), reads.displayName(claim.assignee())));
        }
        DatePicker due = DateFields.labelled(getTranslation("workflow.due"));
        due.setId("assign-due");
        due.setLocale(getLocale());
        due.setMin(LocalDate.now(zone));
        due.setValue(claim.dueDate());
        due.setClearButtonVisible(true);
        Select<Priority> priority = new Select<>();
        priority.setId("assign-priority");
        priority.setLabel(getTranslation("workflow.priority"));
        priority.setItems(Priority.values());
        priority.setItemLabelGenerator(this::priority);
        priority.setValue(claim.priority());
        FieldErrors errors = new FieldErrors(this, Map.of("assignee", assignee, "dueDate", due,
                "priority", priority));
        Button save = new Button(getTranslation("workflow.assign"));
        save.setId("assign-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setDisableOnClick(true);
        save.addClickListener(click -> {
            errors.clear();
            Colleague chosen = assignee.getValue();
            try {
                if (!act.test(() -> workflow.assign(claim.id(), claim.version(), new AssignmentData(
                        chosen == null ? "" : chosen.username(), due.getValue(),
                        Objects.requireNonNullElse(priority.getValue(), Priority.NORMAL))))) {
                    save.setEnabled(true);
                }
            } catch (ConstraintViolationException e) {
                errors.show(e);
                save.setEnabled(true);
            }
        });
        HorizontalLayout form = new HorizontalLayout(assignee, due, priority, save);
        form.setId("assign-form");
        form.setAlignItems(FlexComponent.Alignment.BASELINE);
        form.setWrap(true);
        if (claim.assignee() != null) {
            // In research, or assigned and still waiting to be taken.
            form.add(button("claim-unassign", "workflow.unassign", ButtonVariant.LUMO_TERTIARY,
                    () -> workflow.unassign(claim.id(), claim.version())));
        }
        return form;
    }

    private Button returnButton() {
        Button open = new Button(getTranslation("workflow.return"), click -> new CommentDialog(
                "workflow.return-title", "return-comment", "return-confirm", "workflow.return-confirm",
                text -> act.test(() -> workflow.sendBack(claim.id(), claim.version(), text))).open());
        open.setId("claim-return");
        return open;
    }

    private Button reopenButton() {
        Button open = new Button(getTranslation("workflow.reopen"), click -> new CommentDialog(
                "workflow.reopen-title", "reopen-reason", "reopen-confirm", "workflow.reopen-confirm",
                text -> act.test(() -> workflow.reopen(claim.id(), claim.version(), text))).open());
        open.setId("claim-reopen");
        return open;
    }

    private Button button(String id, String key, ButtonVariant variant, Runnable action) {
        Button button = new Button(getTranslation(key));
        button.setId(id);
        button.addThemeVariants(variant);
        button.setDisableOnClick(true);
        button.addClickListener(click -> {
            if (!act.test(action)) {
                button.setEnabled(true);
            }
        });
        return button;
    }

    private String priority(@Nullable Priority priority) {
        return priority == null ? "" : getTranslation("workflow.priority." + priority.name());
    }
}
