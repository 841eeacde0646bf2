package org.factdesk.claim.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Span;
import java.util.Locale;
import org.factdesk.base.ui.Markup;
import org.factdesk.claim.ClaimStatus;
import org.jsoup.nodes.Element;

/** Small coloured labels for a claim's status. */
final class Badges {

    private Badges() {
    }

    static Span status(Component owner, ClaimStatus status) {
        Span badge = new Span(owner.getTranslation("claim.status." + status.name()));
        badge.addClassNames("fd-status", "fd-status-" + status.name().toLowerCase(Locale.ROOT));
        return badge;
    }

    /** The same label, appended to a read-only block of markup. */
    static Element status(Element parent, Component owner, ClaimStatus status) {
        return Markup.text(parent, "span", owner.getTranslation("claim.status." + status.name()), "fd-status",
                "fd-status-" + status.name().toLowerCase(Locale.ROOT));
    }
}
