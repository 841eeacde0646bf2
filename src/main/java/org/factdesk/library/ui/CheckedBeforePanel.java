package org.factdesk.library.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.factdesk.base.ui.Formats;
import org.factdesk.base.ui.Markup;
import org.factdesk.claim.ClaimDetails;
import org.factdesk.claim.ui.ClaimSection;
import org.factdesk.library.CheckedBefore;
import org.factdesk.library.FactCheckItem;
import org.factdesk.library.FactCheckOrigin;
import org.factdesk.library.LibraryMatch;
import org.factdesk.library.LibraryService;
import org.factdesk.library.MatchDecision;
import org.jsoup.nodes.Element;

/**
 * "Checked before": the five earlier fact-checks closest to the claim, each with its verdict, publisher, date, a
 * similarity figure and the words that matched, a link to it, and "Same claim" / "Not the same" for those who research
 * the claim. Every text from the library is shown as text.
 */
class CheckedBeforePanel extends Div {

    CheckedBeforePanel(LibraryService library, ClaimDetails claim, ClaimSection.ClaimPage page) {
        setId("checked-before");
        addClassName("checked-before");
        H3 title = new H3(getTranslation("library.checked-before.title"));
        add(title);
        List<CheckedBefore> matches = library.checkedBefore(claim.id());
        if (matches.isEmpty()) {
            Paragraph none = new Paragraph(getTranslation("library.checked-before.none"));
            none.setId("checked-before-none");
            add(none);
        }
        boolean mayDecide = claim.mayResearch() || page.editor();
        int index = 0;
        for (CheckedBefore one : matches) {
            add(card(library, claim, page, one, index++, mayDecide));
        }
        Button again = new Button(getTranslation("library.checked-before.again"),
                click -> page.act().test(() -> library.matchAgain(claim.id())));
        again.setId("checked-before-again");
        again.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        add(again);
    }

    /**
     * A card: what it says drawn as one node (verdict, publisher, date, similarity, the words, the link, whether marked
     * the same claim), its two buttons real ones beside it.
     */
    private Component card(LibraryService library, ClaimDetails claim, ClaimSection.ClaimPage page, CheckedBefore one,
                           int index, boolean mayDecide) {
        LibraryMatch match = one.match();
        FactCheckItem factCheck = match.factCheck();
        boolean deciding = one.decision() != MatchDecision.SAME && mayDecide;
        // Without buttons the card is the block itself; with them, the block is its first child.
        Element text = deciding ? Markup.block("div")
                : Markup.block("div", "checked-before-match").attr("id", "checked-before-" + index);
        Element head = text.appendElement("div").addClass("checked-before-head");
        Markup.text(head, "span", factCheck.rating() == null ? getTranslation("library.no-rating")
                : factCheck.rating(), "checked-before-verdict");
        List<String> about = new ArrayList<>();
        if (factCheck.publisher() != null) {
            about.add(factCheck.publisher());
        }
        if (factCheck.reviewedOn() != null) {
            about.add(Formats.date(factCheck.reviewedOn(), getLocale()));
        }
        if (factCheck.origin() == FactCheckOrigin.DESK) {
            about.add(getTranslation("library.origin.desk"));
        }
        Markup.text(head, "span", String.join(" · ", about));
        Markup.text(head, "span", getTranslation("library.checked-before.similarity",
                Math.round(match.similarity() * 100)), "checked-before-similarity");
        if (match.likely()) {
            Markup.text(head, "span", getTranslation("library.checked-before.likely"), "checked-before-likely");
        }
        Markup.text(text, "p", factCheck.claim(), "checked-before-claim");
        if (!match.matchedWords().isEmpty()) {
            Markup.text(text, "p", getTranslation("library.checked-before.words",
                    String.join(", ", match.matchedWords())), "checked-before-words");
        }
        Markup.externalLink(text.appendElement("div"), factCheck.url(),
                factCheck.title() == null ? factCheck.url() : factCheck.title());
        if (one.decision() == MatchDecision.SAME) {
            Markup.text(text, "span", getTranslation("library.checked-before.marked-same"), "checked-before-same")
                    .attr("id", "checked-before-same-" + index);
        }
        if (!deciding) {
            return Markup.html(text);
        }
        Div card = new Div(Markup.html(text));
        card.addClassName("checked-before-match");
        card.setId("checked-before-" + index);
        Button same = new Button(getTranslation("library.checked-before.same"), click -> page.act().test(
                () -> library.decide(claim.id(), factCheck.id(), MatchDecision.SAME, match.similarity(),
                        claim.mayResearch())));
        same.setId("checked-before-mark-same-" + index);
        same.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_PRIMARY);
        Button notSame = new Button(getTranslation("library.checked-before.not-same"), click -> page.act().test(
                () -> library.decide(claim.id(), factCheck.id(), MatchDecision.NOT_SAME, match.similarity(),
                        false)));
        notSame.setId("checked-before-not-same-" + index);
        notSame.addThemeVariants(ButtonVariant.LUMO_SMALL);
        Div actions = new Div(same, notSame);
        actions.addClassName("checked-before-actions");
        card.add(actions);
        return card;
    }

    static String percent(double value, Locale locale) {
        return String.format(locale, "%d %%", Math.round(value * 100));
    }
}
