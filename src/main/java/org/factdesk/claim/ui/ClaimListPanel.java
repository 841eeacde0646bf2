package org.factdesk.claim.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.data.provider.CallbackDataProvider;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import java.time.ZoneId;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import org.factdesk.base.RefusedException;
import org.factdesk.base.ui.Notifications;
import org.factdesk.claim.ClaimRow;
import org.factdesk.claim.ClaimService;
import org.factdesk.claim.ClaimShapingService;
import org.factdesk.claim.ClaimSpan;
import org.factdesk.claim.ClaimStatus;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.OptimisticLockingFailureException;

/**
 * The article's claims, ranked (suggested and most check-worthy first), lazily loaded, taking most of the pane; the
 * selected claim's details and actions below. Editors triage from the keyboard (the shortcuts dialog lists the keys),
 * tick several claims to accept or dismiss them at once, accept every suggestion in one go, and undo their last
 * action, a bulk one as a whole.
 */
class ClaimListPanel extends VerticalLayout {

    private final ClaimService claims;
    private final Grid<ClaimRow> grid = new Grid<>();
    private final ClaimPanel details;
    private final Consumer<Long> onSelected;
    private final Runnable onChanged;
    private final boolean editor;
    private final TriageBar bar;
    private final Map<Long, Integer> numbers = new HashMap<>();
    /** Claims ticked for an action on several, by id. */
    private final Set<Long> ticked = new LinkedHashSet<>();
    /** What the editor did here, the last action on top: each claim changed, at the version the action left it. */
    /** The reason picker while it is open. */
    private @Nullable DismissDialog dismissing;
    private final Deque<Map<Long, Long>> done = new ArrayDeque<>();
    private long articleId;

    ClaimListPanel(ClaimService claims, ClaimShapingService shaping, boolean editor, Runnable onChanged,
                   Consumer<Long> onSelected, ZoneId zone, Function<String, String> names) {
        this.claims = claims;
        this.onSelected = onSelected;
        this.onChanged = onChanged;
        this.editor = editor;
        this.details = new ClaimPanel(claims, shaping, editor, onChanged, zone, names, this::triaged);
        this.bar = new TriageBar(this, editor);
        setSizeFull();
        setPadding(false);
        setSpacing(false);
        addClassName("fd-claim-list");
        configureGrid();
        keys();
        add(bar, grid, details);
    }

    private void configureGrid() {
        grid.setId("claims-grid");
        grid.addClassName("fd-claims-grid");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        if (editor) {
            // As wide as its header in the user's language ("Cocher" was cut to "Coc…"), and never narrower than "#".
            String header = getTranslation("triage.tick-header");
            grid.addComponentColumn(this::tick).setHeader(header)
                    .setWidth(Math.max(3.5, header.length() * 0.6 + 2) + "rem").setFlexGrow(0).setKey("tick");
        }
        // Wide enough for three digits: the first rows drawn, often in single digits, must not size the column.
        grid.addColumn(row -> numbers.getOrDefault(row.id(), 0)).setHeader("#").setWidth("3.5rem").setFlexGrow(0);
        grid.addComponentColumn(this::statement).setHeader(getTranslation("claim.statement")).setFlexGrow(1)
                .setKey("statement");
        grid.addColumn(ClaimRow::score).setHeader(getTranslation("claim.score")).setAutoWidth(true).setFlexGrow(0);
        grid.addComponentColumn(row -> Badges.status(this, row.status()))
                .setHeader(getTranslation("claim.status")).setAutoWidth(true).setFlexGrow(0).setKey("status");
        grid.setPartNameGenerator(row -> ticked.contains(row.id()) ? "fd-ticked" : null);
        grid.addSelectionListener(event -> {
            ClaimRow row = event.getFirstSelectedItem().orElse(null);
            details.show(row);
            if (row != null && event.isFromClient()) {
                onSelected.accept(row.id());
            }
        });
        grid.setEmptyStateText(getTranslation("workspace.no-claims"));
    }

    /** The triage keys (see {@link TriageKeys} for where they count). */
    private void keys() {
        TriageKeys.listen(this, this::key);
    }

    /** Does what the key (as the browser names it) does; readers only move, open and read the list of keys. */
    void key(String key) {
        if (dismissing != null && dismissing.isOpened()) {
            // The reason picker is open but the key was typed before the focus moved into it: Enter confirms it, as
            // it would inside the dialog, and no other key acts on the list behind it.
            if ("Enter".equals(key)) {
                dismissing.confirm();
            }
            return;
        }
        Map<String, Runnable> actions = new HashMap<>(Map.of("j", () -> move(1), "ArrowDown", () -> move(1),
                "k", () -> move(-1), "ArrowUp", () -> move(-1), "Enter", this::openCurrent,
                "?", () -> new ShortcutsDialog().open()));
        if (editor) {
            actions.putAll(Map.of("a", this::acceptKey, "A", this::acceptSuggested, "d", this::dismissKey,
                    "x", this::toggleTick, "u", this::undo));
        }
        TriageKeys.dispatch(key, actions);
    }

    /** Shows the article's claims; {@code spans} (read once by the workspace for the text too) give their numbers. */
    void show(long article, List<ClaimSpan> spans) {
        if (article != articleId) {
            ticked.clear();
            done.clear();
            updateBar();
        }
        this.articleId = article;
        numbers.clear();
        spans.forEach(span -> numbers.put(span.id(), span.number()));
        Long selectedId = current().map(ClaimRow::id).orElse(null);
        // Rows are told apart by id, so that a live refresh keeps the selected row selected though its data changed.
        grid.setItems(new CallbackDataProvider<>(
                query -> claims.list(articleId, VaadinSpringDataHelpers.toSpringPageRequest(query)).stream(),
                query -> (int) claims.count(articleId), ClaimRow::id));
        if (selectedId != null) {
            select(selectedId);
        } else {
            details.show(null);
        }
    }

    /**
     * Reads the claims again after a colleague's change, keeping the selection. The selected claim's details are
     * drawn again too, unless the editor has unsaved edits there: then they stay, following the newer version if the
     * change does not touch them, else showing the older one; the claim's id is returned in that last case.
     */
    Optional<Long> refreshKeepingEdits(List<ClaimSpan> spans) {
        numbers.clear();
        spans.forEach(span -> numbers.put(span.id(), span.number()));
        grid.getDataProvider().refreshAll();
        Optional<ClaimRow> selected = current();
        if (selected.isEmpty()) {
            return Optional.empty();
        }
        if (!details.editing()) {
            select(selected.get().id());
            return Optional.empty();
        }
        return claims.find(selected.get().id()).filter(fresh -> !details.rebase(fresh)).map(ClaimRow::id);
    }

    /** Selects a claim, e.g. after a click on its highlight; reads it afresh so its actions see its latest version. */
    void select(long claimId) {
        claims.find(claimId).ifPresentOrElse(row -> {
            grid.select(row);
            details.show(row);
        }, () -> details.show(null));
    }

    private Optional<ClaimRow> current() {
        return grid.getSelectedItems().stream().findFirst();
    }

    /**
     * The selected claim as it is now. The grid keeps the row object it first selected while the same claim stays
     * selected (rows are told apart by id), so its version may be older than the claim shown.
     */
    private Optional<ClaimRow> currentFresh() {
        return current().flatMap(row -> claims.find(row.id()));
    }

    /** Selects the next ({@code 1}) or previous ({@code -1}) claim in the list's order. */
    void move(int step) {
        List<ClaimRow> rows = grid.getLazyDataView().getItems().toList();
        if (rows.isEmpty()) {
            return;
        }
        long currentId = current().map(ClaimRow::id).orElse(-1L);
        int at = -1;
        for (int i = 0; i < rows.size() && at < 0; i++) {
            at = rows.get(i).id() == currentId ? i : -1;
        }
        int to = at < 0 ? 0 : Math.clamp(at + step, 0, rows.size() - 1);
        ClaimRow row = rows.get(to);
        grid.select(row);
        grid.scrollToIndex(to);
        onSelected.accept(row.id());
    }

    private void openCurrent() {
        current().ifPresent(row -> getUI().ifPresent(ui -> ui.navigate("claims/" + row.id())));
    }

    /** Accepts the ticked claims, or else the selected one, and moves on to the next claim. */
    void acceptKey() {
        if (!ticked.isEmpty()) {
            acceptTicked();
            return;
        }
        currentFresh().filter(row -> row.status() == ClaimStatus.CANDIDATE).ifPresent(row -> perform(
                () -> Map.of(row.id(), claims.select(row.id(), row.version())), null, true));
    }

    /** Opens the reason picker for the ticked claims, or else the selected one; the choice moves on to the next. */
    void dismissKey() {
        if (!ticked.isEmpty()) {
            dismissTicked();
            return;
        }
        currentFresh().filter(row -> row.status() == ClaimStatus.CANDIDATE
                        || row.status() == ClaimStatus.TO_CHECK && row.assignee() == null)
                .ifPresent(row -> openDismissal(new DismissDialog(1, reason -> perform(
                        () -> Map.of(row.id(), claims.dismiss(row.id(), row.version(), reason)), null, true))));
    }

    private void openDismissal(DismissDialog dialog) {
        dismissing = dialog;
        dialog.addOpenedChangeListener(event -> {
            if (!event.isOpened() && dismissing == dialog) {
                dismissing = null;
            }
        });
        dialog.open();
    }

    void acceptSuggested() {
        perform(() -> claims.acceptSuggested(articleId), "triage.accepted", false);
    }

    void acceptTicked() {
        List<Long> ids = List.copyOf(ticked);
        perform(() -> claims.acceptInBulk(ids), "triage.accepted", false);
    }

    void dismissTicked() {
        List<Long> ids = List.copyOf(ticked);
        if (!ids.isEmpty()) {
            openDismissal(new DismissDialog(ids.size(), reason -> perform(() -> claims.dismissInBulk(ids, reason),
                    "triage.dismissed", false)));
        }
    }

    /** Ticks the selected claim for an action on several, or unticks it. */
    void toggleTick() {
        current().ifPresent(row -> tick(row, !ticked.contains(row.id())));
    }

    /** Takes back the last action, a bulk one as a whole. */
    void undo() {
        Map<Long, Long> last = done.poll();
        if (last == null) {
            return;
        }
        try {
            claims.undoTriage(last);
            Notifications.success(this, "triage.undone", last.size());
        } catch (RefusedException | OptimisticLockingFailureException e) {
            Notifications.error(this, "triage.undo-stale");
        }
        updateBar();
        onChanged.run();
    }

    /** An accept or a dismissal made with the selected claim's buttons, to be undone like any other. */
    private void triaged(Map<Long, Long> versions) {
        done.push(versions);
        updateBar();
    }

    /** Runs a triage action, remembers it for an undo, says so when {@code doneKey} is given, and draws again. */
    private void perform(Supplier<Map<Long, Long>> action, @Nullable String doneKey, boolean thenNext) {
        try {
            Map<Long, Long> changed = action.get();
            if (!changed.isEmpty()) {
                done.push(changed);
            }
            ticked.removeAll(changed.keySet());
            if (doneKey != null) {
                Notifications.success(this, doneKey, changed.size());
            }
        } catch (RefusedException e) {
            Notifications.refused(this, e, onChanged);
        } catch (OptimisticLockingFailureException e) {
            Notifications.refused(this, new RefusedException(null, "claim.error.stale"), onChanged);
        }
        updateBar();
        onChanged.run();
        if (thenNext) {
            move(1);
        }
    }

    private void updateBar() {
        bar.update(ticked.size(), !done.isEmpty());
    }

    private Component tick(ClaimRow row) {
        Checkbox box = new Checkbox(ticked.contains(row.id()));
        box.setAriaLabel(getTranslation("triage.tick", numbers.getOrDefault(row.id(), 0)));
        box.addValueChangeListener(event -> {
            if (event.isFromClient()) {
                tick(row, event.getValue());
            }
        });
        return box;
    }

    private void tick(ClaimRow row, boolean on) {
        if (on) {
            ticked.add(row.id());
        } else {
            ticked.remove(row.id());
        }
        grid.getDataProvider().refreshItem(row);
        updateBar();
    }

    private Component statement(ClaimRow row) {
        Div cell = new Div();
        if (row.suggested()) {
            Span suggested = new Span(getTranslation("claim.suggested"));
            suggested.getElement().getThemeList().add("badge success small");
            cell.add(suggested, new Span(" "));
        }
        if (row.anchorLost()) {
            Span lost = new Span(getTranslation("claim.anchor-lost"));
            lost.getElement().getThemeList().add("badge error small");
            cell.add(lost, new Span(" "));
        }
        cell.add(new Span(row.statement()));
        if (row.likelyMatch() != null) {
            // The label is the fact-checker's own words (verdict, publisher, month): shown as text.
            Span checked = new Span(getTranslation("claim.checked-before", row.likelyMatch()));
            checked.addClassName("fd-checked-before");
            checked.getElement().getThemeList().add("badge contrast small");
            cell.add(new Span(" "), checked);
        }
        return cell;
    }

}
