package org.factdesk.library.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.DomEvent;
import com.vaadin.flow.component.EventData;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.UIDetachedException;
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
import org.factdesk.library.CheckedBeforeNow;
import org.factdesk.library.FactCheckItem;
import org.factdesk.library.FactCheckOrigin;
import org.factdesk.library.LibraryMatch;
import org.factdesk.library.LibraryService;
import org.factdesk.library.MatchDecision;
import org.jsoup.nodes.Element;

/**
 * "Checked before": the five earlier fact-checks closest to the claim, each with its verdict, publisher, date, a
 * similarity figure and the words that matched, a link to it, and "Same claim" / "Not the same" for those who research
 * the claim or edit. Every text from the library is shown as text. After the library changed (an approval adds to it)
 * the claim's older ranking shows at once and the section is drawn again when the claim has been ranked anew.
 */
class CheckedBeforePanel extends Div {

    private final LibraryService library;
    private final ClaimDetails claim;
    private final ClaimSection.ClaimPage page;
    private final boolean mayDecide;
    /** The matches the cards show, in their order: a click names a card by its place. */
    private List<CheckedBefore> shown = List.of();

    CheckedBeforePanel(LibraryService library, ClaimDetails claim, ClaimSection.ClaimPage page) {
        this.library = library;
        this.claim = claim;
        this.page = page;
        this.mayDecide = claim.mayResearch() || page.editor();
        setId("checked-before");
        addClassName("checked-before");
        addListener(Decide.class, this::decide);
        CheckedBeforeNow now = library.checkedBeforeNow(claim.id());
        draw(now.matches());
        UI ui = UI.getCurrent();
        if (now.fresher() != null && ui != null) {
            // The library changed since the claim was ranked: its older ranking shows until the new one is ready.
            now.fresher().thenRun(() -> {
                try {
                    ui.access(() -> {
                        if (isAttached()) {
                            draw(library.checkedBefore(claim.id()));
                        }
                    });
                } catch (UIDetachedException e) {
                    // The page was closed meanwhile.
                }
            });
        }
    }

    private void draw(List<CheckedBefore> matches) {
        removeAll();
        shown = matches;
        add(new H3(getTranslation("library.checked-before.title")));
        if (matches.isEmpty()) {
            Paragraph none = new Paragraph(getTranslation("library.checked-before.none"));
            none.setId("checked-before-none");
            add(none);
        }
        int index = 0;
        for (CheckedBefore one : matches) {
            add(card(one, index++));
        }
        Button again = new Button(getTranslation("library.checked-before.again"),
                click -> page.act().test(() -> library.matchAgain(claim.id())));
        again.setId("checked-before-again");
        again.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        add(again);
    }

    /**
     * A card drawn as one node: the verdict, publisher, date, similarity, the words, the link, whether marked the same
     * claim, and for those who decide "Same claim" and "Not the same" as {@code vaadin-button} elements of the same
     * markup, heard through the panel's one listener ({@link Decide}). A {@code Button} component apiece cost each
     * opening of a claim two listeners and their settings, sent again for every card (decision 027, seventh pass).
     */
    private Component card(CheckedBefore one, int index) {
        LibraryMatch match = one.match();
        FactCheckItem factCheck = match.factCheck();
        Element card = Markup.block("div", "checked-before-match").attr("id", "checked-before-" + index);
        Element head = card.appendElement("div").addClass("checked-before-head");
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
        Markup.text(card, "p", factCheck.claim(), "checked-before-claim");
        if (!match.matchedWords().isEmpty()) {
            Markup.text(card, "p", getTranslation("library.checked-before.words",
                    String.join(", ", match.matchedWords())), "checked-before-words");
        }
        Markup.externalLink(card.appendElement("div"), factCheck.url(),
                factCheck.title() == null ? factCheck.url() : factCheck.title());
        if (one.decision() == MatchDecision.SAME) {
            Markup.text(card, "span", getTranslation("library.checked-before.marked-same"), "checked-before-same")
                    .attr("id", "checked-before-same-" + index);
        } else if (mayDecide) {
            Element actions = card.appendElement("div").addClass("checked-before-actions");
            Markup.button(actions, getTranslation("library.checked-before.same"), ButtonVariant.LUMO_SMALL,
                            ButtonVariant.LUMO_PRIMARY).attr("id", "checked-before-mark-same-" + index)
                    .attr(Decide.DECISION, Decide.SAME).attr(Decide.CARD, String.valueOf(index));
            Markup.button(actions, getTranslation("library.checked-before.not-same"), ButtonVariant.LUMO_SMALL)
                    .attr("id", "checked-before-not-same-" + index)
                    .attr(Decide.DECISION, Decide.NOT_SAME).attr(Decide.CARD, String.valueOf(index));
        }
        return Markup.html(card);
    }

    /** Records what the user decided of card {@code index}, if that card offered it (the client may send anything). */
    private void decide(Decide event) {
        int index = event.card();
        if (!mayDecide || index < 0 || index >= shown.size() || shown.get(index).decision() == MatchDecision.SAME) {
            return;
        }
        LibraryMatch match = shown.get(index).match();
        long factCheck = match.factCheck().id();
        if (Decide.SAME.equals(event.decision())) {
            page.act().test(() -> library.decide(claim.id(), factCheck, MatchDecision.SAME, match.similarity(),
                    claim.mayResearch()));
        } else if (Decide.NOT_SAME.equals(event.decision())) {
            page.act().test(() -> library.decide(claim.id(), factCheck, MatchDecision.NOT_SAME, match.similarity(),
                    false));
        }
    }

    /**
     * A click on a card's "Same claim" or "Not the same": the button's decision and the card's place, read from its
     * data attributes by a fixed expression; clicks elsewhere in the panel are not sent.
     */
    @DomEvent(value = "click", filter = "event.target.closest('[data-decision]') != null")
    public static final class Decide extends ComponentEvent<CheckedBeforePanel> {

        static final String DECISION = "data-decision";
        static final String CARD = "data-card";
        static final String SAME = "same";
        static final String NOT_SAME = "not-same";

        private final String decision;
        private final int card;

        public Decide(CheckedBeforePanel source, boolean fromClient,
               @EventData("event.target.closest('[data-decision]').dataset.decision") String decision,
               @EventData("Number(event.target.closest('[data-decision]').dataset.card)") int card) {
            super(source, fromClient);
            this.decision = decision;
            this.card = card;
        }

        String decision() {
            return decision;
        }

        int card() {
            return card;
        }
    }

    static String percent(double value, Locale locale) {
        return String.format(locale, "%d %%", Math.round(value * 100));
    }
}
