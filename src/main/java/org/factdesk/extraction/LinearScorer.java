package org.factdesk.extraction;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * A learned, explainable check-worthiness model for one language: a logistic regression over the rule features
 * (present or not) and the tf-idf of the sentence's words and word pairs ({@link Terms}), trained by
 * {@link CheckworthinessTraining}. Every contribution is a weight times a value, so the reasons shown are exactly
 * what moved the score: the rule features that fired and the few words that pushed it most up or down.
 *
 * <p>Score and reason weights are in points of a tenth of log-odds; the score is {@link Weights#THRESHOLD} plus the
 * points above the model's threshold, so that a sentence is suggested exactly when its score reaches the same
 * threshold as the rules'.
 *
 * <p>Immutable and thread-safe.
 */
final class LinearScorer {

    /** Where the shipped English model lives on the classpath. */
    static final String ENGLISH = "org/factdesk/extraction/checkworthiness-en.model";
    /** How many words are shown among the reasons, on each side. */
    static final int WORDS_UP = 3;
    static final int WORDS_DOWN = 2;
    private static final double POINTS = 10;

    record Term(double idf, double weight) {
    }

    private final String language;
    private final double bias;
    private final double threshold;
    private final Map<Feature, Double> rules;
    private final Map<String, Term> terms;
    /** A model whose log-odds above its threshold are averaged with this one's (a desk's model with the shipped). */
    private final @org.jspecify.annotations.Nullable LinearScorer partner;

    LinearScorer(String language, double bias, double threshold, Map<Feature, Double> rules,
                 Map<String, Term> terms) {
        this(language, bias, threshold, rules, terms, null);
    }

    private LinearScorer(String language, double bias, double threshold, Map<Feature, Double> rules,
                         Map<String, Term> terms, @org.jspecify.annotations.Nullable LinearScorer partner) {
        this.partner = partner;
        this.language = language;
        this.bias = bias;
        this.threshold = threshold;
        this.rules = new EnumMap<>(rules);
        this.terms = Map.copyOf(terms);
    }

    String language() {
        return language;
    }

    double threshold() {
        return threshold;
    }

    /** The learned weight of a rule feature, in points. */
    int points(Feature feature) {
        return (int) Math.round(POINTS * rules.getOrDefault(feature, 0.0));
    }

    /** This model blended with {@code other} (the mean of their log-odds above their thresholds); null: itself. */
    LinearScorer blendedWith(@org.jspecify.annotations.Nullable LinearScorer other) {
        return other == null ? this : new LinearScorer(language, bias, threshold, rules, terms, other);
    }

    /** The log-odds that the sentence is worth checking (blended with the partner model's when there is one). */
    double logit(Map<Feature, ?> evidence, List<String> sentenceTerms) {
        return logit(evidence, sentenceTerms, hits(sentenceTerms));
    }

    private double logit(Map<Feature, ?> evidence, List<String> sentenceTerms, Map<String, Hit> hits) {
        double own = ownLogit(evidence, hits);
        if (partner == null) {
            return own;
        }
        return threshold + (own - threshold + partner.logit(evidence, sentenceTerms) - partner.threshold()) / 2;
    }

    private double ownLogit(Map<Feature, ?> evidence, Map<String, Hit> hits) {
        double sum = bias;
        for (Feature feature : evidence.keySet()) {
            sum += rules.getOrDefault(feature, 0.0);
        }
        for (Hit hit : hits.values()) {
            sum += hit.term.weight() * hit.value;
        }
        return sum;
    }

    CheckWorthiness.Assessment assess(Map<Feature, String> evidence, String sentence) {
        // The sentence is read once: its words as the model reads them, and as it writes them for the reasons.
        List<String> written = new ArrayList<>();
        List<String> words = Terms.words(sentence, written);
        List<String> sentenceTerms = Terms.of(words);
        // The model's terms are looked up once per sentence term: the table is large, and each look-up misses the
        // processor's caches between the tagger's own look-ups.
        Map<String, Hit> hits = hits(sentenceTerms);
        double logit = logit(evidence, sentenceTerms, hits);
        List<Reason> reasons = new ArrayList<>();
        evidence.forEach((feature, found) -> reasons.add(new Reason(feature, points(feature), found)));
        // The strongest contributions on each side, in the order of a sort by contribution then by term, without
        // sorting them all: only a few are shown.
        String[] up = new String[WORDS_UP];
        double[] upValues = new double[WORDS_UP];
        String[] down = new String[WORDS_DOWN];
        double[] downValues = new double[WORDS_DOWN];
        hits.forEach((term, hit) -> {
            double contribution = hit.term.weight() * hit.value;
            if (contribution > 0) {
                keep(up, upValues, term, contribution, 1);
            } else if (contribution < 0) {
                keep(down, downValues, term, contribution, -1);
            }
        });
        addWords(reasons, up, upValues, words, written);
        addWords(reasons, down, downValues, words, written);
        boolean suggested = logit >= threshold;
        int score = Weights.THRESHOLD + (int) Math.floor(POINTS * (logit - threshold));
        return new CheckWorthiness.Assessment(score, reasons, suggested);
    }

    /**
     * Keeps {@code term} among the strongest ones if it belongs there: by {@code sign} times the contribution, larger
     * first, then by term, alphabetically for the positive ones and in reverse for the negative ones (the reversed
     * order of a sort by contribution then term).
     */
    private static void keep(String[] terms, double[] values, String term, double contribution, int sign) {
        int at = terms.length;
        while (at > 0 && (terms[at - 1] == null || before(term, contribution, terms[at - 1], values[at - 1], sign))) {
            at--;
        }
        if (at == terms.length) {
            return;
        }
        System.arraycopy(terms, at, terms, at + 1, terms.length - at - 1);
        System.arraycopy(values, at, values, at + 1, values.length - at - 1);
        terms[at] = term;
        values[at] = contribution;
    }

    private static boolean before(String term, double contribution, String other, double otherContribution,
                                  int sign) {
        int byValue = Double.compare(sign * otherContribution, sign * contribution);
        return byValue != 0 ? byValue < 0 : sign * term.compareTo(other) < 0;
    }

    private static void addWords(List<Reason> reasons, String[] terms, double[] values, List<String> words,
                                 List<String> written) {
        for (int i = 0; i < terms.length && terms[i] != null; i++) {
            int points = (int) Math.round(POINTS * values[i]);
            if (points != 0) {
                reasons.add(new Reason(Feature.WORDS, points, Terms.asWritten(terms[i], words, written)));
            }
        }
    }

    /** A known term of the sentence: its entry in the model, how often it occurs, its tf-idf value. */
    private static final class Hit {
        private final Term term;
        private int count;
        private double value;

        Hit(Term term) {
            this.term = term;
        }
    }

    /**
     * The sublinear tf-idf of the known terms, scaled to unit length. The values are summed in the map's order: a
     * hash map of the same terms, filled in the same order as before this was made faster, so the score is the same
     * to the last bit.
     */
    private Map<String, Hit> hits(List<String> sentenceTerms) {
        Map<String, Hit> hits = new HashMap<>();
        for (String term : sentenceTerms) {
            Term known = terms.get(term);
            if (known != null) {
                hits.computeIfAbsent(term, key -> new Hit(known)).count++;
            }
        }
        double norm = 0;
        for (Hit hit : hits.values()) {
            hit.value = (1 + Math.log(hit.count)) * hit.term.idf();
            norm += hit.value * hit.value;
        }
        if (norm > 0) {
            double length = Math.sqrt(norm);
            for (Hit hit : hits.values()) {
                hit.value = hit.value / length;
            }
        }
        return hits;
    }

    // ---- the model file: UTF-8 text, one entry a line, in a fixed order, numbers as Java writes doubles ----

    void write(Writer out, List<String> comments) throws IOException {
        for (String comment : comments) {
            out.write("# " + comment + "\n");
        }
        out.write("language\t" + language + "\n");
        out.write("bias\t" + bias + "\n");
        out.write("threshold\t" + threshold + "\n");
        for (Feature feature : Feature.values()) {
            if (rules.containsKey(feature)) {
                out.write("rule\t" + feature.name() + "\t" + rules.get(feature) + "\n");
            }
        }
        for (Map.Entry<String, Term> term : new TreeMap<>(terms).entrySet()) {
            out.write("term\t" + term.getKey() + "\t" + term.getValue().idf() + "\t" + term.getValue().weight()
                    + "\n");
        }
    }

    static LinearScorer fromClasspath(String resource) {
        InputStream stream = LinearScorer.class.getClassLoader().getResourceAsStream(resource);
        if (stream == null) {
            throw new IllegalStateException("Check-worthiness model " + resource + " is not on the classpath");
        }
        try (BufferedReader in = new BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8))) {
            return read(in);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read check-worthiness model " + resource, e);
        }
    }

    static LinearScorer read(BufferedReader in) throws IOException {
        String language = "";
        double bias = 0;
        double threshold = 0;
        Map<Feature, Double> rules = new EnumMap<>(Feature.class);
        Map<String, Term> terms = new HashMap<>();
        for (String line = in.readLine(); line != null; line = in.readLine()) {
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String[] fields = line.split("\t");
            switch (fields[0]) {
                case "language" -> language = fields[1];
                case "bias" -> bias = Double.parseDouble(fields[1]);
                case "threshold" -> threshold = Double.parseDouble(fields[1]);
                case "rule" -> rules.put(Feature.valueOf(fields[1]), Double.parseDouble(fields[2]));
                case "term" -> terms.put(fields[1], new Term(Double.parseDouble(fields[2]),
                        Double.parseDouble(fields[3])));
                default -> throw new IOException("Unknown entry in the model: " + fields[0].toLowerCase(Locale.ROOT));
            }
        }
        if (language.isEmpty() || terms.isEmpty()) {
            throw new IOException("The model names no language or holds no terms");
        }
        return new LinearScorer(language, bias, threshold, rules, terms);
    }
}
