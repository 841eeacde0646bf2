package org.factdesk.backup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.factdesk.storage.H2FileDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The restore's own rules, on zips made here: only a FactDesk backup, nothing outside the folder, nothing lost. */
class RestoreTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-05-04T03:02:01Z"), ZoneOffset.UTC);

    @TempDir
    Path temp;

    private Path zip(String... namesAndContents) throws IOException {
        Path zip = temp.resolve("backup-" + System.nanoTime() + ".zip");
        try (OutputStream file = Files.newOutputStream(zip); ZipOutputStream out = new ZipOutputStream(file)) {
            for (int i = 0; i < namesAndContents.length; i += 2) {
                out.putNextEntry(new ZipEntry(namesAndContents[i]));
                out.write(namesAndContents[i + 1].getBytes(StandardCharsets.UTF_8));
                out.closeEntry();
            }
        }
        return zip;
    }

    @Test
    void a_backup_lands_in_the_folder_and_what_was_there_is_kept_aside() throws IOException {
        Path data = Files.createDirectories(temp.resolve("data"));
        Files.writeString(data.resolve("factdesk.mv.db"), "current");
        Files.createDirectories(data.resolve("files"));
        Files.writeString(data.resolve("files/old.txt"), "old evidence");
        Files.createDirectories(data.resolve("backups"));

        Path kept = Restore.restore(zip("factdesk.mv.db", "restored", "files/new.txt", "new evidence"), data, CLOCK);

        assertThat(data.resolve("factdesk.mv.db")).hasContent("restored");
        assertThat(data.resolve("files/new.txt")).hasContent("new evidence");
        assertThat(data.resolve("files/old.txt")).doesNotExist();
        assertThat(kept).isEqualTo(data.resolve("before-restore-20260504-030201"));
        assertThat(kept.resolve("factdesk.mv.db")).hasContent("current");
        assertThat(kept.resolve("files/old.txt")).hasContent("old evidence");
        assertThat(data.resolve("backups")).as("the backups stay where they are").isDirectory();
    }

    @Test
    void a_fresh_folder_is_created_and_nothing_is_kept_aside() throws IOException {
        Path data = temp.resolve("new/data");

        Path kept = Restore.restore(zip("factdesk.mv.db", "restored"), data, CLOCK);

        assertThat(kept).isNull();
        assertThat(data.resolve("factdesk.mv.db")).hasContent("restored");
    }

    @Test
    void a_zip_without_a_factdesk_database_is_refused_and_changes_nothing() throws IOException {
        Path data = Files.createDirectories(temp.resolve("data"));
        Files.writeString(data.resolve("factdesk.mv.db"), "current");

        assertThatThrownBy(() -> Restore.restore(zip("other.mv.db", "x"), data, CLOCK))
                .isInstanceOf(IOException.class).hasMessageContaining("not a FactDesk backup");

        assertThat(data.resolve("factdesk.mv.db")).hasContent("current");
        assertThat(data.resolve("other.mv.db")).doesNotExist();
    }

    @Test
    void an_entry_that_would_land_outside_the_folder_is_refused_before_anything_is_written() throws IOException {
        Path data = Files.createDirectories(temp.resolve("data"));

        assertThatThrownBy(() -> BackupZip.extract(zip("factdesk.mv.db", "db", "../escaped.txt", "x"), data))
                .isInstanceOf(IOException.class).hasMessageContaining("outside");

        assertThat(temp.resolve("escaped.txt")).doesNotExist();
        assertThat(data.resolve("factdesk.mv.db")).doesNotExist();
    }

    @Test
    void the_database_file_is_read_from_the_jdbc_address() {
        assertThat(H2FileDatabase.of("jdbc:h2:file:/srv/desk/factdesk;WRITE_DELAY=0", null, null)).hasValueSatisfying(file -> {
            assertThat(file.folder()).isEqualTo(Path.of("/srv/desk"));
            assertThat(file.file()).isEqualTo(Path.of("/srv/desk/factdesk.mv.db"));
        });
        assertThat(H2FileDatabase.of("jdbc:h2:./data/factdesk", null, null)).hasValueSatisfying(file ->
                assertThat(file.folder()).isEqualTo(Path.of("data").toAbsolutePath()));
        assertThat(H2FileDatabase.of("jdbc:h2:mem:factdesk;DB_CLOSE_DELAY=-1", null, null)).isEmpty();
        assertThat(H2FileDatabase.of("jdbc:h2:tcp://db.example.org/factdesk", null, null)).isEmpty();
        assertThat(H2FileDatabase.of("jdbc:postgresql://localhost/factdesk", null, null)).isEmpty();
    }
}
