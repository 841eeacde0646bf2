package org.factdesk.claim.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.dom.Element;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import org.factdesk.base.ui.UnsavedEdits;
import org.factdesk.claim.ClaimDetails;
import org.jspecify.annotations.Nullable;

/**
 * The parts of the claim page, each drawn from the claim. When a colleague changes the claim, every part is drawn
 * again from the claim as it is now, except the parts in which the user has unsaved edits: those stay as they are,
 * and either refresh what they show around the edit (as the comments do with their thread), or follow the newer
 * version if the change does not touch them ({@link Rebasing}), or else show an older version of the claim.
 */
final class LiveParts {

    private final List<Part<?>> parts = new ArrayList<>();

    /** Draws a part and remembers how, to draw it again later. */
    <C extends Component> C add(Function<ClaimDetails, C> draw, ClaimDetails claim) {
        return add(draw, claim, null);
    }

    /** As {@link #add(Function, ClaimDetails)}; {@code aroundEdits} refreshes the part while the user edits in it. */
    <C extends Component> C add(Function<ClaimDetails, C> draw, ClaimDetails claim,
                                @Nullable Consumer<C> aroundEdits) {
        Part<C> part = new Part<>(draw, aroundEdits, draw.apply(claim));
        parts.add(part);
        return part.current;
    }

    void clear() {
        parts.clear();
    }

    /** Draws every part again but those with unsaved edits; tells whether any of those now shows an older claim. */
    boolean redraw(ClaimDetails claim) {
        boolean keptOlder = false;
        for (Part<?> part : parts) {
            keptOlder |= part.redraw(claim);
        }
        return keptOlder;
    }

    private static final class Part<C extends Component> {

        private final Function<ClaimDetails, C> draw;
        private final @Nullable Consumer<C> aroundEdits;
        private C current;
        private UnsavedEdits edits;

        Part(Function<ClaimDetails, C> draw, @Nullable Consumer<C> aroundEdits, C current) {
            this.draw = draw;
            this.aroundEdits = aroundEdits;
            this.current = current;
            this.edits = UnsavedEdits.in(current);
        }

        boolean redraw(ClaimDetails claim) {
            if (edits.pending()) {
                if (aroundEdits != null) {
                    aroundEdits.accept(current);
                    return false;
                }
                return !(current instanceof Rebasing part && part.rebase(claim));
            }
            C fresh = draw.apply(claim);
            Element parent = current.getElement().getParent();
            if (parent != null) {
                parent.setChild(parent.indexOfChild(current.getElement()), fresh.getElement());
            }
            current = fresh;
            edits = UnsavedEdits.in(fresh);
            return false;
        }
    }
}
