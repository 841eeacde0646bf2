package org.factdesk.library;

import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.AbstractInProcessEmbeddingModel;
import dev.langchain4j.model.embedding.onnx.OnnxBertBiEncoder;
import dev.langchain4j.model.embedding.onnx.PoolingMode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Base64;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Sentence embeddings of English fact-checks by two models, bge-small-en-v1.5 and e5-small-v2 (both quantised, run
 * in-process with ONNX: the models ship inside their Maven artifacts, nothing is downloaded). bge finds a claim's
 * nearest fact-checks; both models' cosines are features of the reranker. A claim is embedded as a query (bge with its
 * retrieval instruction {@link #QUERY_INSTRUCTION}, e5 with {@link #E5_QUERY}), a fact-check as a passage. A
 * fact-check's vectors are computed in the background after an import (timed apart from indexing), kept in its row
 * (half-precision floats, bge's then e5's, behind the prefix {@value #FORMAT}) and, for the candidates met, in memory;
 * those still missing when a claim is matched are computed then. Vectors of the models used before count as missing:
 * all-MiniLM-L6-v2's (stored without a prefix) are computed again, bge's alone (prefix {@value #BGE_ONLY}) keep their
 * bge part and get e5's, in the background after such an upgrade (decision 016). Every English fact-check's bge vector
 * is also kept, compressed, in {@link NearestVectors}: read in the background at start, then kept up to date.
 */
@Component
class Embeddings implements DisposableBean {

    private static final Logger LOG = LoggerFactory.getLogger(Embeddings.class);
    private static final int BATCH = 64;
    /** The stored format: bge-small-en-v1.5's vector then e5-small-v2's, half-precision, base64. */
    static final String FORMAT = "c:";
    /** The format of the version before: bge-small-en-v1.5's vector alone (e5's is computed and added). */
    static final String BGE_ONLY = "b:";
    /** bge-small-en-v1.5's instruction for a retrieval query (not for the fact-checks it is compared to). */
    static final String QUERY_INSTRUCTION = "Represent this sentence for searching relevant passages: ";
    /** e5-small-v2 reads a retrieval query and a passage behind these prefixes. */
    static final String E5_QUERY = "query: ";
    static final String E5_PASSAGE = "passage: ";
    /** A stored vector of other models, which is computed again (or completed). */
    private static final String OUTDATED = "embedding is not null and embedding not like '" + FORMAT + "%'";
    /** The candidates' vectors kept in memory: at most this many fact-checks, then forgotten all at once. */
    static final int KEPT = 20_000;

    /** A fact-check's (or a claim's) two vectors. */
    record Vectors(float[] bge, float[] e5) {
    }

    /** A stored row's vectors: e5's is null in the format of the version before ({@value #BGE_ONLY}). */
    record Stored(float[] bge, float @Nullable [] e5) {
    }

    private final JdbcClient jdbc;
    private final Map<Long, Vectors> vectors = new ConcurrentHashMap<>();
    private final NearestVectors nearest = new NearestVectors();
    private final CompletableFuture<Void> nearestLoaded = new CompletableFuture<>();
    private final ExecutorService background = Executors.newSingleThreadExecutor(
            Thread.ofPlatform().daemon().name("factdesk-embeddings").factory());
    /** Embeds claims while the matcher searches the index (a claim's matching waits for the longer of the two). */
    private final ExecutorService claims = Executors.newFixedThreadPool(
            Math.max(2, Runtime.getRuntime().availableProcessors()),
            Thread.ofPlatform().daemon().name("factdesk-claim-embedding-", 1).factory());
    private final AtomicBoolean queued = new AtomicBoolean();
    /**
     * The two models, one of each in the JVM, whatever the number of Spring contexts (a test run holds several): each
     * load is an {@code OrtSession.createSession} that a JVM stopping meanwhile crashes ({@link #destroy}), so the
     * fewer and the earlier the loads, the better; the models hold no state between runs.
     */
    private static final AtomicReference<EmbeddingModel> BGE_MODEL = new AtomicReference<>();
    private static final AtomicReference<EmbeddingModel> E5_MODEL = new AtomicReference<>();

    private final LibraryGeneration generation;

    Embeddings(JdbcClient jdbc, LibraryGeneration generation) {
        this.jdbc = jdbc;
        this.generation = generation;
    }

    /** The text of a fact-check that its vector stands for. */
    static String textOf(String claim, @Nullable String title) {
        return title == null || title.isBlank() ? claim : claim + " " + title;
    }

    /** A fact-check's bge vector. */
    float[] embed(String text) {
        return bge().embed(text).content().vector();
    }

    /** A fact-check's e5 vector. */
    float[] embedE5(String text) {
        return e5().embed(E5_PASSAGE + text).content().vector();
    }

    /** A claim's bge vector, to compare with fact-checks' vectors: bge reads it with its query instruction. */
    float[] embedQuery(String text) {
        return bge().embed(QUERY_INSTRUCTION + text).content().vector();
    }

    /** A claim's e5 vector, read as a query. */
    float[] embedQueryE5(String text) {
        return e5().embed(E5_QUERY + text).content().vector();
    }

    /** {@link #embedQuery} on a thread of its own, so that the caller can search the index meanwhile. */
    CompletableFuture<float[]> embedQueryMeanwhile(String text) {
        return CompletableFuture.supplyAsync(() -> embedQuery(text), claims);
    }

    /** {@link #embedQueryE5} on a thread of its own. */
    CompletableFuture<float[]> embedQueryE5Meanwhile(String text) {
        return CompletableFuture.supplyAsync(() -> embedQueryE5(text), claims);
    }

    /** What a future of the matcher computes (the claim's vector, its nearest fact-checks), once it has. */
    static <T> T awaited(CompletableFuture<T> vector) {
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
    Map<Long, Vectors> vectors(Collection<Long> ids) {
        Map<Long, Vectors> found = new HashMap<>();
        List<Long> unknown = ids.stream().filter(id -> {
            Vectors known = vectors.get(id);
            if (known != null) {
                found.put(id, known);
            }
            return known == null;
        }).toList();
        if (!unknown.isEmpty()) {
            if (vectors.size() + unknown.size() > KEPT) {
                vectors.clear();
            }
            jdbc.sql("select id, claim, title, embedding, language from fact_check where id in (:ids)")
                    .param("ids", unknown)
                    .query((rs, row) -> {
                        long id = rs.getLong(1);
                        String text = textOf(rs.getString(2), rs.getString(3));
                        String column = rs.getString(4);
                        Stored stored = column == null ? null : decode(column);
                        float[] bge = stored == null ? embed(text) : stored.bge();
                        float[] e5 = stored == null || stored.e5() == null ? embedE5(text) : stored.e5();
                        Vectors both = new Vectors(bge, e5);
                        vectors.put(id, both);
                        String language = rs.getString(5);
                        if (language == null || language.equals("en")) {
                            nearest.put(id, bge);
                        }
                        found.put(id, both);
                        return id;
                    }).list();
        }
        return found;
    }

    /** A fact-check that left the library. */
    void forget(long id) {
        vectors.remove(id);
        nearest.remove(id);
    }

    /**
     * The {@code count} English fact-checks nearest to a claim's vector ({@link #embedQuery}) by cosine, nearest first,
     * leaving out {@code skipped}; none before the vectors have been loaded at start ({@link #nearestLoaded}).
     */
    List<NearestVectors.Near> nearest(float[] claimVector, int count, Set<Long> skipped) {
        return nearest.nearest(claimVector, count, skipped);
    }

    /** Done once the stored vectors are in memory for {@link #nearest} (the background's first task at start). */
    CompletableFuture<Void> nearestLoaded() {
        return nearestLoaded;
    }

    /** Reads every stored English vector into {@link #nearest}. */
    private void loadNearest() {
        long start = System.nanoTime();
        jdbc.sql("select id, embedding from fact_check where (embedding like '" + FORMAT + "%' or embedding like '"
                        + BGE_ONLY + "%') and (language is null or language = 'en')")
                .query(rs -> {
                    Stored stored = decode(rs.getString(2));
                    if (stored != null) {
                        nearest.put(rs.getLong(1), stored.bge());
                    }
                });
        LOG.info("Read {} sentence vectors for the nearest fact-checks in {} ms", nearest.count(),
                (System.nanoTime() - start) / 1_000_000);
    }

    /**
     * At start, in the background: reads the stored vectors into {@link #nearest}; then, after an upgrade from another
     * model's vectors, computes the current model's. Meanwhile a claim ranked computes its candidates' missing vectors
     * on the spot, so its matches are the new model's; rankings stored with the old model are no longer current (the
     * library's generation moves on). Vectors still missing (the desk's own entries, which a ranking embeds on the spot
     * without writing) are computed too, so that they can be found as nearest.
     */
    @EventListener(ApplicationReadyEvent.class)
    void upgradeLater() {
        background.submit(() -> {
            try {
                loadNearest();
            } catch (RuntimeException e) {
                LOG.warn("Reading the sentence vectors failed", e);
            } finally {
                nearestLoaded.complete(null);
            }
            try {
                if (!jdbc.sql("select id from fact_check where " + OUTDATED + " fetch first 1 rows only")
                        .query(Long.class).list().isEmpty()) {
                    LOG.info("Computing the sentence embeddings of the library again (another model's vectors)");
                    generation.moveOn();
                    computeMissingLater();
                } else if (!jdbc.sql("select id from fact_check where embedding is null and (language is null or "
                        + "language = 'en') fetch first 1 rows only").query(Long.class).list().isEmpty()) {
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
            record Missing(long id, String text, @Nullable String stored) {
                boolean former() {
                    return stored != null;
                }
            }
            // On from the last batch's last id, so that a batch never reads again the rows done before it.
            List<Missing> batch = jdbc.sql("select id, claim, title, embedding "
                            + "from fact_check where id > :after and (embedding is null or " + OUTDATED + ") and "
                            + "(language is null or language = 'en') order by id fetch first " + BATCH + " rows only")
                    .param("after", after)
                    .query((rs, row) -> new Missing(rs.getLong(1), textOf(rs.getString(2), rs.getString(3)),
                            rs.getString(4)))
                    .list();
            if (batch.isEmpty()) {
                if (replacedFormer) {
                    generation.moveOn();
                }
                return done;
            }
            after = batch.getLast().id();
            for (Missing missing : batch) {
                if (Thread.currentThread().isInterrupted()) {
                    // FactDesk is stopping (destroy): the rest waits for the next start.
                    if (replacedFormer) {
                        generation.moveOn();
                    }
                    return done;
                }
                replacedFormer |= missing.former();
                // bge's part of the version before is kept; e5's is added.
                Stored kept = missing.stored() == null ? null : decode(missing.stored());
                float[] bge = kept == null ? embed(missing.text()) : kept.bge();
                Vectors both = new Vectors(bge, embedE5(missing.text()));
                store(missing.id(), both);
                vectors.put(missing.id(), both);
                nearest.put(missing.id(), bge);
                done++;
            }
        }
    }

    private void store(long id, Vectors both) {
        jdbc.sql("update fact_check set embedding = :embedding where id = :id")
                .param("embedding", encode(both)).param("id", id).update();
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

    /** {@value #FORMAT} and the base64 of the half-precision floats, bge's then e5's (of the same length). */
    static String encode(Vectors both) {
        ByteBuffer bytes = ByteBuffer.allocate((both.bge().length + both.e5().length) * Short.BYTES)
                .order(ByteOrder.LITTLE_ENDIAN);
        for (float[] vector : List.of(both.bge(), both.e5())) {
            for (float value : vector) {
                bytes.putShort(Float.floatToFloat16(value));
            }
        }
        return FORMAT + Base64.getEncoder().encodeToString(bytes.array());
    }

    /**
     * The vectors {@link #encode} stored, bge's alone in the format of the version before, or null for another
     * format (all-MiniLM-L6-v2's vector).
     */
    static @Nullable Stored decode(String stored) {
        boolean both = stored.startsWith(FORMAT);
        if (!both && !stored.startsWith(BGE_ONLY)) {
            return null;
        }
        try {
            ByteBuffer bytes = ByteBuffer.wrap(Base64.getDecoder().decode(stored.substring(FORMAT.length())))
                    .order(ByteOrder.LITTLE_ENDIAN);
            float[] values = new float[bytes.remaining() / Short.BYTES];
            for (int i = 0; i < values.length; i++) {
                values[i] = Float.float16ToFloat(bytes.getShort());
            }
            if (!both) {
                return new Stored(values, null);
            }
            int half = values.length / 2;
            return new Stored(java.util.Arrays.copyOf(values, half),
                    java.util.Arrays.copyOfRange(values, half, values.length));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private EmbeddingModel bge() {
        return loaded(BGE_MODEL, () -> onOneThread("bge-small-en-v1.5-q", PoolingMode.CLS));
    }

    private EmbeddingModel e5() {
        return loaded(E5_MODEL, () -> onOneThread("e5-small-v2-q", PoolingMode.MEAN));
    }

    /**
     * A model of its artifact ({@code NAME.onnx} and {@code NAME-tokenizer.json}, as its langchain4j class loads it),
     * run by ONNX on the calling thread alone, which does not spin while it waits: by default each model takes a pool
     * of a thread a core that spins between runs, and the claim's two embeddings, the index search and the scan for
     * the nearest then fight over the cores (the same vectors either way).
     */
    private static EmbeddingModel onOneThread(String name, PoolingMode pooling) {
        ClassLoader loader = Embeddings.class.getClassLoader();
        try (InputStream model = loader.getResourceAsStream(name + ".onnx");
             InputStream tokenizer = loader.getResourceAsStream(name + "-tokenizer.json")) {
            if (model == null || tokenizer == null) {
                throw new IllegalStateException("The sentence model " + name + " is not on the classpath");
            }
            OrtEnvironment environment = OrtEnvironment.getEnvironment();
            OrtSession.SessionOptions options = new OrtSession.SessionOptions();
            options.setIntraOpNumThreads(1);
            options.setInterOpNumThreads(1);
            options.addConfigEntry("session.intra_op.allow_spinning", "0");
            OnnxBertBiEncoder encoder = new OnnxBertBiEncoder(environment,
                    environment.createSession(model.readAllBytes(), options), tokenizer, pooling);
            return new AbstractInProcessEmbeddingModel(Runnable::run) {
                @Override
                protected OnnxBertBiEncoder model() {
                    return encoder;
                }
            };
        } catch (IOException | OrtException e) {
            throw new IllegalStateException("Cannot load the sentence model " + name, e);
        }
    }

    /**
     * A model, loaded on first use (each loads in a second or two), once; one model loads at a time in the JVM.
     */
    private static EmbeddingModel loaded(AtomicReference<EmbeddingModel> model, Supplier<EmbeddingModel> load) {
        EmbeddingModel loaded = model.get();
        if (loaded == null) {
            synchronized (Embeddings.class) {
                loaded = model.get();
                if (loaded == null) {
                    loaded = load.get();
                    model.set(loaded);
                }
            }
        }
        return loaded;
    }

    /**
     * Stops the embedding threads and waits for them: ONNX releases its native environment in a JVM shutdown hook of
     * its own, and a model still loading or running then crashes the JVM (two CI runs' test JVMs died so, a claim
     * thread in {@code OrtSession.createSession}). A library without fact-checks loads no model at all
     * ({@link Matcher}).
     */
    @Override
    public void destroy() {
        background.shutdownNow();
        claims.shutdownNow();
        try {
            if (!background.awaitTermination(30, TimeUnit.SECONDS) || !claims.awaitTermination(30, TimeUnit.SECONDS)) {
                LOG.warn("The sentence embeddings were still running when FactDesk stopped");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
