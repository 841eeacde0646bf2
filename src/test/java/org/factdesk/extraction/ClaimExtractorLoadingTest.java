package org.factdesk.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Issue 15: the OpenNLP models are read once, off the thread that builds the engine (which starts the app). */
class ClaimExtractorLoadingTest {

    @Test
    void building_the_engine_reads_no_model_and_the_background_load_reads_them_on_its_own_thread() {
        ClaimExtractor extractor = new ClaimExtractor();
        assertThat(extractor.loadedOn()).as("nothing read while the application starts").isNull();

        extractor.loadInBackground();
        Models models = extractor.models();

        assertThat(extractor.loadedOn()).isEqualTo(ClaimExtractor.LOADING_THREAD);
        assertThat(extractor.extract("Title", "Unemployment rose by 4% in 2023.", null).language())
                .isEqualTo("en");
        assertThat(extractor.models()).isSameAs(models);
    }

    @Test
    void a_background_load_put_off_reads_nothing_meanwhile_and_starts_at_once_when_an_extraction_needs_the_models()
            throws Exception {
        ClaimExtractor extractor = new ClaimExtractor();
        extractor.loadInBackground(Duration.ofHours(1));
        assertThat(extractor.loadedOn()).as("put off for an hour").isNull();

        Extraction extraction = CompletableFuture.supplyAsync(
                () -> extractor.extract("Title", "Unemployment rose by 4% in 2023.", null)).get(2, TimeUnit.MINUTES);

        assertThat(extraction.language()).isEqualTo("en");
        assertThat(extractor.loadedOn()).as("read by the background thread, woken by the extraction")
                .isEqualTo(ClaimExtractor.LOADING_THREAD);
    }

    @Test
    void an_extraction_before_the_background_load_reads_the_models_itself_once_and_the_load_then_does_nothing()
            throws Exception {
        ClaimExtractor extractor = new ClaimExtractor();

        assertThat(extractor.detectLanguage("Le chômage a augmenté de 4 % en 2023 selon l'Insee.")).isEqualTo("fr");
        Models first = extractor.models();
        extractor.loadInBackground();

        assertThat(extractor.loadedOn()).isEqualTo(Thread.currentThread().getName());
        assertThat(extractor.models()).isSameAs(first);
    }

    @Test
    void callers_on_many_threads_share_one_set_of_models() throws Exception {
        ClaimExtractor extractor = new ClaimExtractor();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            Callable<Models> read = extractor::models;
            extractor.loadInBackground();
            List<Future<Models>> reads = pool.invokeAll(List.of(read, read, read, read));
            for (Future<Models> each : reads) {
                assertThat(each.get()).isSameAs(reads.getFirst().get());
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
