package org.factdesk.backup.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.shared.Registration;
import jakarta.annotation.security.RolesAllowed;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.factdesk.backup.BackupItem;
import org.factdesk.backup.BackupPlan;
import org.factdesk.backup.BackupProgress;
import org.factdesk.backup.BackupService;
import org.factdesk.base.RefusedException;
import org.factdesk.base.ui.Notifications;
import org.factdesk.security.AppRoles;
import org.jspecify.annotations.Nullable;

/**
 * Administrators back the desk up while it runs ("Back up now", with its progress and then its size), see the nightly
 * plan, and download or delete backups. On a database other than a file-based H2 the page says which tools to use.
 */
@Route("admin/backups")
@RolesAllowed(AppRoles.ADMIN)
@Menu(order = 94, title = "backup.nav", icon = "vaadin:archive")
class BackupsView extends VerticalLayout implements HasDynamicTitle {

    private static final int POLL_MILLIS = 1000;

    private final BackupService backups;
    private final Button now = new Button();
    private final ProgressBar bar = new ProgressBar();
    private final Span status = new Span();
    private final @Nullable BackupGrid grid;
    private @Nullable CompletableFuture<?> outcome;
    private @Nullable Registration polling;

    BackupsView(BackupService backups) {
        this.backups = backups;
        setSizeFull();
        if (!backups.available()) {
            Paragraph unavailable = new Paragraph(getTranslation("backup.unavailable"));
            unavailable.setId("backup-unavailable");
            add(unavailable);
            grid = null;
            return;
        }
        now.setText(getTranslation("backup.now"));
        now.setIcon(VaadinIcon.DOWNLOAD_ALT.create());
        now.setId("backup-now");
        now.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        now.addClickListener(click -> start());
        bar.setId("backup-progress");
        bar.setIndeterminate(true);
        bar.setVisible(false);
        status.setId("backup-status");
        grid = new BackupGrid(backups, this::refresh);
        Paragraph plan = new Paragraph(plan(backups.plan()));
        plan.setId("backup-plan");
        add(new Paragraph(getTranslation("backup.intro")), plan, now, bar, status,
                new H2(getTranslation("backup.list")), grid);
        refresh();
    }

    private String plan(BackupPlan plan) {
        return plan.nightly() ? getTranslation("backup.plan", plan.at().toString(), plan.zone().getId(), plan.keep())
                : getTranslation("backup.plan-off");
    }

    private void start() {
        UI ui = UI.getCurrent();
        try {
            CompletableFuture<BackupItem> started = backups.start();
            outcome = started.whenComplete((made, error) -> ui.access(this::refresh));
        } catch (RefusedException refused) {
            Notifications.error(this, refused.key(), refused.params());
        }
        refresh();
    }

    /** Shows where the backup stands and the list; polls while a backup runs, also one another admin started. */
    private void refresh() {
        BackupProgress progress = backups.progress();
        BackupItem done = progress.done();
        String error = progress.error();
        now.setEnabled(!progress.running());
        bar.setVisible(progress.running());
        if (progress.running()) {
            status.setText(getTranslation("backup.running", Sizes.format(progress.written(), getLocale()),
                    Sizes.format(progress.databaseSize(), getLocale())));
        } else if (error != null) {
            status.setText(getTranslation("backup.failed", error));
        } else if (done != null) {
            status.setText(getTranslation("backup.done", done.name(), Sizes.format(done.size(), getLocale())));
        } else {
            status.setText("");
        }
        poll(progress.running());
        if (grid != null) {
            grid.refresh();
        }
    }

    private void poll(boolean on) {
        Optional<UI> ui = getUI();
        if (on && polling == null && ui.isPresent()) {
            ui.get().setPollInterval(POLL_MILLIS);
            polling = ui.get().addPollListener(poll -> refresh());
        } else if (!on && polling != null) {
            stopPolling();
        }
    }

    private void stopPolling() {
        if (polling != null) {
            polling.remove();
            polling = null;
            getUI().ifPresent(ui -> ui.setPollInterval(-1));
        }
    }

    /** The running backup's outcome, for tests to wait on. */
    Optional<CompletableFuture<?>> lastOutcome() {
        return Optional.ofNullable(outcome);
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        super.onAttach(attachEvent);
        if (backups.available()) {
            refresh();
        }
    }

    @Override
    protected void onDetach(DetachEvent detachEvent) {
        stopPolling();
        super.onDetach(detachEvent);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("backup.nav");
    }
}
