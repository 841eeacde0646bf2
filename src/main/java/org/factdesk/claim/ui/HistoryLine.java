package org.factdesk.claim.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.time.ZoneId;
import org.factdesk.base.ui.Formats;
import org.factdesk.claim.ActivityEntry;

/** One entry of a claim's history, in words: when, who, what changed from what to what. */
class HistoryLine extends Div {

    HistoryLine(ActivityEntry entry, ZoneId zone) {
        addClassName("fd-history-line");
        Span when = new Span(Formats.dateTime(entry.occurredAt(), zone, getLocale()));
        when.addClassName("fd-history-when");
        Span who = new Span(entry.actor());
        who.addClassName("fd-history-who");
        add(when, who, new Span(describe(entry)));
    }

    private String describe(ActivityEntry entry) {
        String before = entry.before() == null ? "" : entry.before();
        String after = entry.after() == null ? "" : entry.after();
        return switch (entry.action()) {
            case "claim.status" -> getTranslation("history.claim.status", status(before), status(after))
                    + (entry.detail() == null ? "" : " (" + getTranslation("claim.dismiss." + entry.detail()) + ")");
            case "claim.created" -> getTranslation("history.claim.created",
                    getTranslation("claim.origin." + entry.detail()));
            case "claim.reworded", "claim.split", "claim.merged" ->
                    getTranslation("history." + entry.action(), before, after);
            case "comment.posted" -> getTranslation("history.comment.posted", after);
            default -> getTranslation("history." + entry.action(), before);
        };
    }

    private String status(String name) {
        return name.isEmpty() ? "" : getTranslation("claim.status." + name);
    }
}
