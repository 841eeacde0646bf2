package org.factdesk.extraction;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import org.jspecify.annotations.Nullable;

/**
 * The claim-extraction engine: detects the article's language, splits the title and the body into sentences and
 * sub-headings, and scores every sentence for check-worthiness with reasons the editor can read: by the learned model
 * of the language where one ships (English), by the hand-set weights of the rules otherwise.
 *
 * <p>Thread-safe: the OpenNLP models (about a second of CPU, some 15 MB) are read once, on the first extraction or
 * earlier on a background thread ({@link #loadInBackground(Duration)}, which the application calls once it is ready),
 * never on the thread that starts the application; build one and share it. Each call builds its own light detector and
 * tagger.
 */
public final class ClaimExtractor {

    static final String LOADING_THREAD = "opennlp-models";

    private final CompletableFuture<Models> models = new CompletableFuture<>();
    private final AtomicBoolean loading = new AtomicBoolean();
    /** Opened by the first extraction: a background read that is waiting starts at once. */
    private final CountDownLatch wanted = new CountDownLatch(1);
    private volatile @Nullable String loadedOn;
    private final SegmentationRules rules;
    private final Map<String, LinearScorer> shipped;
    /** The scorer of each language: the shipped one, or a desk's own model (blended with it where one ships). */
    private volatile Map<String, LinearScorer> scorers;

    public ClaimExtractor() {
        this(SegmentationRules.defaults());
    }

    public ClaimExtractor(SegmentationRules rules) {
        this.rules = Objects.requireNonNull(rules, "rules");
        this.shipped = Map.of("en", LinearScorer.fromClasspath(LinearScorer.ENGLISH));
        this.scorers = shipped;
    }

    /** {@link #loadInBackground(Duration)} at once. */
    public void loadInBackground() {
        loadInBackground(Duration.ZERO);
    }

    /**
     * Reads the models on a daemon thread of low priority, once, {@code after} that long: the pages of the first
     * users after a start do not share the processor with them (decision 027). An extraction meanwhile starts that
     * read at once and waits for it; one that comes before this call reads them itself. Every later one waits for the
     * same models.
     */
    public void loadInBackground(Duration after) {
        if (loading.compareAndSet(false, true)) {
            Thread loader = Thread.ofPlatform().daemon().name(LOADING_THREAD).unstarted(() -> {
                waitUntilWanted(after);
                load();
            });
            loader.setPriority(Thread.MIN_PRIORITY);
            loader.start();
        }
    }

    private void waitUntilWanted(Duration atMost) {
        try {
            wanted.await(atMost.toNanos(), TimeUnit.NANOSECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    Models models() {
        wanted.countDown();
        if (loading.compareAndSet(false, true)) {
            load();
        }
        try {
            return models.join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException cause ? cause : e;
        }
    }

    /** The name of the thread that read the models, or null before they are read. */
    @Nullable String loadedOn() {
        return loadedOn;
    }

    private void load() {
        try {
            Models read = Models.fromClasspath();
            loadedOn = Thread.currentThread().getName();
            models.complete(read);
        } catch (RuntimeException | Error e) {
            models.completeExceptionally(e);
        }
    }

    /**
     * Scores the sentences of {@code language} by a desk's own model from the next extraction on: averaged in
     * log-odds with the shipped model where one ships (English), alone otherwise; null goes back to the shipped
     * scoring.
     */
    public synchronized void useDeskModel(String language, DeskTraining.@Nullable DeskModel model) {
        Map<String, LinearScorer> next = new java.util.HashMap<>(scorers);
        next.remove(language);
        if (shipped.containsKey(language)) {
            next.put(language, shipped.get(language));
        }
        if (model != null) {
            next.put(language, model.scorer.blendedWith(shipped.get(language)));
        }
        scorers = Map.copyOf(next);
    }

    /**
     * @param languageOverride a language code chosen by the editor ("fr", "en-GB", "deu"); wins over detection
     *                         when not blank
     */
    public Extraction extract(String title, String body, @Nullable String languageOverride) {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(body, "body");
        String language = Languages.normalise(languageOverride)
                .orElseGet(() -> detectLanguage(title + "\n" + sample(body)));
        LinearScorer scorer = scorers.get(language);
        Models read = models();
        Segmenter segmenter = new Segmenter(rules, () -> LanguagePipeline.forLanguage(language, read, scorer));
        List<Segment> segments = new ArrayList<>(segmenter.segment(TextPart.TITLE, title));
        segments.addAll(segmenter.segment(TextPart.BODY, body));
        return new Extraction(language, segmenter.support(), segments);
    }

    /**
     * Scores one sentence exactly as an extraction scores each sentence of an article, without splitting it, with the
     * model in use now: for the sentences already stored when the model changes.
     */
    public Segment scoreSentence(String sentence, String language) {
        String code = Languages.normalise(language).orElseGet(() -> detectLanguage(sentence));
        CheckWorthiness.Assessment assessment = LanguagePipeline.forLanguage(code, models(), scorers.get(code))
                .assess(sentence);
        return new Segment(TextPart.BODY, 0, sentence.length(), sentence, SegmentKind.SENTENCE, assessment.score(),
                assessment.reasons(), assessment.suggested());
    }

    /**
     * @return the ISO 639-1 code of the text's language ("fr", "en", "de"), its ISO 639-3 code when it has no
     *         two-letter one, or "und" when the text holds no letters
     */
    public String detectLanguage(String text) {
        return new Languages(models().languages()).detect(Objects.requireNonNull(text, "text"));
    }

    // Avoids copying a megabyte body just to read its first lines.
    private static String sample(String body) {
        return body.length() <= 20_000 ? body : body.substring(0, 20_000);
    }
}
