package org.factdesk.article.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import java.time.ZoneId;
import java.util.Optional;
import org.factdesk.article.ArchivedCopy;
import org.factdesk.article.WebImportService;
import org.factdesk.base.ui.Formats;

/**
 * "Archived copy: fetched on 6 Dec 2026, 10:12 · View the copy" on an article imported from its address: the page as
 * it was fetched, its address, status and SHA-256, and its readable text in a dialog (always as text).
 */
public final class ArchivedCopyLink extends Composite<Span> {

    private final ArchivedCopy copy;
    private final ZoneId zone;

    private ArchivedCopyLink(ArchivedCopy copy, ZoneId zone) {
        this.copy = copy;
        this.zone = zone;
        Span label = new Span(getTranslation("layout.label", getTranslation("article.archive")) + " ");
        label.addClassName("fd-label");
        Span when = new Span(getTranslation("article.archive.fetched",
                Formats.dateTime(copy.fetchedAt(), zone, getLocale())) + " ");
        when.setId("article-archive-date");
        Button view = new Button(getTranslation("article.archive.view"), click -> open());
        view.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_SMALL);
        view.setId("article-archive-view");
        getContent().setId("article-archive");
        getContent().add(label, when, view);
    }

    /** The link for the article's archived copy, when it was imported from its address. */
    public static Optional<ArchivedCopyLink> of(WebImportService web, long articleId, ZoneId zone) {
        return web.archivedCopy(articleId).map(copy -> new ArchivedCopyLink(copy, zone));
    }

    private void open() {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("article.archive.title"));
        dialog.setWidth("min(56rem, 95vw)");
        Paragraph details = new Paragraph(getTranslation("article.archive.details",
                Formats.dateTime(copy.fetchedAt(), zone, getLocale()), copy.finalUrl(), copy.httpStatus(),
                copy.sha256()));
        details.setId("article-archive-details");
        details.addClassName("fd-archive-details");
        Div text = new Div();
        text.setText(copy.text());
        text.setId("article-archive-text");
        text.addClassName("fd-archive-text");
        Button close = new Button(getTranslation("article.archive.close"), click -> dialog.close());
        dialog.getFooter().add(close);
        dialog.add(details, text);
        dialog.open();
    }
}
