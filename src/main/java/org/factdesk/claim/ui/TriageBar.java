package org.factdesk.claim.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;

/**
 * Above the claim list: accept every suggestion at once, act on the ticked claims, undo the last action, and the
 * keyboard shortcuts. Editors only, except the shortcuts, which everyone may read.
 */
class TriageBar extends HorizontalLayout {

    private final Button acceptTicked;
    private final Button dismissTicked;
    private final Button undo;

    TriageBar(ClaimListPanel list, boolean editor) {
        setId("triage-bar");
        addClassName("fd-triage-bar");
        setAlignItems(FlexComponent.Alignment.CENTER);
        setSpacing(false);
        Button acceptSuggested = button("triage-accept-suggested", getTranslation("triage.accept-suggested"),
                list::acceptSuggested);
        acceptSuggested.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        acceptTicked = button("triage-accept-ticked", "", list::acceptTicked);
        dismissTicked = button("triage-dismiss-ticked", "", list::dismissTicked);
        undo = button("triage-undo", getTranslation("triage.undo"), list::undo);
        undo.setIcon(VaadinIcon.ARROW_BACKWARD.create());
        Button shortcuts = button("triage-shortcuts", getTranslation("triage.shortcuts"),
                () -> new ShortcutsDialog().open());
        shortcuts.setIcon(VaadinIcon.KEYBOARD.create());
        shortcuts.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        if (editor) {
            add(acceptSuggested, acceptTicked, dismissTicked, undo);
        }
        add(shortcuts);
        update(0, false);
    }

    /** Shows how many claims are ticked, and whether there is something to undo. */
    void update(int ticked, boolean canUndo) {
        acceptTicked.setText(getTranslation("triage.accept-ticked", ticked));
        acceptTicked.setEnabled(ticked > 0);
        dismissTicked.setText(getTranslation("triage.dismiss-ticked", ticked));
        dismissTicked.setEnabled(ticked > 0);
        undo.setEnabled(canUndo);
    }

    private static Button button(String id, String text, Runnable action) {
        Button button = new Button(text, click -> action.run());
        button.setId(id);
        button.addThemeVariants(ButtonVariant.LUMO_SMALL);
        return button;
    }
}
