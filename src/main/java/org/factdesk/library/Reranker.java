package org.factdesk.library;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The learned reranker of English candidates: a linear model over {@link RerankFeatures}, each feature standardised
 * (minus its mean on the training pairs, over its spread) and weighted. Trained by {@code bin/train-matching}
 * ({@link MatchingTraining}) on the CheckThat! 2020 train split, its features and regularisation chosen on dev
 * (decision 016); shipped as a small text file in the jar. Immutable and thread-safe.
 */
final class Reranker {

    /** Where the shipped English model lives on the classpath. */
    static final String ENGLISH = "org/factdesk/library/matching-en.model";

    record Weight(String feature, double mean, double scale, double weight) {
    }

    private final int candidates;
    private final int dense;
    private final double bias;
    private final List<Weight> weights;
    private final int[] index;

    Reranker(int candidates, int dense, double bias, List<Weight> weights) {
        this.candidates = candidates;
        this.dense = dense;
        this.bias = bias;
        this.weights = List.copyOf(weights);
        this.index = new int[weights.size()];
        for (int i = 0; i < weights.size(); i++) {
            index[i] = RerankFeatures.NAMES.indexOf(weights.get(i).feature());
            if (index[i] < 0) {
                throw new IllegalArgumentException("Unknown reranking feature: " + weights.get(i).feature());
            }
        }
    }

    /** How many lexical candidates the model reranks. */
    int candidates() {
        return candidates;
    }

    /** How many of the claim's nearest fact-checks by cosine that BM25 missed it reranks beside them (0: none). */
    int dense() {
        return dense;
    }

    List<Weight> weights() {
        return weights;
    }

    double score(double[] features) {
        double score = bias;
        for (int i = 0; i < index.length; i++) {
            Weight weight = weights.get(i);
            score += weight.weight() * (features[index[i]] - weight.mean()) / weight.scale();
        }
        return score;
    }

    /** The shipped English model, or null when the jar has none. */
    static @Nullable Reranker shipped() {
        try (InputStream in = Reranker.class.getClassLoader().getResourceAsStream(ENGLISH)) {
            return in == null ? null : read(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Reranker read(InputStream in) throws IOException {
        int candidates = Matcher.CANDIDATES;
        int dense = 0;
        double bias = 0;
        List<Weight> weights = new ArrayList<>();
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        for (String line = reader.readLine(); line != null; line = reader.readLine()) {
            String[] parts = line.strip().split("\\s+");
            if (parts[0].isEmpty() || parts[0].startsWith("#")) {
                continue;
            }
            switch (parts[0]) {
                case "candidates" -> candidates = Integer.parseInt(parts[1]);
                case "dense" -> dense = Integer.parseInt(parts[1]);
                case "bias" -> bias = Double.parseDouble(parts[1]);
                case "feature" -> weights.add(new Weight(parts[1], Double.parseDouble(parts[2]),
                        Double.parseDouble(parts[3]), Double.parseDouble(parts[4])));
                default -> throw new IOException("Unexpected line in the matching model: " + line);
            }
        }
        return new Reranker(candidates, dense, bias, weights);
    }

    void write(Writer out, Map<String, String> comments) throws IOException {
        Map<String, String> lines = new LinkedHashMap<>(comments);
        for (Map.Entry<String, String> comment : lines.entrySet()) {
            out.write("# " + comment.getKey() + ": " + comment.getValue() + "\n");
        }
        out.write("# feature NAME MEAN SCALE WEIGHT: score = bias + sum of WEIGHT * (value - MEAN) / SCALE\n");
        out.write("candidates " + candidates + "\n");
        if (dense > 0) {
            out.write("dense " + dense + "\n");
        }
        out.write("bias " + number(bias) + "\n");
        for (Weight weight : weights) {
            out.write("feature " + weight.feature() + " " + number(weight.mean()) + " " + number(weight.scale()) + " "
                    + number(weight.weight()) + "\n");
        }
    }

    /** Six significant digits, the same on every machine. */
    static String number(double value) {
        return String.format(Locale.ROOT, "%.6g", value);
    }

    static double rounded(double value) {
        return Double.parseDouble(number(value));
    }
}
