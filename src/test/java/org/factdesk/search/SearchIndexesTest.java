package org.factdesk.search;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.EntityManagerFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/** The index's own bookkeeping: it is rebuilt when new or after a mapping change, and says how far the rebuild is. */
@SpringBootTest(properties = "factdesk.test.context=library")
class SearchIndexesTest {

    @Autowired
    EntityManagerFactory entityManagerFactory;

    @TempDir
    Path folder;

    @Test
    void a_new_index_is_rebuilt_and_then_remembers_its_mapping_version() throws Exception {
        SearchIndexes indexes = new SearchIndexes(entityManagerFactory, folder.toString(), true);
        assertThat(indexes.reasonToRebuild()).isEqualTo("no index yet");

        indexes.rebuild().toCompletableFuture().get();

        assertThat(indexes.progress().running()).isFalse();
        assertThat(Files.readString(folder.resolve(SearchIndexes.VERSION_FILE), StandardCharsets.UTF_8))
                .isEqualTo(SearchIndexes.MAPPING_VERSION);
        assertThat(indexes.reasonToRebuild()).isNull();
    }

    @Test
    void an_index_of_another_mapping_version_is_rebuilt() throws Exception {
        Files.writeString(folder.resolve(SearchIndexes.VERSION_FILE), "0", StandardCharsets.UTF_8);

        SearchIndexes indexes = new SearchIndexes(entityManagerFactory, folder.toString(), true);

        assertThat(indexes.reasonToRebuild()).isEqualTo("mapping version 0 -> " + SearchIndexes.MAPPING_VERSION);
    }

    @Test
    void an_index_a_crash_left_open_is_rebuilt_and_one_closed_cleanly_is_not() throws Exception {
        SearchIndexes indexes = new SearchIndexes(entityManagerFactory, folder.toString(), true);
        indexes.rebuild().toCompletableFuture().get();
        indexes.onStart();

        assertThat(new SearchIndexes(entityManagerFactory, folder.toString(), true).reasonToRebuild())
                .isEqualTo("the last run ended without closing the index");

        indexes.close();

        assertThat(new SearchIndexes(entityManagerFactory, folder.toString(), true).reasonToRebuild()).isNull();
    }
}
