package org.factdesk.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class H2FileDatabaseTest {

    @Test
    void the_applications_url_names_the_database_file_and_the_files_kept_next_to_it() {
        H2FileDatabase database = H2FileDatabase.of(
                "jdbc:h2:file:/srv/factdesk/factdesk;WRITE_DELAY=0;DB_CLOSE_ON_EXIT=FALSE", "sa", null).orElseThrow();

        assertThat(database.file()).isEqualTo(Path.of("/srv/factdesk/factdesk.mv.db"));
        assertThat(database.folder()).isEqualTo(Path.of("/srv/factdesk"));
        assertThat(database.copy()).isEqualTo(Path.of("/srv/factdesk/factdesk-before-migration.mv.db"));
        assertThat(database.marker()).isEqualTo(Path.of("/srv/factdesk/.migration-in-progress"));
        assertThat(database.password()).isEmpty();
        assertThat(database.urlIfExists()).endsWith(";DB_CLOSE_ON_EXIT=FALSE;IFEXISTS=TRUE");
    }

    @Test
    void a_relative_folder_is_resolved_against_the_working_directory() {
        H2FileDatabase database = H2FileDatabase.of("jdbc:h2:file:./data/factdesk", "sa", "").orElseThrow();

        assertThat(database.file()).isEqualTo(Path.of("data/factdesk.mv.db").toAbsolutePath());
    }

    @Test
    void in_memory_and_server_databases_are_not_files_of_this_process() {
        assertThat(H2FileDatabase.of("jdbc:h2:mem:factdesk;DB_CLOSE_DELAY=-1", "sa", "")).isEmpty();
        assertThat(H2FileDatabase.of("jdbc:h2:tcp://db.example.org/factdesk", "sa", "")).isEmpty();
        assertThat(H2FileDatabase.of("jdbc:postgresql://db.example.org/factdesk", "sa", "")).isEmpty();
    }
}
