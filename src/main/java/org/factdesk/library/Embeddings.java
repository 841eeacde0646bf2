package org.factdesk.library;

import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.bgesmallenv15q.BgeSmallEnV15QuantizedEmbeddingModel;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Base64;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Sentence embeddings of English fact-checks (bge-small-en-v1.5, quantised, run in-process with ONNX: the model ships
 * inside its Maven artifact, nothing is downloaded). They rerank the lexical candidates of an English claim; a claim
 * is embedded as a query, with bge's retrieval instruction ({@link #QUERY_INSTRUCTION}), a fact-check as written. A
 * fact-check's vector is computed in the background after an import (timed apart from indexing), kept in its row
 * (half-precision floats behind the prefix {@value #FORMAT}) and in memory; one still missing when a claim is matched
 * is computed then. A vector of the model used before (all-MiniLM-L6-v2, stored without the prefix) counts as missing:
 * after such an upgrade every vector is computed again in the background (decision 016).
 */
@Component
class Embeddings implements DisposableBean {

    private static final Logger LOG = LoggerFactory.getLogger(Embeddings.class);
    private static final int BATCH = 64;
    /** The stored format of the current model's vectors: bge-small-en-v1.5, half-precision, base64. */
    static final String FORMAT = "b:";
    /** bge-small-en-v1.5's instruction for a retrieval query (not for the fact-checks it is compared to). */
    static final String QUERY_INSTRUCTION = "Represent this sentence for searching relevant passages: ";
    /** A stored vector of another model, which is computed again. */
    private static final String OUTDATED = "embedding is not null and embedding not like '" + FORMAT + "%'";

    private final JdbcClient jdbc;
    private final Map<Long, float[]> vectors = new ConcurrentHashMap<>();
    private final ExecutorService background = Executors.newSingleThreadExecutor(
            Thread.ofPlatform().daemon().name("factdesk-embeddings").factory());
    /** Embeds claims while the matcher searches the index (a claim's matching waits for the longer of the two). */
    private final ExecutorService claims = Executors.newFixedThreadPool(
            Math.max(2, Runtime.getRuntime().availableProcessors()),
            Thread.ofPlatform().daemon().name("factdesk-claim-embedding-", 1).factory());
    private final AtomicBoolean queued = new AtomicBoolean();
    private volatile @Nullable EmbeddingModel model;

    private final LibraryGeneration generation;

    Embeddings(JdbcClient jdbc, LibraryGeneration generation) {
        this.jdbc = jdbc;
        this.generation = generation;
    }

    /** The text of a fact-check that its vector stands for. */
    static String textOf(String claim, @Nullable String title) {
        return title == null || title.isBlank() ? claim : claim + " " + title;
    }

    /** A fact-check's vector. */
    float[] embed(String text) {
        return model().embed(text).content().vector();
    }

    /** A claim's vector, to compare with fact-checks' vectors: bge reads it with its query instruction. */
    float[] embedQuery(String text) {
        return model().embed(QUERY_INSTRUCTION + text).content().vector();
    }

    /** {@link #embedQuery} on a thread of its own, so that the caller can search the index meanwhile. */
    CompletableFuture<float[]> embedQueryMeanwhile(String text) {
        return CompletableFuture.supplyAsync(() -> embedQuery(text), claims);
    }

    /** The vector {@link #embedQueryMeanwhile} computes, once it has. */
    static float[] awaited(CompletableFuture<float[]> vector) {
        try {
            return vector.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            throw e;
        }
    }

    /**
     * The vectors of these fact-checks, computing those still missing (or of the former model) and keeping them in
     * memory. They are not written here: a ranking runs in a read-only transaction, which PostgreSQL holds to, and the
     * background run writes them (after an import, or after an upgrade, when it also moves the library's generation
     * on, which it would not see to do had a ranking already replaced the former model's vectors).
     */
    Map<Long, float[]> vectors(Collection<Long> ids) {
        Map<Long, float[]> found = new HashMap<>();
        List<Long> unknown = ids.stream().filter(id -> {
            float[] vector = vectors.get(id);
            if (vector != null) {
                found.put(id, vector);
            }
            return vector == null;
        }).toList();
        if (!unknown.isEmpty()) {
            jdbc.sql("select id, claim, title, embedding from fact_check where id in (:ids)").param("ids", unknown)
                    .query((rs, row) -> {
                        long id = rs.getLong(1);
                        String stored = rs.getString(4);
                        float[] vector = stored == null ? null : decode(stored);
                        if (vector == null) {
                            vector = embed(textOf(rs.getString(2), rs.getString(3)));
                        }
                        vectors.put(id, vector);
                        found.put(id, vector);
                        return id;
                    }).list();
        }
        return found;
    }

    void forget(long id) {
        vectors.remove(id);
    }

    /**
     * After an upgrade from another model's vectors, computes the current model's in the background. Meanwhile a claim
     * ranked computes its candidates' missing vectors on the spot, so its matches are the new model's; rankings stored
     * with the old model are no longer current (the library's generation moves on).
     */
    @EventListener(ApplicationReadyEvent.class)
    void upgradeLater() {
        background.submit(() -> {
            try {
                if (!jdbc.sql("select id from fact_check where " + OUTDATED + " fetch first 1 rows only")
                        .query(Long.class).list().isEmpty()) {
                    LOG.info("Computing the sentence embeddings of the library again (another model's vectors)");
                    generation.moveOn();
                    computeMissingLater();
                }
            } catch (RuntimeException e) {
                LOG.warn("Looking for another model's sentence embeddings failed", e);
            }
        });
    }

    /** Computes the missing vectors in the background (one run queued at a time). */
    Future<?> computeMissingLater() {
        if (!queued.compareAndSet(false, true)) {
            return background.submit(() -> { });
        }
        return background.submit(() -> {
            queued.set(false);
            try {
                long done = computeMissing();
                if (done > 0) {
                    LOG.info("Computed the sentence embeddings of {} fact-checks", done);
                }
            } catch (RuntimeException e) {
                LOG.warn("Computing sentence embeddings failed", e);
            }
        });
    }

    /**
     * Computes every missing vector now, and those of the former model; returns how many. Replacing a former model's
     * vector moves the library's generation on, whichever run does it first: rankings stored with it are not current.
     */
    synchronized long computeMissing() {
        long done = 0;
        long after = 0;
        boolean replacedFormer = false;
        while (true) {
            record Missing(long id, String text, boolean former) {
            }
            // On from the last batch's last id, so that a batch never reads again the rows done before it.
            List<Missing> batch = jdbc.sql("select id, claim, title, case when embedding is null then 0 else 1 end "
                            + "from fact_check where id > :after and (embedding is null or " + OUTDATED + ") and "
                            + "(language is null or language = 'en') order by id fetch first " + BATCH + " rows only")
                    .param("after", after)
                    .query((rs, row) -> new Missing(rs.getLong(1), textOf(rs.getString(2), rs.getString(3)),
                            rs.getInt(4) == 1))
                    .list();
            if (batch.isEmpty()) {
                if (replacedFormer) {
                    generation.moveOn();
                }
                return done;
            }
            after = batch.getLast().id();
            for (Missing missing : batch) {
                replacedFormer |= missing.former();
                float[] vector = embed(missing.text());
                store(missing.id(), vector);
                vectors.put(missing.id(), vector);
                done++;
            }
        }
    }

    private void store(long id, float[] vector) {
        jdbc.sql("update fact_check set embedding = :embedding where id = :id")
                .param("embedding", encode(vector)).param("id", id).update();
    }

    static double cosine(float[] a, float[] b) {
        double dot = 0;
        double na = 0;
        double nb = 0;
        for (int i = 0; i < a.length && i < b.length; i++) {
            dot += a[i] * b[i];
            na += a[i] * a[i];
            nb += b[i] * b[i];
        }
        return na == 0 || nb == 0 ? 0 : dot / Math.sqrt(na * nb);
    }

    /** {@value #FORMAT} and the base64 of the half-precision floats. */
    static String encode(float[] vector) {
        ByteBuffer bytes = ByteBuffer.allocate(vector.length * Short.BYTES).order(ByteOrder.LITTLE_ENDIAN);
        for (float value : vector) {
            bytes.putShort(Float.floatToFloat16(value));
        }
        return FORMAT + Base64.getEncoder().encodeToString(bytes.array());
    }

    /** The vector {@link #encode} stored, or null for another format (another model's vector). */
    static float @Nullable [] decode(String stored) {
        if (!stored.startsWith(FORMAT)) {
            return null;
        }
        try {
            ByteBuffer bytes = ByteBuffer.wrap(Base64.getDecoder().decode(stored.substring(FORMAT.length())))
                    .order(ByteOrder.LITTLE_ENDIAN);
            float[] vector = new float[bytes.remaining() / Short.BYTES];
            for (int i = 0; i < vector.length; i++) {
                vector[i] = Float.float16ToFloat(bytes.getShort());
            }
            return vector;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private EmbeddingModel model() {
        EmbeddingModel loaded = model;
        if (loaded == null) {
            synchronized (this) {
                loaded = model;
                if (loaded == null) {
                    loaded = new BgeSmallEnV15QuantizedEmbeddingModel();
                    model = loaded;
                }
            }
        }
        return loaded;
    }

    @Override
    public void destroy() {
        background.shutdownNow();
        claims.shutdownNow();
    }
}
