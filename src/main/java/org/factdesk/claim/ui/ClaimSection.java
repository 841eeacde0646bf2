package org.factdesk.claim.ui;

import com.vaadin.flow.component.Component;
import java.time.ZoneId;
import java.util.function.Predicate;
import org.factdesk.claim.ClaimDetails;
import org.jspecify.annotations.Nullable;

/**
 * A section of the claim page drawn by a feature built on the claim, so the claim's screens need not know it: the
 * workflow's section (assignment, approval, returns, watching), the sources, the comments and the earlier
 * fact-checks are such sections. Spring beans implementing this are drawn in their order, at their {@link #place()}:
 * what a section does with the verdict (approving it) comes after the verdict, its evidence and its submission. A
 * section that holds unsaved edits implements {@link Rebasing} to keep them across a colleague's change, or
 * {@link #refreshAroundEdits}.
 */
public interface ClaimSection {

    /** Draws the section for {@code claim}, drawn again after every change of it. */
    Component draw(ClaimDetails claim, ClaimPage page);

    /** Where on the page the section goes; by default after the claim's actions. */
    default Place place() {
        return Place.AFTER_ACTIONS;
    }

    /**
     * Whether, while the user has unsaved edits in the drawn section, a colleague's change refreshes what it shows
     * around the edits ({@link #refreshAroundEdits}) rather than leaving it as it is.
     */
    default boolean refreshesAroundEdits() {
        return false;
    }

    /** Refreshes {@code drawn} around the user's unsaved edits (a comment thread shows new comments under a draft). */
    default void refreshAroundEdits(Component drawn) {
    }

    /** The places of the claim page a section can take. */
    enum Place {
        /** In the main column, after the claim's own actions and before the verdict. */
        AFTER_ACTIONS,
        /** In the main column, after the verdict: the evidence. */
        EVIDENCE,
        /** In the main column, after the claim's submission for review: what the workflow does with the verdict. */
        AFTER_SUBMISSION,
        /** In the side column, before the history. */
        SIDE
    }

    /**
     * What the page knows of its viewer: the user's name, whether an editor, the desk's time zone; {@code act}, which
     * runs a change and shows its refusal or redraws the page, telling whether it went through; {@code reload},
     * which reads the claim afresh and redraws the page; and {@code reads}, the colleagues, rating scale and display
     * names read once for each drawing of the page, which a section takes from there rather than reading them again.
     */
    record ClaimPage(@Nullable String username, boolean editor, ZoneId zone, Predicate<Runnable> act,
                     Runnable reload, PageReads reads) {
    }
}
