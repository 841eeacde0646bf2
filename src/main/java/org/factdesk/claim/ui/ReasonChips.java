package org.factdesk.claim.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.util.List;
import org.factdesk.claim.ClaimReason;
import org.factdesk.extraction.Feature;

/**
 * The check-worthiness reasons of a claim as small chips: feature, weight, and the words that fired it on hover; a
 * word the learned model weighed is its own chip, the word in quotes with its weight.
 */
class ReasonChips extends Div {

    ReasonChips(List<ClaimReason> reasons) {
        setId("claim-reasons");
        addClassName("fd-reasons");
        reasons.forEach(reason -> {
            boolean word = reason.feature() == Feature.WORDS;
            String label = word ? getTranslation("extraction.words-chip", reason.evidence())
                    : getTranslation("extraction.feature." + reason.feature().name());
            Span chip = new Span(label + " (" + (reason.weight() > 0 ? "+" : "") + reason.weight() + ")");
            chip.setTitle(word ? getTranslation("extraction.words-hint") : reason.evidence());
            chip.addClassName(reason.weight() > 0 ? "fd-reason-plus" : "fd-reason-minus");
            add(chip);
        });
        if (reasons.isEmpty()) {
            add(new Span(getTranslation("claim.no-reasons")));
        }
    }
}
