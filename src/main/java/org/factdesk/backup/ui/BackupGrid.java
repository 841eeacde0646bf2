package org.factdesk.backup.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.time.ZoneId;
import org.factdesk.backup.BackupItem;
import org.factdesk.backup.BackupService;
import org.factdesk.base.RefusedException;
import org.factdesk.base.ui.Formats;
import org.factdesk.base.ui.Notifications;

/** The backups, newest first, each with its download (streamed from its file) and a delete that asks first. */
class BackupGrid extends Grid<BackupItem> {

    private final BackupService backups;
    private final Runnable changed;

    BackupGrid(BackupService backups, Runnable changed) {
        this.backups = backups;
        this.changed = changed;
        ZoneId zone = backups.plan().zone();
        setId("backups-grid");
        addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        addColumn(BackupItem::name).setHeader(getTranslation("backup.column.name")).setAutoWidth(true)
                .setFlexGrow(1);
        addColumn(item -> getTranslation("backup.kind." + item.kind().name().toLowerCase(java.util.Locale.ROOT)))
                .setHeader(getTranslation("backup.column.kind")).setAutoWidth(true);
        addColumn(item -> Formats.dateTime(item.madeAt(), zone, getLocale()))
                .setHeader(getTranslation("backup.column.time")).setAutoWidth(true);
        addColumn(item -> Sizes.format(item.size(), getLocale())).setHeader(getTranslation("backup.column.size"))
                .setAutoWidth(true);
        // Not auto-sized: on a tablet the two actions wrap in their cell instead of going behind a scroll bar.
        addComponentColumn(this::actions).setHeader(getTranslation("backup.column.actions")).setWidth("8rem")
                .setFlexGrow(1);
        setEmptyStateText(getTranslation("backup.none"));
        setAllRowsVisible(true);
    }

    void refresh() {
        setItems(backups.list());
    }

    private Component actions(BackupItem item) {
        Anchor download = new Anchor(DownloadHandler.fromInputStream(event -> new DownloadResponse(
                backups.open(item.name()), item.name(), "application/zip", item.size())),
                getTranslation("backup.download"));
        download.setId("backup-download-" + item.name());
        Button delete = new Button(getTranslation("backup.delete"), click -> new DeleteBackupDialog(item,
                () -> delete(item)).open());
        delete.setId("backup-delete-" + item.name());
        delete.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
        HorizontalLayout actions = new HorizontalLayout(download, delete);
        actions.setWrap(true);
        actions.setAlignItems(com.vaadin.flow.component.orderedlayout.FlexComponent.Alignment.BASELINE);
        return actions;
    }

    private void delete(BackupItem item) {
        try {
            backups.delete(item.name());
            Notifications.success(this, "backup.deleted", item.name());
        } catch (RefusedException refused) {
            Notifications.error(this, refused.key(), refused.params());
        }
        changed.run();
    }
}
