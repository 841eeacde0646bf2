package org.factdesk.source.ui;

import org.factdesk.base.ui.Notifications;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.factdesk.base.RefusedException;
import org.factdesk.base.ui.Formats;
import org.factdesk.base.ui.Markup;
import org.factdesk.source.ArchiveStatus;
import org.factdesk.source.SourceFileItem;
import org.factdesk.source.SourceFileService;
import org.factdesk.source.SourceItem;
import org.factdesk.source.SourceService;
import org.jsoup.nodes.Element;
import org.springframework.dao.OptimisticLockingFailureException;

/**
 * A claim's sources: each with its link, kind, reliability, excerpt and archived copy; and for those who may research
 * the claim, adding, editing, removing and archiving them. Everything a user typed is shown as text.
 */
class SourcesPanel extends VerticalLayout {

    private final SourceService sources;
    private final SourceFileService files;
    private final long claimId;
    private final boolean canEdit;
    private final Runnable onChanged;
    private final ZoneId zone;
    private final VerticalLayout list = new VerticalLayout();

    /** Times in the server's zone; hosts that know the desk's time zone use the other constructor. */
    SourcesPanel(SourceService sources, SourceFileService files, long claimId, boolean canEdit, Runnable onChanged) {
        this(sources, files, claimId, canEdit, onChanged, ZoneId.systemDefault());
    }

    SourcesPanel(SourceService sources, SourceFileService files, long claimId, boolean canEdit, Runnable onChanged,
                 ZoneId zone) {
        this.sources = sources;
        this.files = files;
        this.claimId = claimId;
        this.canEdit = canEdit;
        this.onChanged = onChanged;
        this.zone = zone;
        setId("sources-panel");
        setPadding(false);
        addClassName("fd-sources");
        HorizontalLayout header = new HorizontalLayout(new H3(getTranslation("sources.title")));
        header.setAlignItems(FlexComponent.Alignment.BASELINE);
        if (canEdit) {
            Button add = new Button(getTranslation("source.add"),
                    click -> new SourceDialog(this, sources, files, claimId, null, this::changed).open());
            add.setId("source-add");
            add.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_PRIMARY);
            header.add(add);
        }
        list.setPadding(false);
        add(header, list);
        refresh();
    }

    void refresh() {
        list.removeAll();
        List<SourceItem> items = sources.list(claimId);
        if (items.isEmpty()) {
            list.add(new Paragraph(getTranslation("sources.none")));
        }
        items.forEach(item -> list.add(card(item)));
    }

    /**
     * A source's card. What it says (title, facts, excerpt, note, the archive's state) is read-only and drawn as one
     * node per stretch between components: the files' downloads, the archived text (read when opened) and the
     * buttons stay components. A card with none of those is one node.
     */
    private Component card(SourceItem item) {
        boolean archived = item.url() != null && item.archiveStatus() == ArchiveStatus.ARCHIVED;
        boolean oneBlock = !canEdit && item.files().isEmpty() && !archived;
        Element text = oneBlock ? Markup.block("div", "fd-source").attr("id", "source-" + item.id())
                : Markup.block("div");
        if (item.url() != null) {
            Markup.externalLink(text, item.url(), item.title()).addClass("fd-source-title");
        } else {
            Markup.text(text, "span", item.title(), "fd-source-title");
        }
        facts(text, item);
        if (item.excerpt() != null) {
            Markup.text(text, "p", item.excerpt(), "fd-source-excerpt");
        }
        if (item.note() != null) {
            Markup.text(text, "p", item.note(), "fd-source-note");
        }
        if (oneBlock) {
            if (item.url() != null) {
                archiveFacts(text.appendElement("div").addClass("fd-source-archive"), item);
            }
            return Markup.html(text);
        }
        Div card = new Div(Markup.html(text));
        card.setId("source-" + item.id());
        card.addClassName("fd-source");
        if (!item.files().isEmpty()) {
            card.add(attachedFiles(item));
        }
        if (archived) {
            Div archive = new Div(Markup.html(archiveFacts(Markup.block("div"), item)), archivedText(item));
            archive.addClassName("fd-source-archive");
            card.add(archive);
        } else if (item.url() != null) {
            card.add(Markup.html(archiveFacts(Markup.block("div", "fd-source-archive"), item)));
        }
        if (canEdit) {
            card.add(actions(item));
        }
        return card;
    }

    /**
     * The attached files, each a download streamed from the database; the name is the user's text, shown as text and
     * served as an attachment under a header that quotes it safely.
     */
    private Component attachedFiles(SourceItem item) {
        Div list = new Div();
        list.setId("source-files-" + item.id());
        list.addClassName("fd-source-files");
        for (SourceFileItem file : item.files()) {
            Anchor download = new Anchor(new FileDownloadHandler(files, file.id()), file.name());
            download.setId("source-file-" + file.id());
            Span facts = new Span(getTranslation("source.file.facts", size(file.size()),
                    file.sha256()));
            facts.addClassName("fd-source-hash");
            Div line = new Div(download);
            line.addClassName("fd-source-file");
            if (canEdit) {
                Button remove = button("source-file-remove-" + file.id(), "source.file.remove",
                        ButtonVariant.LUMO_TERTIARY, () -> confirmFileRemoval(file));
                remove.getElement().setAttribute("aria-label", getTranslation("source.file.remove-named",
                        file.name()));
                line.add(remove);
            }
            // The fingerprint last: it wraps under the name and its button on a narrow screen.
            line.add(facts);
            list.add(line);
        }
        return list;
    }

    private String size(long bytes) {
        java.text.NumberFormat number = java.text.NumberFormat.getNumberInstance(getLocale());
        number.setMaximumFractionDigits(1);
        return bytes < 1024 * 1024 ? getTranslation("source.file.size-kb", number.format(Math.max(1, bytes / 1024)))
                : getTranslation("source.file.size-mb", number.format(bytes / (1024.0 * 1024)));
    }

    private void confirmFileRemoval(SourceFileItem file) {
        Dialog confirm = new Dialog();
        confirm.setId("source-file-remove-dialog");
        confirm.setHeaderTitle(getTranslation("source.file.remove-title"));
        confirm.add(new Paragraph(getTranslation("source.file.remove-confirm", file.name())));
        Button yes = new Button(getTranslation("source.file.remove"), click -> {
            confirm.close();
            act(() -> {
                files.remove(file.id());
                Notifications.success(this, "source.file.removed");
            });
        });
        yes.setId("source-file-remove-confirm");
        yes.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_PRIMARY);
        confirm.getFooter().add(new Button(getTranslation("action.cancel"), click -> confirm.close()), yes);
        confirm.open();
    }

    /** The source's publisher, kind, reliability and when it was read, in the layout they had as components. */
    private void facts(Element parent, SourceItem item) {
        Element facts = parent.appendElement("vaadin-horizontal-layout").attr("theme", "spacing")
                .addClass("fd-source-facts").attr("style", "align-items: baseline; flex-wrap: wrap;");
        if (item.publisher() != null) {
            Markup.text(facts, "span", item.publisher());
        }
        Markup.text(facts, "span", getTranslation("source.kind." + item.kind().name()));
        Markup.text(facts, "span", getTranslation("source.reliability." + item.reliability().name()), "fd-reliability",
                "fd-reliability-" + item.reliability().name().toLowerCase(Locale.ROOT));
        if (item.accessedOn() != null) {
            Markup.text(facts, "span", getTranslation("source.accessed", Formats.date(item.accessedOn(), getLocale())));
        }
    }

    /** The archived copy's state: status, a fetch running, the last failure, the copy's fingerprint. */
    private Element archiveFacts(Element archive, SourceItem item) {
        List<String> parts = new ArrayList<>();
        parts.add(getTranslation("source.archive." + item.archiveStatus().name()));
        if (item.archiveFetchedAt() != null) {
            parts.add(getTranslation("source.archive.fetched",
                    Formats.dateTime(item.archiveFetchedAt(), zone, getLocale())));
        }
        if (item.archiveHttpStatus() != null) {
            parts.add(getTranslation("source.archive.http-status", item.archiveHttpStatus()));
        }
        Markup.text(archive, "span", String.join(" · ", parts)).attr("id", "source-archive-status-" + item.id());
        if (item.archiving()) {
            Markup.text(archive, "span", getTranslation("source.archive.running"), "fd-source-archiving")
                    .attr("id", "source-archiving-" + item.id()).attr("theme", "badge contrast");
        }
        if (item.archiveFailedAt() != null) {
            lastFailure(archive.appendElement("div"), item);
        }
        if (item.archiveSha256() != null) {
            Markup.text(archive.appendElement("div"), "span", getTranslation("source.archive.sha256",
                    item.archiveSha256()), "fd-source-hash");
        }
        return archive;
    }

    /** When the last attempt failed: when, why, and whether an earlier copy is still kept. */
    private void lastFailure(Element parent, SourceItem item) {
        List<String> parts = new ArrayList<>();
        parts.add(getTranslation("source.archive.last-failure",
                Formats.dateTime(java.util.Objects.requireNonNull(item.archiveFailedAt()), zone, getLocale()),
                getTranslation(item.archiveFailedError() == null ? "archive.error.unreachable"
                        : item.archiveFailedError())));
        if (item.archiveFailedHttpStatus() != null) {
            parts.add(getTranslation("source.archive.http-status", item.archiveFailedHttpStatus()));
        }
        if (item.archiveStatus() == ArchiveStatus.ARCHIVED) {
            parts.add(getTranslation("source.archive.copy-kept"));
        }
        Markup.text(parent, "span", String.join(" · ", parts), "fd-source-archive-failure")
                .attr("id", "source-archive-failure-" + item.id());
    }

    /** The archived text loads when opened: a page may be long, and most readers never open it. */
    private Component archivedText(SourceItem item) {
        Div text = new Div();
        text.addClassName("fd-source-archived-text");
        text.getStyle().set("white-space", "pre-wrap").set("max-height", "24rem").set("overflow", "auto");
        Details details = new Details(getTranslation("source.archive.show-text"), text);
        details.setId("source-archived-text-" + item.id());
        details.addOpenedChangeListener(event -> {
            if (event.isOpened() && text.getText().isEmpty()) {
                String archived = sources.archivedText(item.id()).orElse("");
                text.setText(archived.isEmpty() ? getTranslation("source.archive.text-empty") : archived);
            }
        });
        return details;
    }

    private Component actions(SourceItem item) {
        Button edit = button("source-edit-" + item.id(), "source.edit", ButtonVariant.LUMO_TERTIARY,
                () -> new SourceDialog(this, sources, files, claimId, item, this::changed).open());
        Button remove = button("source-remove-" + item.id(), "source.remove", ButtonVariant.LUMO_ERROR,
                () -> confirmRemoval(item));
        Button archive = button("source-archive-" + item.id(), "source.archive-now", ButtonVariant.LUMO_TERTIARY,
                () -> archiveNow(item));
        // The fetch runs in the background; the panel is drawn again when it ends. One click, one fetch.
        archive.setDisableOnClick(true);
        archive.setEnabled(!item.archiving());
        HorizontalLayout actions = item.url() == null ? new HorizontalLayout(edit, remove)
                : new HorizontalLayout(edit, archive, remove);
        actions.addClassName("fd-source-actions");
        return actions;
    }

    private void archiveNow(SourceItem item) {
        act(() -> {
            sources.archive(item.id());
            Notifications.success(this, "source.archiving");
        });
    }

    private void confirmRemoval(SourceItem item) {
        Dialog confirm = new Dialog();
        confirm.setId("source-remove-dialog");
        confirm.setHeaderTitle(getTranslation("source.remove-title"));
        confirm.add(new Paragraph(getTranslation("source.remove-confirm", item.title())));
        Button yes = new Button(getTranslation("source.remove"), click -> {
            confirm.close();
            act(() -> {
                sources.remove(item.id(), item.version());
                Notifications.success(this, "source.removed");
            });
        });
        yes.setId("source-remove-confirm");
        yes.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_PRIMARY);
        confirm.getFooter().add(new Button(getTranslation("action.cancel"), click -> confirm.close()), yes);
        confirm.open();
    }

    private Button button(String id, String key, ButtonVariant variant, Runnable action) {
        Button button = new Button(getTranslation(key), click -> action.run());
        button.setId(id);
        button.addThemeVariants(variant, ButtonVariant.LUMO_SMALL);
        return button;
    }

    private void act(Runnable action) {
        try {
            action.run();
            changed();
        } catch (RefusedException e) {
            Notifications.refused(this, e, this::changed);
        } catch (OptimisticLockingFailureException e) {
            Notifications.refused(this, new RefusedException(null, "source.error.stale"), this::changed);
        }
    }

    private void changed() {
        refresh();
        onChanged.run();
    }
}
