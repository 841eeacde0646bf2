package org.factdesk.claim.ui;

import com.vaadin.flow.component.Component;
import java.util.List;
import org.factdesk.base.ui.Markup;
import org.factdesk.claim.ClaimReason;
import org.factdesk.extraction.Feature;
import org.jsoup.nodes.Element;

/**
 * The check-worthiness reasons of a claim as small chips: feature, weight, and the words that fired it on hover; a
 * word the learned model weighed is its own chip, the word in quotes with its weight. Read-only, drawn as one node.
 */
final class ReasonChips {

    private ReasonChips() {
    }

    static Component of(Component owner, List<ClaimReason> reasons) {
        Element chips = Markup.block("div", "fd-reasons").attr("id", "claim-reasons");
        reasons.forEach(reason -> {
            boolean word = reason.feature() == Feature.WORDS;
            String label = word ? owner.getTranslation("extraction.words-chip", reason.evidence())
                    : owner.getTranslation("extraction.feature." + reason.feature().name());
            Markup.text(chips, "span", label + " (" + (reason.weight() > 0 ? "+" : "") + reason.weight() + ")",
                            reason.weight() > 0 ? "fd-reason-plus" : "fd-reason-minus")
                    .attr("title", word ? owner.getTranslation("extraction.words-hint") : reason.evidence());
        });
        if (reasons.isEmpty()) {
            Markup.text(chips, "span", owner.getTranslation("claim.no-reasons"));
        }
        return Markup.html(chips);
    }
}
