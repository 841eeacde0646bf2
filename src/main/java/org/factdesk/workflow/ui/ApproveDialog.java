package org.factdesk.workflow.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.List;
import java.util.function.BooleanSupplier;
import org.factdesk.claim.ClaimDetails;
import org.factdesk.source.SourceItem;
import org.factdesk.rating.RatingItem;
import org.jspecify.annotations.Nullable;

/**
 * The second look before a verdict is published: the rating, the rationale's first lines and the sources that go
 * out with it, then Approve or Cancel. The dialog stays open when the approval is refused.
 */
class ApproveDialog extends Dialog {

    /** The rationale's first lines: enough to recognise it, short enough to read before approving. */
    static final int RATIONALE_LINES = 4;
    static final int RATIONALE_CHARS = 400;

    ApproveDialog(ClaimDetails claim, @Nullable RatingItem rating, List<SourceItem> sources, BooleanSupplier approve) {
        setId("approve-dialog");
        setHeaderTitle(getTranslation("workflow.approve-title"));
        setWidth("min(40rem, 95vw)");
        Paragraph statement = new Paragraph(claim.statement());
        statement.setId("approve-statement");
        statement.addClassName("fd-approve-statement");
        Paragraph verdict = new Paragraph(getTranslation("workflow.approve-verdict",
                rating == null ? getTranslation("claim.rating-none") : rating.label(getLocale())));
        verdict.setId("approve-verdict");
        verdict.addClassName("fd-approve-verdict");
        Paragraph rationale = new Paragraph(firstLines(claim.rationale() == null ? "" : claim.rationale()));
        rationale.setId("approve-rationale");
        rationale.addClassName("fd-approve-rationale");
        UnorderedList list = new UnorderedList();
        list.setId("approve-sources");
        for (SourceItem source : sources) {
            String title = source.title().isBlank() ? source.url() : source.title();
            ListItem item = new ListItem(new Span(title));
            if (!source.url().isBlank() && !source.url().equals(title)) {
                Span url = new Span(source.url());
                url.addClassName("fd-approve-url");
                item.add(url);
            }
            list.add(item);
        }
        add(statement, verdict, rationale,
                new H3(getTranslation("workflow.approve-sources", sources.size())), list);
        Button confirm = new Button(getTranslation("workflow.approve-confirm"));
        confirm.setId("approve-confirm");
        confirm.addThemeVariants(ButtonVariant.LUMO_SUCCESS, ButtonVariant.LUMO_PRIMARY);
        confirm.setDisableOnClick(true);
        confirm.addClickListener(click -> {
            if (approve.getAsBoolean()) {
                close();
            } else {
                confirm.setEnabled(true);
            }
        });
        Button cancel = new Button(getTranslation("action.cancel"), click -> close());
        cancel.setId("approve-cancel");
        getFooter().add(cancel, confirm);
    }

    /** The rationale's first {@link #RATIONALE_LINES} lines, cut after a word with an ellipsis when longer. */
    static String firstLines(String rationale) {
        List<String> lines = rationale.strip().lines().filter(line -> !line.isBlank()).toList();
        String shown = String.join("\n", lines.subList(0, Math.min(RATIONALE_LINES, lines.size())));
        boolean cut = lines.size() > RATIONALE_LINES;
        if (shown.length() > RATIONALE_CHARS) {
            int space = shown.lastIndexOf(' ', RATIONALE_CHARS);
            shown = shown.substring(0, space > RATIONALE_CHARS / 2 ? space : RATIONALE_CHARS).stripTrailing();
            cut = true;
        }
        return cut ? shown + "…" : shown;
    }
}
