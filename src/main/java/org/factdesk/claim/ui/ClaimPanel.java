package org.factdesk.claim.ui;

import org.factdesk.base.ui.Notifications;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import jakarta.validation.ConstraintViolationException;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.Consumer;
import org.factdesk.base.RefusedException;
import org.factdesk.base.ui.FieldErrors;
import org.factdesk.base.ui.Links;
import org.factdesk.base.ui.Markup;
import org.factdesk.base.ui.UnsavedEdits;
import org.factdesk.claim.ClaimRow;
import org.factdesk.claim.ClaimService;
import org.factdesk.claim.ClaimShapingService;
import org.factdesk.claim.ClaimStatus;
import org.factdesk.claim.DismissReason;
import org.jsoup.nodes.Element;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.OptimisticLockingFailureException;

/** The selected claim: its wording, check-worthiness reasons, status, the editor's actions and its history. */
class ClaimPanel extends VerticalLayout {

    private final ClaimService claims;
    private final ClaimShapingService shaping;
    private final boolean editor;
    private final Runnable onChanged;
    private final ZoneId zone;
    private final Function<String, String> names;
    private final Consumer<Map<Long, Long>> onTriaged;
    private UnsavedEdits edits = UnsavedEdits.in(this);
    /** The claim shown, whose version the actions name: a colleague's change that the edits do not touch moves it. */
    private @Nullable ClaimRow shown;

    ClaimPanel(ClaimService claims, ClaimShapingService shaping, boolean editor, Runnable onChanged, ZoneId zone,
               Function<String, String> names, Consumer<Map<Long, Long>> onTriaged) {
        this.names = names;
        this.zone = zone;
        this.onTriaged = onTriaged;
        this.claims = claims;
        this.shaping = shaping;
        this.editor = editor;
        this.onChanged = onChanged;
        setId("claim-panel");
        setPadding(false);
        addClassName("fd-claim-panel");
    }

    void show(@Nullable ClaimRow row) {
        shown = row;
        removeAll();
        if (row == null) {
            add(new Paragraph(getTranslation("workspace.pick-a-claim")));
            return;
        }
        HorizontalLayout status = new HorizontalLayout(Badges.status(this, row.status()),
                new Span(getTranslation("claim.score-of", row.score())));
        status.setAlignItems(FlexComponent.Alignment.CENTER);
        if (row.dismissReason() != null) {
            status.add(new Span(getTranslation("claim.dismiss." + row.dismissReason().name())));
        }
        // The status and the actions head the panel and stay in view while the rest scrolls under them.
        Div head = new Div(status);
        head.addClassName("fd-claim-panel-head");
        if (editor) {
            head.add(actions(row));
        }
        add(head, statement(row), ReasonChips.of(this, row.reasons()), Links.to("claims/" + row.id(),
                getTranslation("claim.open-page")), history(row));
        edits = UnsavedEdits.in(this);
    }

    /** Whether the editor is rewording the claim or choosing a reason to dismiss it, unsaved. */
    boolean editing() {
        return edits.pending();
    }

    /**
     * Lets the editor's unsaved edits be saved against a colleague's newer version of the claim, if nothing the panel
     * shows differs in it (a verdict saved, a due date moved); tells whether it did.
     */
    boolean rebase(ClaimRow fresh) {
        if (shown == null || !shownOf(fresh).equals(shownOf(shown))) {
            return false;
        }
        shown = fresh;
        return true;
    }

    private static List<Object> shownOf(ClaimRow row) {
        return Arrays.asList(row.id(), row.statement(), row.status(), row.dismissReason(), row.anchorLost(),
                row.assignee(), row.score(), row.reasons(), row.suggested());
    }

    private long version() {
        return Objects.requireNonNull(shown).version();
    }

    private Component statement(ClaimRow row) {
        TextArea statement = new TextArea(getTranslation("claim.statement"));
        statement.setId("claim-statement");
        statement.setWidthFull();
        statement.setValue(row.statement());
        statement.setMaxLength(ClaimService.STATEMENT_MAX);
        if (row.status() == ClaimStatus.APPROVED) {
            // Frozen: the published wording changes only after a reopening, on the claim's page.
            statement.setReadOnly(true);
            Span frozen = new Span(getTranslation("claim.frozen-help"));
            frozen.setId("claim-frozen-help");
            return new Div(statement, frozen);
        }
        statement.setReadOnly(!editor);
        if (!editor) {
            return statement;
        }
        FieldErrors errors = new FieldErrors(this, Map.<String, HasValidation>of("statement", statement));
        Button save = new Button(getTranslation("claim.reword"), click -> act(() -> {
            try {
                claims.reword(row.id(), version(), statement.getValue());
                Notifications.success(this, "claim.reworded");
            } catch (ConstraintViolationException e) {
                errors.show(e);
                throw new Unchanged();
            }
        }));
        save.setId("claim-reword");
        save.addThemeVariants(ButtonVariant.LUMO_SMALL);
        return new Div(statement, save);
    }

    private Component actions(ClaimRow row) {
        HorizontalLayout actions = new HorizontalLayout();
        actions.setId("claim-actions");
        actions.getStyle().set("flex-wrap", "wrap");
        switch (row.status()) {
            case CANDIDATE -> actions.add(button("claim-accept", "claim.accept", ButtonVariant.LUMO_PRIMARY,
                    () -> {
                        onTriaged.accept(Map.of(row.id(), claims.select(row.id(), version())));
                    }));
            case TO_CHECK -> {
                if (row.assignee() == null) {
                    actions.add(button("claim-undo-accept", "claim.undo-accept", ButtonVariant.LUMO_TERTIARY,
                            () -> claims.deselect(row.id(), version())));
                }
            }
            case DISMISSED -> actions.add(button("claim-restore", "claim.restore", ButtonVariant.LUMO_PRIMARY,
                    () -> claims.restore(row.id(), version())));
            default -> { }
        }
        if (row.status() == ClaimStatus.CANDIDATE || row.status() == ClaimStatus.TO_CHECK) {
            actions.add(dismissal(row));
        }
        if (!row.anchorLost() && row.status() != ClaimStatus.APPROVED) {
            actions.add(button("claim-split", "claim.split", ButtonVariant.LUMO_TERTIARY,
                    () -> new SplitDialog(this, shaping, row, onChanged).open()),
                    button("claim-merge", "claim.merge-next", ButtonVariant.LUMO_TERTIARY,
                            () -> shaping.mergeWithNext(row.id(), version())));
        }
        return actions;
    }

    private Component dismissal(ClaimRow row) {
        Select<DismissReason> reason = new Select<>();
        reason.setId("claim-dismiss-reason");
        reason.setItems(DismissReason.values());
        reason.setItemLabelGenerator(value -> getTranslation("claim.dismiss." + value.name()));
        reason.setValue(DismissReason.NOT_CHECK_WORTHY);
        reason.setAriaLabel(getTranslation("claim.dismiss-reason"));
        // Wide enough for the longest reason in the user's language: "Sans intérêt de vérification" was cut.
        int longest = java.util.Arrays.stream(DismissReason.values())
                .mapToInt(value -> getTranslation("claim.dismiss." + value.name()).length()).max().orElse(0);
        reason.setWidth(Math.max(12, longest * 0.55 + 4) + "em");
        Button dismiss = button("claim-dismiss", "claim.dismiss", ButtonVariant.LUMO_ERROR,
                () -> {
                    onTriaged.accept(Map.of(row.id(), claims.dismiss(row.id(), version(), reason.getValue())));
                });
        HorizontalLayout group = new HorizontalLayout(reason, dismiss);
        group.setSpacing(false);
        group.addClassName("fd-dismiss");
        return group;
    }

    private Button button(String id, String key, ButtonVariant variant, Runnable action) {
        Button button = new Button(getTranslation(key), click -> act(action));
        button.setId(id);
        button.addThemeVariants(variant, ButtonVariant.LUMO_SMALL);
        return button;
    }

    private void act(Runnable action) {
        try {
            action.run();
            onChanged.run();
        } catch (Unchanged e) {
            // The field shows what to fix; nothing changed.
        } catch (RefusedException e) {
            Notifications.refused(this, e, onChanged);
        } catch (OptimisticLockingFailureException e) {
            // Both editors read the same version and the other one committed first.
            Notifications.refused(this, new RefusedException(null, "claim.error.stale"), onChanged);
        }
    }

    private Component history(ClaimRow row) {
        // The lines in the layout they had as components (no padding, no spacing), now one block of markup.
        Element entries = Markup.block("vaadin-vertical-layout").attr("style", "width: 100%;");
        claims.history(row.id()).forEach(entry -> HistoryLine.appendTo(entries, this, getLocale(), entry, zone, names));
        Details details = new Details(getTranslation("claim.history"), Markup.html(entries));
        details.setId("claim-history");
        return details;
    }

    /** Thrown inside an action to say it was refused on a field, so the workspace need not reload. */
    private static final class Unchanged extends RuntimeException {
    }

}
