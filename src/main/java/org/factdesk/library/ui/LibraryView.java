package org.factdesk.library.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.UploadEvent;
import com.vaadin.flow.shared.Registration;
import jakarta.annotation.security.RolesAllowed;
import java.io.IOException;
import java.io.InputStream;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.factdesk.base.RefusedException;
import org.factdesk.base.ui.Formats;
import org.factdesk.base.ui.PasswordFields;
import org.factdesk.base.ui.UploadTexts;
import org.factdesk.library.CsvColumn;
import org.factdesk.library.CsvPreview;
import org.factdesk.library.FactCheckItem;
import org.factdesk.library.FeedItem;
import org.factdesk.library.ImportFiles;
import org.factdesk.library.ImportProgress;
import org.factdesk.library.LibraryService;
import org.factdesk.library.MatchDecision;
import org.factdesk.security.AppRoles;
import org.jspecify.annotations.Nullable;

/**
 * The library of earlier fact-checks: import a ClaimReview JSON-LD or CSV file (with a column-mapping step when the
 * CSV's names are not recognised) or a feed address with its token, follow the import's progress and its summary,
 * import a remembered feed again, search the library, and see how often the desk found suggested matches to be the
 * same claim.
 */
@Route("library")
@RolesAllowed({AppRoles.ADMIN, AppRoles.EDITOR})
@Menu(order = 60, title = "library.nav", icon = "vaadin:book")
class LibraryView extends VerticalLayout implements HasDynamicTitle {

    private static final int POLL_MILLIS = 1000;

    private final LibraryService library;
    private final Span message = new Span();
    private final Div mapping = new Div();
    private final ProgressBar bar = new ProgressBar();
    private final Span status = new Span();
    private final Div summary = new Div();
    private final Div feeds = new Div();
    private final Paragraph counts = new Paragraph();
    private final TextField search = new TextField();
    private final Grid<FactCheckItem> grid = new Grid<>();
    private @Nullable Long running;
    private @Nullable Registration polling;

    LibraryView(LibraryService library) {
        this.library = library;
        setWidthFull();
        addClassName("library-view");
        add(new H2(getTranslation("library.title")), new Paragraph(getTranslation("library.intro")));

        Upload upload = new Upload(this::streamed);
        upload.setId("library-upload");
        upload.setMaxFiles(1);
        upload.setMaxFileSize(LibraryService.MAX_FILE_BYTES);
        upload.setAcceptedFileTypes(".json", ".jsonld", ".csv", ".tsv", ".txt", "application/json",
                "application/ld+json", "text/csv");
        UploadTexts.localize(upload, getTranslation("upload.choose-one"), getTranslation("upload.drop-one"),
                getTranslation("library.error.too-large"), getTranslation("library.error.file-type"),
                getTranslation("upload.too-many"));
        upload.addFileRejectedListener(rejected -> showError(getTranslation("library.error.file-rejected")));
        message.setId("library-message");
        mapping.setId("library-mapping");

        TextField url = new TextField(getTranslation("library.feed.url"));
        url.setId("library-feed-url");
        url.setWidth("28em");
        PasswordField token = PasswordFields.labelled(getTranslation("library.feed.token"));
        token.setId("library-feed-token");
        token.setHelperText(getTranslation("library.feed.token-help"));
        Button fetch = new Button(getTranslation("library.feed.import"), click -> {
            started(() -> library.importFeed(url.getValue(), token.getValue()));
            token.clear();
        });
        fetch.setId("library-feed-import");
        HorizontalLayout feedForm = new HorizontalLayout(url, token, fetch);
        feedForm.setAlignItems(Alignment.BASELINE);
        feedForm.setWrap(true);

        bar.setId("library-progress");
        bar.setVisible(false);
        status.setId("library-status");
        summary.setId("library-summary");
        feeds.setId("library-feeds");
        counts.setId("library-counts");

        search.setId("library-search");
        search.setPlaceholder(getTranslation("library.search"));
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.addValueChangeListener(change -> grid.getDataProvider().refreshAll());
        search.setWidth("24em");
        grid.setId("library-grid");
        grid.addColumn(FactCheckItem::claim).setHeader(getTranslation("library.column.claim")).setFlexGrow(4);
        grid.addColumn(item -> item.rating() == null ? "" : item.rating())
                .setHeader(getTranslation("library.column.rating")).setFlexGrow(1);
        grid.addColumn(item -> item.publisher() == null ? "" : item.publisher())
                .setHeader(getTranslation("library.column.publisher")).setFlexGrow(1);
        grid.addColumn(item -> Formats.date(item.reviewedOn(), getLocale()))
                .setHeader(getTranslation("library.column.date")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(item -> getTranslation("library.origin." + item.origin().name().toLowerCase()))
                .setHeader(getTranslation("library.column.origin")).setAutoWidth(true).setFlexGrow(0);
        grid.setItems(query -> library.list(search.getValue(), query.getOffset(), query.getLimit()).stream(),
                query -> (int) Math.min(Integer.MAX_VALUE, library.count(search.getValue())));
        grid.setAllRowsVisible(false);
        grid.setHeight("28em");

        add(new H2(getTranslation("library.import.title")), new Paragraph(getTranslation("library.import.intro")),
                upload, message, mapping, feedForm, bar, status, summary,
                new H2(getTranslation("library.feeds.title")), feeds,
                new H2(getTranslation("library.list.title")), counts, search, grid);
        refresh();
    }

    private void streamed(UploadEvent event) throws IOException {
        String fileName = event.getFileName();
        try (InputStream in = event.getInputStream()) {
            byte[] bytes = in.readNBytes(LibraryService.MAX_FILE_BYTES + 1);
            event.getUI().access(() -> receive(fileName, bytes));
        }
    }

    /** A file arrived: ClaimReview JSON is imported at once, a CSV first has its columns recognised or mapped. */
    void receive(String fileName, byte[] content) {
        mapping.removeAll();
        if (ImportFiles.isJson(content)) {
            started(() -> library.importClaimReviews(fileName, content));
            return;
        }
        CsvPreview preview;
        try {
            preview = library.previewCsv(content);
        } catch (RefusedException refused) {
            showError(getTranslation(refused.key(), refused.params()));
            return;
        }
        if (preview.complete()) {
            started(() -> library.importCsv(fileName, content, preview.guessed()));
        } else {
            askMapping(fileName, content, preview);
        }
    }

    /** The column-mapping step: which of the file's columns holds each of FactDesk's. */
    private void askMapping(String fileName, byte[] content, CsvPreview preview) {
        mapping.add(new Paragraph(getTranslation("library.mapping.intro")));
        Map<CsvColumn, Select<String>> selects = new EnumMap<>(CsvColumn.class);
        HorizontalLayout fields = new HorizontalLayout();
        fields.setWrap(true);
        for (CsvColumn column : CsvColumn.values()) {
            Select<String> select = new Select<>();
            select.setId("library-mapping-" + column.name().toLowerCase());
            select.setLabel(getTranslation(column.key()) + (column.required() ? " *" : ""));
            select.setItems(preview.headers());
            select.setEmptySelectionAllowed(!column.required());
            select.setEmptySelectionCaption(getTranslation("library.mapping.none"));
            String guessed = preview.guessed().get(column);
            if (guessed != null) {
                select.setValue(guessed);
            }
            selects.put(column, select);
            fields.add(select);
        }
        Button go = new Button(getTranslation("library.mapping.import"), click -> {
            Map<CsvColumn, String> chosen = new EnumMap<>(CsvColumn.class);
            selects.forEach((column, select) -> {
                if (select.getValue() != null && !select.getValue().isBlank()) {
                    chosen.put(column, select.getValue());
                }
            });
            started(() -> library.importCsv(fileName, content, chosen));
        });
        go.setId("library-mapping-import");
        go.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        mapping.add(fields, go);
    }

    private void started(java.util.function.LongSupplier start) {
        try {
            running = start.getAsLong();
            mapping.removeAll();
            message.setText("");
            message.removeClassName("fd-error");
        } catch (RefusedException refused) {
            showError(getTranslation(refused.key(), refused.params()));
        }
        refresh();
    }

    /** Shows the running import's progress (polling while it runs), or the last one's summary, and the lists. */
    void refresh() {
        ImportProgress progress = running == null ? null : library.importProgress(running);
        if (progress == null) {
            List<ImportProgress> recent = library.recentImports();
            progress = recent.isEmpty() ? null : recent.getFirst();
        }
        summary.removeAll();
        boolean busy = progress != null && !progress.finished();
        bar.setVisible(busy);
        if (progress == null) {
            status.setText("");
        } else if (busy) {
            bar.setIndeterminate(progress.total() == 0);
            if (progress.total() > 0) {
                bar.setValue(Math.min(1.0, (double) progress.read() / progress.total()));
            }
            status.setText(getTranslation("library.import.running", progress.source(), progress.read(),
                    progress.total()));
        } else if (progress.failure() != null) {
            status.setText(getTranslation("library.import.failed", progress.source(),
                    getTranslation(progress.failure())));
        } else {
            status.setText(getTranslation("library.import.done", progress.source(), progress.added(),
                    progress.updated(), progress.skipped()));
            for (ImportProgress.SkippedRow row : progress.skippedRows().stream().limit(100).toList()) {
                Div line = new Div(new Span(getTranslation("library.import.skipped-row", row.number(),
                        getTranslation(row.reason()))));
                line.addClassName("library-skipped");
                summary.add(line);
            }
        }
        poll(busy);
        drawFeeds();
        Map<MatchDecision, Long> decided = library.decisionCounts();
        long same = decided.getOrDefault(MatchDecision.SAME, 0L);
        long notSame = decided.getOrDefault(MatchDecision.NOT_SAME, 0L);
        counts.setText(getTranslation("library.counts", library.count(""), same, notSame,
                same + notSame == 0 ? "—" : Math.round(100.0 * same / (same + notSame)) + " %"));
        if (!busy) {
            grid.getDataProvider().refreshAll();
        }
    }

    private void drawFeeds() {
        feeds.removeAll();
        List<FeedItem> items = library.feeds();
        if (items.isEmpty()) {
            feeds.add(new Paragraph(getTranslation("library.feeds.none")));
        }
        int index = 0;
        for (FeedItem feed : items) {
            Span address = new Span(feed.url());
            Span token = new Span(feed.maskedToken() == null ? getTranslation("library.feeds.no-token")
                    : getTranslation("library.feeds.token", feed.maskedToken()));
            Button again = new Button(getTranslation("library.feeds.again"),
                    click -> started(() -> library.importFeedAgain(feed.id())));
            again.setId("library-feed-again-" + index);
            again.addThemeVariants(ButtonVariant.LUMO_SMALL);
            HorizontalLayout line = new HorizontalLayout(address, token, again, polling(feed, index++));
            line.setAlignItems(Alignment.BASELINE);
            line.setWrap(true);
            feeds.add(line);
        }
    }

    /** Scheduled polling of the feed: off (the default), hourly, every six hours or daily. */
    private Select<Integer> polling(FeedItem feed, int index) {
        Select<Integer> every = new Select<>();
        every.setId("library-feed-poll-" + index);
        every.setAriaLabel(getTranslation("library.feeds.poll"));
        every.setItems(FeedItem.POLL_CHOICES);
        every.setEmptySelectionAllowed(true);
        every.setEmptySelectionCaption(getTranslation("library.feeds.poll-off"));
        every.setItemLabelGenerator(minutes -> minutes == null ? getTranslation("library.feeds.poll-off")
                : getTranslation("library.feeds.poll-every", minutes / 60));
        every.setValue(feed.pollEveryMinutes());
        every.addValueChangeListener(change -> {
            if (change.isFromClient()) {
                try {
                    library.pollFeed(feed.id(), change.getValue());
                } catch (RefusedException refused) {
                    showError(getTranslation(refused.key(), refused.params()));
                }
            }
        });
        return every;
    }

    private void showError(String text) {
        message.setText(text);
        message.addClassName("fd-error");
    }

    String status() {
        return status.getText();
    }

    private void poll(boolean on) {
        Optional<UI> ui = getUI();
        if (on && polling == null && ui.isPresent()) {
            ui.get().setPollInterval(POLL_MILLIS);
            polling = ui.get().addPollListener(poll -> refresh());
        } else if (!on && polling != null) {
            polling.remove();
            polling = null;
            ui.ifPresent(one -> one.setPollInterval(-1));
        }
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        super.onAttach(attachEvent);
        refresh();
    }

    @Override
    protected void onDetach(DetachEvent detachEvent) {
        poll(false);
        super.onDetach(detachEvent);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("library.nav");
    }
}
