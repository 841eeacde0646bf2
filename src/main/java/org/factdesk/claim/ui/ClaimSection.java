package org.factdesk.claim.ui;

import com.vaadin.flow.component.Component;
import java.time.ZoneId;
import java.util.function.Predicate;
import org.factdesk.claim.ClaimDetails;
import org.jspecify.annotations.Nullable;

/**
 * A section of the claim page drawn by a feature built on the claim, so the claim's screens need not know it: the
 * workflow's section (assignment, approval, returns, watching) is one. Spring beans implementing this are drawn, in
 * their order, after the claim's evidence (verdict, sources) and its submission, so what a section does with the
 * verdict (approving it) comes after the verdict itself. A section that holds unsaved edits implements
 * {@link Rebasing} to keep them across a colleague's change.
 */
public interface ClaimSection {

    /** Draws the section for {@code claim}, drawn again after every change of it. */
    Component draw(ClaimDetails claim, ClaimPage page);

    /**
     * What the page knows of its viewer: the user's name, whether an editor, the desk's time zone; and {@code act},
     * which runs a change and shows its refusal or redraws the page, telling whether it went through.
     */
    record ClaimPage(@Nullable String username, boolean editor, ZoneId zone, Predicate<Runnable> act) {
    }
}
