package org.factdesk.claim.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.util.List;
import org.factdesk.claim.ClaimReason;

/** The check-worthiness reasons of a claim as small chips: feature, weight, and the words that fired it on hover. */
class ReasonChips extends Div {

    ReasonChips(List<ClaimReason> reasons) {
        setId("claim-reasons");
        addClassName("fd-reasons");
        reasons.forEach(reason -> {
            Span chip = new Span(getTranslation("extraction.feature." + reason.feature().name())
                    + " (" + (reason.weight() > 0 ? "+" : "") + reason.weight() + ")");
            chip.setTitle(reason.evidence());
            chip.addClassName(reason.weight() > 0 ? "fd-reason-plus" : "fd-reason-minus");
            add(chip);
        });
        if (reasons.isEmpty()) {
            add(new Span(getTranslation("claim.no-reasons")));
        }
    }
}
