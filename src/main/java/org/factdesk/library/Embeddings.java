package org.factdesk.library;

import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;
import dev.langchain4j.model.embedding.onnx.bgesmallenv15q.BgeSmallEnV15QuantizedEmbeddingModel;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Base64;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
 * Sentence embeddings of English fact-checks by two small models (all-MiniLM-L6-v2 and bge-small-en-v1.5, both
 * quantised, run in-process with ONNX: the models ship inside their Maven artifacts, nothing is downloaded). Their
 * cosines are features of the reranker of an English claim's lexical candidates (the two models disagree usefully,
 * decision 016). A fact-check's vector is the two models' vectors one after the other ({@link #DIMENSIONS} each),
 * stored as half-precision floats behind the prefix {@value #FORMAT} (an older single-model vector counts as missing);
 * it is computed in the background after an import (timed apart from indexing) and after an upgrade, kept in its row
 * and in memory; one still missing when a claim is matched is computed then. A claim is embedded as a query: bge with
 * its retrieval instruction ({@link #BGE_QUERY}).
 */
@Component
class Embeddings implements DisposableBean {

    private static final Logger LOG = LoggerFactory.getLogger(Embeddings.class);
    private static final int BATCH = 64;
    /** Dimensions of each model's vector. */
    static final int DIMENSIONS = 384;
    /** The stored format: both models' vectors, half-precision, base64. */
    static final String FORMAT = "2:";
    /** bge-small-en-v1.5's instruction for a retrieval query (not for the fact-checks it is compared to). */
    static final String BGE_QUERY = "Represent this sentence for searching relevant passages: ";

    private final JdbcClient jdbc;
    private final Map<Long, float[]> vectors = new ConcurrentHashMap<>();
    private final ExecutorService background = Executors.newSingleThreadExecutor(
            Thread.ofPlatform().daemon().name("factdesk-embeddings").factory());
    private final AtomicBoolean queued = new AtomicBoolean();
    private volatile @Nullable EmbeddingModel model;
    private volatile @Nullable EmbeddingModel bge;

    Embeddings(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The text of a fact-check that its vector stands for. */
    static String textOf(String claim, @Nullable String title) {
        return title == null || title.isBlank() ? claim : claim + " " + title;
    }

    /** A fact-check's vector: both models' vectors of its text, one after the other. */
    float[] embed(String text) {
        return joined(model().embed(text).content().vector(), bge().embed(text).content().vector());
    }

    /** A claim's vector, to compare with fact-checks' ({@link #cosines}): bge reads it with its query instruction. */
    float[] embedQuery(String text) {
        return joined(model().embed(text).content().vector(), bge().embed(BGE_QUERY + text).content().vector());
    }

    private static float[] joined(float[] first, float[] second) {
        float[] both = new float[first.length + second.length];
        System.arraycopy(first, 0, both, 0, first.length);
        System.arraycopy(second, 0, both, first.length, second.length);
        return both;
    }

    /** The cosine of each model's part of a claim's and a fact-check's vectors: {MiniLM, bge}. */
    static double[] cosines(float[] query, float[] document) {
        return new double[] {cosine(query, document, 0, DIMENSIONS),
            cosine(query, document, DIMENSIONS, 2 * DIMENSIONS)};
    }

    /** The vectors of these fact-checks, computing (and keeping) those still missing. */
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
                        if (vector != null && vector.length != 2 * DIMENSIONS) {
                            vector = null;
                        }
                        if (vector == null) {
                            vector = embed(textOf(rs.getString(2), rs.getString(3)));
                            store(id, vector);
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

    /** After an upgrade from single-model vectors, computes both models' vectors in the background. */
    @EventListener(ApplicationReadyEvent.class)
    void upgradeLater() {
        if (!jdbc.sql("select id from fact_check where " + OUTDATED + " fetch first 1 rows only").query(Long.class)
                .list().isEmpty()) {
            computeMissingLater();
        }
    }

    private static final String OUTDATED = "embedding is not null and embedding not like '" + FORMAT + "%'";

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

    /** Computes every missing vector now; returns how many. */
    synchronized long computeMissing() {
        long done = 0;
        while (true) {
            record Missing(long id, String text) {
            }
            List<Missing> batch = jdbc.sql("select id, claim, title from fact_check where (embedding is null or "
                            + OUTDATED + ") and (language is null or language = 'en') order by id fetch first " + BATCH + " rows only")
                    .query((rs, row) -> new Missing(rs.getLong(1), textOf(rs.getString(2), rs.getString(3))))
                    .list();
            if (batch.isEmpty()) {
                return done;
            }
            for (Missing missing : batch) {
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
        return cosine(a, b, 0, Math.min(a.length, b.length));
    }

    private static double cosine(float[] a, float[] b, int from, int to) {
        double dot = 0;
        double na = 0;
        double nb = 0;
        for (int i = from; i < to && i < a.length && i < b.length; i++) {
            dot += a[i] * b[i];
            na += a[i] * a[i];
            nb += b[i] * b[i];
        }
        return na == 0 || nb == 0 ? 0 : dot / Math.sqrt(na * nb);
    }

    /** {@value #FORMAT} and the base64 of the half-precision floats (768 of them fit the 2,100-character column). */
    static String encode(float[] vector) {
        ByteBuffer bytes = ByteBuffer.allocate(vector.length * Short.BYTES).order(ByteOrder.LITTLE_ENDIAN);
        for (float value : vector) {
            bytes.putShort(Float.floatToFloat16(value));
        }
        return FORMAT + Base64.getEncoder().encodeToString(bytes.array());
    }

    /** The vector {@link #encode} stored, or null for another format (an older single-model vector). */
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
                    loaded = new AllMiniLmL6V2QuantizedEmbeddingModel();
                    model = loaded;
                }
            }
        }
        return loaded;
    }

    private EmbeddingModel bge() {
        EmbeddingModel loaded = bge;
        if (loaded == null) {
            synchronized (this) {
                loaded = bge;
                if (loaded == null) {
                    loaded = new BgeSmallEnV15QuantizedEmbeddingModel();
                    bge = loaded;
                }
            }
        }
        return loaded;
    }

    @Override
    public void destroy() {
        background.shutdownNow();
    }
}
