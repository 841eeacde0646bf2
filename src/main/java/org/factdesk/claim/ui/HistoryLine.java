package org.factdesk.claim.ui;

import com.vaadin.flow.component.Component;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.factdesk.base.ui.Formats;
import org.factdesk.base.ui.Markup;
import org.factdesk.claim.ActivityEntry;
import org.factdesk.claim.ClaimService;
import org.factdesk.claim.DismissReason;
import org.jsoup.nodes.Element;
import org.jspecify.annotations.Nullable;

/**
 * One entry of a claim's history, in words: when, who, what changed from what to what. Read-only text, so a whole
 * history is drawn as one block of markup ({@link org.factdesk.base.ui.Markup}), a line per entry.
 */
public final class HistoryLine {

    private static final Set<String> DISMISS_REASONS = Arrays.stream(DismissReason.values()).map(Enum::name)
            .collect(Collectors.toSet());

    private final Component owner;
    private final Locale locale;

    private HistoryLine(Component owner, Locale locale) {
        this.owner = owner;
        this.locale = locale;
    }

    /**
     * Appends the line of {@code entry} to {@code parent}, in {@code owner}'s translations and {@code locale} (the
     * owner's); {@code names} gives a
     * colleague's display name for their username (the history keeps usernames).
     */
    public static Element appendTo(Element parent, Component owner, Locale locale, ActivityEntry entry, ZoneId zone,
                                   Function<String, String> names) {
        HistoryLine line = new HistoryLine(owner, locale);
        Element drawn = parent.appendElement("div").addClass("fd-history-line");
        Markup.text(drawn, "span", Formats.dateTime(entry.occurredAt(), zone, locale), "fd-history-when");
        Markup.text(drawn, "span", names.apply(entry.actor()), "fd-history-who");
        // What changed is the line's own text, not a span of its own.
        drawn.appendText(line.describe(entry, names));
        return drawn;
    }

    private String getTranslation(String key, Object... parameters) {
        return owner.getTranslation(locale, key, parameters);
    }

    private Locale getLocale() {
        return locale;
    }

    private String describe(ActivityEntry entry, Function<String, String> names) {
        String before = entry.before() == null ? "" : entry.before();
        String after = entry.after() == null ? "" : entry.after();
        if (entry.action().equals("claim.assigned") || entry.action().equals("claim.unassigned")) {
            // Who a claim went to, or was taken from, by name like the rest of the page.
            before = before.isEmpty() ? "" : names.apply(before);
            after = after.isEmpty() ? "" : names.apply(after);
        }
        return switch (entry.action()) {
            case "claim.status" -> getTranslation("history.claim.status", status(before), status(after))
                    + reason(entry.detail());
            case "claim.created" -> getTranslation("history.claim.created",
                    getTranslation("claim.origin." + entry.detail()));
            case "claim.reworded", "claim.split", "claim.merged", "claim.assigned", "claim.claimant",
                 "claim.verdict" ->
                    getTranslation("history." + entry.action(), before, after);
            case "source.added" -> getTranslation("history.source.added", after);
            case "source.updated", "source.archived" -> getTranslation("history." + entry.action(), before, after);
            case "source.archive-failed" -> getTranslation("history.source.archive-failed", before,
                    entry.detail() == null ? after : getTranslation(entry.detail()) + (after.isEmpty() ? ""
                            : ", HTTP " + after));
            case "comment.posted" -> getTranslation("history.comment.posted", after);
            case "claim.overdue" -> getTranslation("history.claim.overdue",
                    after.isEmpty() ? "" : Formats.date(LocalDate.parse(after), getLocale()));
            default -> getTranslation("history." + entry.action(), before);
        };
    }

    /** Why or how a status changed, when the history says so: a dismissal's reason, a change made in bulk. */
    private String reason(@Nullable String detail) {
        if (ClaimService.IN_BULK.equals(detail)) {
            return " (" + getTranslation("history.in-bulk") + ")";
        }
        return detail == null || !DISMISS_REASONS.contains(detail) ? ""
                : " (" + getTranslation("claim.dismiss." + detail) + ")";
    }

    private String status(String name) {
        return name.isEmpty() ? "" : getTranslation("claim.status." + name);
    }
}
