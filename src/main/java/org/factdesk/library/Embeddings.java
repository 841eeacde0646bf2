package org.factdesk.library;

import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;
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
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Sentence embeddings of English fact-checks (all-MiniLM-L6-v2, quantised, run in-process with ONNX: the model ships
 * inside its Maven artifact, nothing is downloaded). They rerank the lexical candidates of an English claim. A
 * fact-check's vector is computed in the background after an import (timed apart from indexing), kept in its row
 * and in memory; one still missing when a claim is matched is computed then.
 */
@Component
class Embeddings implements DisposableBean {

    private static final Logger LOG = LoggerFactory.getLogger(Embeddings.class);
    private static final int BATCH = 64;

    private final JdbcClient jdbc;
    private final Map<Long, float[]> vectors = new ConcurrentHashMap<>();
    private final ExecutorService background = Executors.newSingleThreadExecutor(
            Thread.ofPlatform().daemon().name("factdesk-embeddings").factory());
    private final AtomicBoolean queued = new AtomicBoolean();
    private volatile @Nullable EmbeddingModel model;

    Embeddings(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The text of a fact-check that its vector stands for. */
    static String textOf(String claim, @Nullable String title) {
        return title == null || title.isBlank() ? claim : claim + " " + title;
    }

    float[] embed(String text) {
        return model().embed(text).content().vector();
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
        long after = 0;
        while (true) {
            record Missing(long id, String text) {
            }
            // On from the last batch's last id, so that a batch never reads again the rows done before it.
            List<Missing> batch = jdbc.sql("select id, claim, title from fact_check where id > :after and "
                            + "embedding is null and (language is null or language = 'en') order by id fetch first "
                            + BATCH + " rows only")
                    .param("after", after)
                    .query((rs, row) -> new Missing(rs.getLong(1), textOf(rs.getString(2), rs.getString(3))))
                    .list();
            if (batch.isEmpty()) {
                return done;
            }
            after = batch.getLast().id();
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

    static String encode(float[] vector) {
        ByteBuffer bytes = ByteBuffer.allocate(vector.length * Float.BYTES).order(ByteOrder.LITTLE_ENDIAN);
        for (float value : vector) {
            bytes.putFloat(value);
        }
        return Base64.getEncoder().encodeToString(bytes.array());
    }

    static float @Nullable [] decode(String stored) {
        try {
            ByteBuffer bytes = ByteBuffer.wrap(Base64.getDecoder().decode(stored)).order(ByteOrder.LITTLE_ENDIAN);
            float[] vector = new float[bytes.remaining() / Float.BYTES];
            for (int i = 0; i < vector.length; i++) {
                vector[i] = bytes.getFloat();
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

    @Override
    public void destroy() {
        background.shutdownNow();
    }
}
