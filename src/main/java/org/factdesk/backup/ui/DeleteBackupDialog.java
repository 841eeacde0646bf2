package org.factdesk.backup.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import org.factdesk.backup.BackupItem;

/** Asks before a backup is deleted: a deleted backup cannot be restored. */
class DeleteBackupDialog extends Dialog {

    DeleteBackupDialog(BackupItem item, Runnable onConfirmed) {
        setId("backup-delete-dialog");
        setHeaderTitle(getTranslation("backup.delete-title", item.name()));
        add(new Paragraph(getTranslation("backup.delete-question")));
        Button delete = new Button(getTranslation("backup.delete"), click -> {
            close();
            onConfirmed.run();
        });
        delete.setId("backup-delete-confirm");
        delete.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ERROR);
        getFooter().add(new Button(getTranslation("action.cancel"), click -> close()), delete);
    }
}
