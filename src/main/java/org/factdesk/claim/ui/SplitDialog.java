package org.factdesk.claim.ui;

import org.factdesk.base.ui.Notifications;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.factdesk.base.RefusedException;
import org.factdesk.claim.ClaimRow;
import org.factdesk.claim.ClaimShapingService;

/**
 * Splits a claim in two: the editor clicks the word where the second claim starts and sees both parts before
 * confirming. The first part keeps the claim and its work.
 */
class SplitDialog extends Dialog {

    private static final Pattern WORD = Pattern.compile("\\S+");

    private final Paragraph first = new Paragraph();
    private final Paragraph second = new Paragraph();
    private final Button confirm;
    private final List<Span> words = new ArrayList<>();
    private int offset = -1;

    SplitDialog(Component owner, ClaimShapingService shaping, ClaimRow row, Runnable onSplit) {
        setHeaderTitle(getTranslation("claim.split-title"));
        setId("split-dialog");
        setWidth("min(40rem, 95vw)");
        String quote = row.quote();
        Div picker = new Div();
        picker.addClassName("fd-split-words");
        Matcher word = WORD.matcher(quote);
        while (word.find()) {
            int at = word.start();
            Span span = new Span(word.group());
            span.addClassName("fd-split-word");
            span.addClickListener(click -> pick(quote, at, span));
            words.add(span);
            picker.add(span, new Span(" "));
        }
        first.addClassName("fd-split-part");
        second.addClassName("fd-split-part");
        add(new Paragraph(getTranslation("claim.split-help")), picker, first, second);
        confirm = new Button(getTranslation("claim.split"), click -> {
            try {
                shaping.split(row.id(), row.version(), offset);
                close();
                onSplit.run();
            } catch (RefusedException e) {
                close();
                Notifications.refused(owner, e, onSplit);
            }
        });
        confirm.setId("split-confirm");
        confirm.setEnabled(false);
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("action.cancel"), click -> close()), confirm);
    }

    /** Picks the split point: the second claim starts at {@code at}, a character offset into the quote. */
    void pick(String quote, int at, Span word) {
        words.forEach(span -> span.removeClassName("fd-split-chosen"));
        word.addClassName("fd-split-chosen");
        offset = at;
        first.setText("1. " + quote.substring(0, at).strip());
        second.setText("2. " + quote.substring(at).strip());
        confirm.setEnabled(at > 0);
    }
}
