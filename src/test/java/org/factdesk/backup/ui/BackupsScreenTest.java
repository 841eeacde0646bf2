package org.factdesk.backup.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.factdesk.backup.BackupItem;
import org.factdesk.backup.BackupService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The Backups screen of a desk on a file-based H2 database: back up now, its outcome and size, the list, delete. */
@SpringBootTest
@DirtiesContext
@ViewPackages(packages = "org.factdesk")
@WithMockUser(username = "admin", roles = "ADMIN")
class BackupsScreenTest extends SpringBrowserlessTest {

    private static final Path DATA = folder();

    @DynamicPropertySource
    static void fileDatabase(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", () -> "jdbc:h2:file:" + DATA.resolve("factdesk")
                + ";WRITE_DELAY=0;DB_CLOSE_ON_EXIT=FALSE");
        registry.add("factdesk.backup.nightly-at", () -> "03:15");
        registry.add("factdesk.backup.keep", () -> "5");
    }

    @Autowired
    BackupService backups;

    @SuppressWarnings("unchecked")
    private Grid<BackupItem> grid() {
        return $(Grid.class).id("backups-grid");
    }

    /** The actions cell of the backup's row (a grid renders component cells on demand). */
    private HorizontalLayout actions(BackupItem item) {
        int row = grid().getGenericDataView().getItems().toList().indexOf(item);
        return (HorizontalLayout) test(grid()).getCellComponent(row, 4);
    }

    private BackupItem backUpNow() throws Exception {
        test($(Button.class).id("backup-now")).click();
        $(BackupsView.class).single().lastOutcome().orElseThrow().get(60, TimeUnit.SECONDS);
        roundTrip();
        return backups.list().getFirst();
    }

    @Test
    void back_up_now_shows_the_backup_and_its_size_when_done_and_lists_it_with_a_download() throws Exception {
        navigate(BackupsView.class);
        assertThat($(Paragraph.class).id("backup-plan").getText()).startsWith("Nightly backup at 03:15 (")
                .contains("the newest 5 nightly backups are kept");

        BackupItem made = backUpNow();

        assertThat($(Span.class).id("backup-status").getText()).startsWith("Backup " + made.name() + " written (")
                .containsPattern("\\d+(\\.\\d)? (KB|MB)\\)");
        assertThat($(ProgressBar.class).withId("backup-progress").exists()).as("hidden").isFalse();
        assertThat($(Button.class).id("backup-now").isEnabled()).isTrue();
        assertThat(grid().getGenericDataView().getItems().toList()).contains(made);
        assertThat(test(grid()).getCellText(0, 1)).isEqualTo("Manual");
        Anchor download = (Anchor) actions(made).getComponentAt(0);
        assertThat(download.getId()).hasValue("backup-download-" + made.name());
        assertThat(download.getText()).isEqualTo("Download");
        assertThat(download.getHref()).isNotBlank();
    }

    @Test
    void a_backup_is_deleted_after_the_admin_confirms() throws Exception {
        navigate(BackupsView.class);
        BackupItem made = backUpNow();

        Button delete = (Button) actions(made).getComponentAt(1);
        assertThat(delete.getText()).isEqualTo("Delete");
        delete.click();
        test($(Button.class).id("backup-delete-confirm")).click();

        assertThat(backups.list()).doesNotContain(made);
        assertThat(grid().getGenericDataView().getItems().toList()).doesNotContain(made);
    }

    @Test
    void the_screen_speaks_french() throws Exception {
        UI.getCurrent().setLocale(Locale.FRENCH);
        navigate(BackupsView.class);

        BackupItem made = backUpNow();

        assertThat($(Button.class).id("backup-now").getText()).isEqualTo("Sauvegarder maintenant");
        assertThat($(Span.class).id("backup-status").getText()).startsWith("Sauvegarde " + made.name() + " écrite (")
                .containsPattern("\\d+(,\\d)? (Ko|Mo)\\)");
        assertThat($(Paragraph.class).id("backup-plan").getText()).startsWith("Sauvegarde nocturne à 03:15");
    }

    private static Path folder() {
        try {
            return Files.createTempDirectory(Files.createDirectories(Path.of("target")), "backup-screen-")
                    .toAbsolutePath();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
