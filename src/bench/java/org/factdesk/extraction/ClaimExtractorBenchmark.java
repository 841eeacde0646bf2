package org.factdesk.extraction;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Speed of the extraction, warm: the seed article (target under 20 ms) and a synthetic article of about 1 MB of
 * realistic paragraphs (target under 2 s). Few forks and iterations, to fit a 2-core machine.
 */
@State(Scope.Benchmark)
@Fork(value = 1, jvmArgs = "-Xmx2g")
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class ClaimExtractorBenchmark {

    private static final int ONE_MEGABYTE = 1_048_576;
    private static final List<String> EXTRA_PARAGRAPHS = List.of(
            "Selon l'Insee, le taux de chômage a reculé à 7,3 % au troisième trimestre, contre 7,5 % un an plus "
                    + "tôt. « C'est une bonne nouvelle, mais elle reste fragile », a déclaré M. Dupont, économiste.",
            "Le budget de la ville atteindra 1,2 milliard d'euros en 2025. Les élus de l'opposition estiment "
                    + "qu'il faudrait réduire les dépenses de fonctionnement avant d'augmenter les impôts locaux.",
            "Le 14 juillet 2023, plus de 300 000 personnes ont assisté au défilé sur les Champs-Élysées, d'après "
                    + "la préfecture de police. Les organisateurs avancent un chiffre deux fois plus élevé.",
            "Pourquoi le gouvernement a-t-il attendu si longtemps ? Le ministre de la Santé, interrogé mardi, a "
                    + "affirmé que les stocks de vaccins étaient suffisants en raison des commandes passées en mars.");

    private ClaimExtractor extractor;
    private String seedTitle;
    private String seedBody;
    private String largeBody;

    @Setup
    public void setUp() {
        extractor = new ClaimExtractor();
        String seed = readSeed();
        int firstLineEnd = seed.indexOf('\n');
        seedTitle = seed.substring(0, firstLineEnd);
        seedBody = seed.substring(firstLineEnd + 1);
        largeBody = largeArticle(seedBody);
    }

    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @Warmup(iterations = 3, time = 2)
    @Measurement(iterations = 5, time = 2)
    public Extraction seedArticle() {
        return extractor.extract(seedTitle, seedBody, null);
    }

    @Benchmark
    @BenchmarkMode(Mode.SingleShotTime)
    @Warmup(iterations = 3)
    @Measurement(iterations = 5)
    public Extraction oneMegabyteArticle() {
        return extractor.extract(seedTitle, largeBody, null);
    }

    /** The seed's paragraphs and a few with figures and quotes, numbered so that no two repeats are identical. */
    private static String largeArticle(String seedBody) {
        List<String> paragraphs = new java.util.ArrayList<>(List.of(seedBody.split("\n\n")));
        paragraphs.addAll(EXTRA_PARAGRAPHS);
        return repeat(paragraphs, ONE_MEGABYTE);
    }

    /** {@code paragraphs} over and over, their years changed each round, until the text is {@code size} long. */
    static String repeat(List<String> paragraphs, int size) {
        StringBuilder article = new StringBuilder(size + 4096);
        for (int round = 1; article.length() < size; round++) {
            for (String paragraph : paragraphs) {
                article.append(paragraph.replace("2023", Integer.toString(1900 + round % 120))).append("\n\n");
            }
        }
        return article.toString();
    }

    static String readSeed() {
        try (InputStream in = ClaimExtractorBenchmark.class.getClassLoader()
                .getResourceAsStream("seeds/000_8de9084930d2e7a1.txt")) {
            if (in == null) {
                throw new IllegalStateException("The seed article is not on the classpath");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
