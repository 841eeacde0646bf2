package org.factdesk.extraction;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import opennlp.tools.postag.POSTaggerME;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.tokenize.TokenizerME;

import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * What the extraction costs over the OpenNLP work it cannot avoid (issue 13: at most 1.5 times): the whole
 * extraction against language detection, sentence detection, tokenizing and tagging with the same models on the
 * same paragraphs, timed by turns in one benchmark, on the seed article, on about 100 KB and 1 MB of French news
 * and on about 100 KB and 1 MB of English (scored by the learned model). Long texts go paragraph by paragraph on all
 * cores in both, as the extraction does from {@link Segmenter#PARALLEL_FROM_CHARS}. Wall time: on a machine that others
 * share, {@link ExtractionCpuTime} measures the same two workloads by the process's CPU time.
 *
 * <p>{@code mvn -B -Pbench -DskipTests verify -Dbench.include=ExtractionOverheadBenchmark}
 */
@State(Scope.Benchmark)
@Fork(value = 1, jvmArgs = "-Xmx2g")
@BenchmarkMode(Mode.AverageTime)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class ExtractionOverheadBenchmark {

    private static final List<String> FRENCH = List.of(
            "Selon l'Insee, le taux de chômage a reculé à 7,3 % au troisième trimestre, contre 7,5 % un an plus "
                    + "tôt. « C'est une bonne nouvelle, mais elle reste fragile », a déclaré M. Dupont, économiste.",
            "Le budget de la ville atteindra 1,2 milliard d'euros en 2025. Les élus de l'opposition estiment "
                    + "qu'il faudrait réduire les dépenses de fonctionnement avant d'augmenter les impôts locaux.",
            "Le 14 juillet 2023, plus de 300 000 personnes ont assisté au défilé sur les Champs-Élysées, d'après "
                    + "la préfecture de police. Les organisateurs avancent un chiffre deux fois plus élevé.",
            "Pourquoi le gouvernement a-t-il attendu si longtemps ? Le ministre de la Santé, interrogé mardi, a "
                    + "affirmé que les stocks de vaccins étaient suffisants en raison des commandes passées en mars.");
    private static final List<String> ENGLISH = List.of(
            "Unemployment fell to 3.5 percent last year, the lowest rate in fifty years, according to the Labor "
                    + "Department. \"This is good news, but it is fragile,\" said Dr. Jane Smith, an economist.",
            "The city's budget will reach $1.2 billion in 2025. Opposition councillors think that spending should "
                    + "be cut before local taxes are raised again.",
            "On July 4, 2023, more than 300,000 people watched the parade in Washington, the police said. The "
                    + "organisers gave a figure twice as high.",
            "Why did the government wait so long? The health secretary, questioned on Tuesday, said that vaccine "
                    + "stocks were sufficient because of the orders placed in March.");

    @Param({"seed", "fr-100KB", "fr-1MB", "en-100KB", "en-1MB"})
    public String article;

    private ClaimExtractor extractor;
    private Models models;
    private String title;
    private String body;

    @Setup
    public void setUp() {
        extractor = new ClaimExtractor();
        models = Models.fromClasspath();
        String[] text = text(article);
        title = text[0];
        body = text[1];
    }

    /** The names of the articles measured, shortest first in each language. */
    static final List<String> ARTICLES = List.of("seed", "fr-100KB", "fr-1MB", "en-short", "en-100KB", "en-1MB");

    /**
     * The title and body of one of {@link #ARTICLES}: the seed article (French), its paragraphs and a few with figures
     * and quotes repeated to about 100 KB or 1 MB, or English news paragraphs once ("en-short", about the length of a
     * short news item) or repeated the same way.
     */
    static String[] text(String article) {
        String seed = ClaimExtractorBenchmark.readSeed();
        int firstLineEnd = seed.indexOf('\n');
        String seedTitle = seed.substring(0, firstLineEnd);
        String seedBody = seed.substring(firstLineEnd + 1);
        List<String> french = new ArrayList<>(List.of(seedBody.split("\n\n")));
        french.addAll(FRENCH);
        String english = "Jobs report: unemployment at a fifty-year low";
        return switch (article) {
            case "seed" -> new String[] {seedTitle, seedBody};
            case "fr-100KB" -> new String[] {seedTitle, ClaimExtractorBenchmark.repeat(french, 100 * 1024)};
            case "fr-1MB" -> new String[] {seedTitle, ClaimExtractorBenchmark.repeat(french, 1024 * 1024)};
            case "en-short" -> new String[] {english, String.join("\n\n", ENGLISH)};
            case "en-100KB" -> new String[] {english, ClaimExtractorBenchmark.repeat(ENGLISH, 100 * 1024)};
            case "en-1MB" -> new String[] {english, ClaimExtractorBenchmark.repeat(ENGLISH, 1024 * 1024)};
            default -> throw new IllegalArgumentException(article);
        };
    }

    /**
     * Times, by turns, the extraction and the bare OpenNLP work on the same text (which goes first alternates from one
     * call to the next), so that a busy machine slows both alike; their times add up in the secondary results
     * {@code extractionMs} and {@code bareMs}, whose quotient is the overhead.
     */
    @Benchmark
    public Object alternately(Times times) {
        boolean bareFirst = times.turn++ % 2 == 0;
        long start = System.nanoTime();
        Object first = bareFirst ? bareOpenNlp() : extractor.extract(title, body, null);
        long middle = System.nanoTime();
        Object second = bareFirst ? extractor.extract(title, body, null) : bareOpenNlp();
        long end = System.nanoTime();
        times.bareMs += (bareFirst ? middle - start : end - middle) / 1e6;
        times.extractionMs += (bareFirst ? end - middle : middle - start) / 1e6;
        return List.of(first, second);
    }

    /** The two times of one iteration, in milliseconds. */
    @State(Scope.Thread)
    @AuxCounters(AuxCounters.Type.EVENTS)
    public static class Times {
        public double bareMs;
        public double extractionMs;
        int turn;

        @Setup(Level.Iteration)
        public void reset() {
            bareMs = 0;
            extractionMs = 0;
        }
    }

    long bareOpenNlp() {
        return bareOpenNlp(extractor, models, title, body);
    }

    /** Language detection, then sentence detection, tokenizing and tagging of every paragraph: nothing else. */
    static long bareOpenNlp(ClaimExtractor extractor, Models models, String title, String body) {
        String detected = extractor.detectLanguage(title + "\n" + body.substring(0, Math.min(body.length(), 20_000)));
        ThreadLocal<Bare> bare = ThreadLocal.withInitial(() -> new Bare(detected, models));
        long tags = bare.get().paragraph(title);
        List<Span> lines = Text.lines(body);
        var paragraphs = body.length() >= Segmenter.PARALLEL_FROM_CHARS ? lines.parallelStream() : lines.stream();
        return tags + paragraphs.mapToLong(line -> bare.get().paragraph(body.substring(line.start(), line.end())))
                .sum();
    }

    /** OpenNLP's detector, tokenizer (FactDesk's own for French: OpenNLP has none) and greedy tagger. */
    private static final class Bare {
        private final SentenceDetectorME sentences;
        private final java.util.function.Function<String, Span[]> tokenizer;
        private final POSTaggerME tagger;

        Bare(String language, Models models) {
            boolean french = language.equals("fr");
            sentences = new SentenceDetectorME(french ? models.sentencesFr() : models.sentencesEn());
            TokenizerME english = new TokenizerME(models.tokensEn());
            tokenizer = french ? FrenchTokenizer::tokenize : text -> {
                opennlp.tools.util.Span[] spans = english.tokenizePos(text);
                Span[] converted = new Span[spans.length];
                for (int i = 0; i < spans.length; i++) {
                    converted[i] = new Span(spans[i].getStart(), spans[i].getEnd());
                }
                return converted;
            };
            tagger = new POSTaggerME(french ? models.posFr() : models.posEn());
        }

        long paragraph(String paragraph) {
            long tags = 0;
            for (opennlp.tools.util.Span sentence : sentences.sentPosDetect(paragraph)) {
                String text = paragraph.substring(sentence.getStart(), sentence.getEnd());
                Span[] tokens = tokenizer.apply(text);
                String[] words = new String[tokens.length];
                for (int i = 0; i < tokens.length; i++) {
                    words[i] = text.substring(tokens[i].start(), tokens[i].end()).replace('’', '\'');
                }
                tags += tagger.tag(words).length;
            }
            return tags;
        }
    }
}
