package org.factdesk.extraction;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import de.bwaldvogel.liblinear.FeatureNode;
import de.bwaldvogel.liblinear.Linear;
import de.bwaldvogel.liblinear.Model;
import de.bwaldvogel.liblinear.Parameter;
import de.bwaldvogel.liblinear.Problem;
import de.bwaldvogel.liblinear.SolverType;

import org.factdesk.extraction.evaluation.LabelledSentences;
import org.factdesk.extraction.evaluation.LabelledSentences.Labelled;

/**
 * Trains the shipped English check-worthiness model ({@link LinearScorer}) on the CheckThat! 2024 Task 1 data:
 * {@code bin/train-checkworthiness DATA_FOLDER [MODEL_FILE]}, the folder holding {@code train.tsv} and
 * {@code dev.tsv}. A logistic regression (liblinear, L2, primal Newton solver) learns on {@code train.tsv}; the
 * regularisation and the threshold are chosen on {@code dev.tsv}, by the F1 of the check-worthy class. One thread,
 * a fixed seed, terms in alphabetical order and numbers written by {@link Double#toString}: two runs on the same data
 * write the same file, byte for byte.
 */
public final class CheckworthinessTraining {

    /** A term must occur in this many training sentences to be learned: rarer ones are names and typos. */
    static final int MIN_DOCUMENT_FREQUENCY = 2;
    static final double[] COSTS = {0.25, 0.5, 1, 2, 4, 8};
    static final String DEFAULT_OUTPUT = "src/main/resources/" + LinearScorer.ENGLISH;

    record Example(Set<Feature> rules, List<String> terms, boolean checkworthy) {
    }

    private CheckworthinessTraining() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 1 || args.length > 2) {
            System.err.println("Usage: bin/train-checkworthiness DATA_FOLDER [MODEL_FILE]");
            System.err.println("DATA_FOLDER holds train.tsv and dev.tsv (CheckThat! 2024 Task 1, English).");
            System.exit(2);
        }
        Path data = Path.of(args[0]);
        Path output = Path.of(args.length > 1 ? args[1] : DEFAULT_OUTPUT);
        Linear.disableDebugOutput();
        LanguagePipeline pipeline = LanguagePipeline.forLanguage("en", Models.fromClasspath());
        List<Example> train = examples(LabelledSentences.read(data.resolve("train.tsv")), pipeline);
        List<Example> dev = examples(LabelledSentences.read(data.resolve("dev.tsv")), pipeline);
        Map<String, Double> idf = idf(train);
        List<String> vocabulary = new ArrayList<>(new TreeSet<>(idf.keySet()));
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < vocabulary.size(); i++) {
            index.put(vocabulary.get(i), ruleFeatures().size() + 1 + i);
        }
        Problem problem = problem(train, idf, index);
        LinearScorer best = null;
        double bestF1 = -1;
        double bestCost = 0;
        for (double cost : COSTS) {
            LinearScorer scorer = train(problem, cost, idf, vocabulary, 0);
            double[] choice = bestThreshold(scorer, dev);
            System.err.printf(Locale.ROOT, "C=%s dev F1=%.4f at threshold %.4f%n", cost, choice[1], choice[0]);
            if (choice[1] > bestF1) {
                bestF1 = choice[1];
                bestCost = cost;
                best = train(problem, cost, idf, vocabulary, round(choice[0]));
            }
        }
        Files.createDirectories(output.toAbsolutePath().getParent());
        try (Writer out = Files.newBufferedWriter(output, StandardCharsets.UTF_8)) {
            best.write(out, List.of(
                    "FactDesk check-worthiness model, English: logistic regression over the rule features and the",
                    "tf-idf of words and word pairs. Rebuild: bin/train-checkworthiness DATA_FOLDER (see README).",
                    "Data: CheckThat! Lab 2024 Task 1, English (ClaimBuster, Arslan et al., ICWSM 2020).",
                    String.format(Locale.ROOT, "Trained on %d sentences (%d terms); C=%s and threshold chosen on"
                            + " %d dev sentences, dev F1 %.4f.", train.size(), vocabulary.size(), bestCost,
                            dev.size(), bestF1)));
        }
        System.err.printf(Locale.ROOT, "Wrote %s: C=%s, dev F1 %.4f%n", output, bestCost, bestF1);
    }

    static List<Example> examples(List<Labelled> sentences, LanguagePipeline pipeline) {
        List<Example> examples = new ArrayList<>(sentences.size());
        for (Labelled sentence : sentences) {
            Set<Feature> rules = pipeline.evidence(sentence.text()).keySet();
            examples.add(new Example(Set.copyOf(rules), Terms.of(sentence.text()), sentence.checkworthy()));
        }
        return examples;
    }

    static List<Feature> ruleFeatures() {
        return Arrays.stream(Feature.values()).filter(feature -> feature != Feature.WORDS).toList();
    }

    /** Smoothed inverse document frequency of every term frequent enough, as scikit-learn computes it. */
    static Map<String, Double> idf(List<Example> examples) {
        Map<String, Integer> frequency = new TreeMap<>();
        for (Example example : examples) {
            new TreeSet<>(example.terms()).forEach(term -> frequency.merge(term, 1, Integer::sum));
        }
        Map<String, Double> idf = new TreeMap<>();
        frequency.forEach((term, count) -> {
            if (count >= MIN_DOCUMENT_FREQUENCY) {
                idf.put(term, Math.log((1.0 + examples.size()) / (1.0 + count)) + 1);
            }
        });
        return idf;
    }

    static Problem problem(List<Example> examples, Map<String, Double> idf, Map<String, Integer> index) {
        Problem problem = new Problem();
        problem.l = examples.size();
        problem.n = ruleFeatures().size() + idf.size() + 1;
        problem.bias = 1;
        problem.x = new de.bwaldvogel.liblinear.Feature[examples.size()][];
        problem.y = new double[examples.size()];
        List<Feature> rules = ruleFeatures();
        for (int i = 0; i < examples.size(); i++) {
            Example example = examples.get(i);
            List<FeatureNode> nodes = new ArrayList<>();
            for (int r = 0; r < rules.size(); r++) {
                if (example.rules().contains(rules.get(r))) {
                    nodes.add(new FeatureNode(r + 1, 1));
                }
            }
            Map<Integer, Double> values = new TreeMap<>();
            Map<String, Integer> counts = new TreeMap<>();
            example.terms().stream().filter(idf::containsKey).forEach(term -> counts.merge(term, 1, Integer::sum));
            double norm = 0;
            for (Map.Entry<String, Integer> count : counts.entrySet()) {
                double value = (1 + Math.log(count.getValue())) * idf.get(count.getKey());
                values.put(index.get(count.getKey()), value);
                norm += value * value;
            }
            double length = Math.sqrt(norm);
            values.forEach((feature, value) -> nodes.add(new FeatureNode(feature, value / length)));
            nodes.add(new FeatureNode(problem.n, 1)); // the bias term
            problem.x[i] = nodes.toArray(de.bwaldvogel.liblinear.Feature[]::new);
            problem.y[i] = example.checkworthy() ? 1 : 0;
        }
        return problem;
    }

    private static LinearScorer train(Problem problem, double cost, Map<String, Double> idf, List<String> vocabulary,
                                      double threshold) {
        return train("en", problem, cost, idf, vocabulary, threshold);
    }

    static LinearScorer train(String language, Problem problem, double cost, Map<String, Double> idf,
                              List<String> vocabulary, double threshold) {
        Linear.resetRandom();
        Model model = Linear.train(problem, new Parameter(SolverType.L2R_LR, cost, 0.0001));
        double[] weights = model.getFeatureWeights();
        // liblinear's weights are those of its first label; turn them towards "worth checking".
        double sign = model.getLabels()[0] == 1 ? 1 : -1;
        List<Feature> rules = ruleFeatures();
        Map<Feature, Double> ruleWeights = new EnumMap<>(Feature.class);
        for (int r = 0; r < rules.size(); r++) {
            ruleWeights.put(rules.get(r), round(sign * weights[r]));
        }
        Map<String, LinearScorer.Term> terms = new HashMap<>();
        for (int i = 0; i < vocabulary.size(); i++) {
            double weight = round(sign * weights[rules.size() + i]);
            terms.put(vocabulary.get(i), new LinearScorer.Term(round(idf.get(vocabulary.get(i))), weight));
        }
        double bias = round(sign * weights[weights.length - 1]);
        return new LinearScorer(language, bias, threshold, ruleWeights, terms);
    }

    /** Six significant digits are plenty for a weight and halve the file; the model is used as written. */
    static double round(double value) {
        return Double.parseDouble(String.format(Locale.ROOT, "%.6g", value));
    }

    /** The threshold on the log-odds that gives the best F1 on {@code dev}, and that F1. */
    static double[] bestThreshold(LinearScorer scorer, List<Example> dev) {
        double[][] scored = new double[dev.size()][];
        int positives = 0;
        for (int i = 0; i < dev.size(); i++) {
            Example example = dev.get(i);
            Map<Feature, Boolean> evidence = new EnumMap<>(Feature.class);
            example.rules().forEach(rule -> evidence.put(rule, true));
            scored[i] = new double[] {scorer.logit(evidence, example.terms()), example.checkworthy() ? 1 : 0};
            positives += example.checkworthy() ? 1 : 0;
        }
        Arrays.sort(scored, (a, b) -> Double.compare(b[0], a[0]));
        double bestF1 = 0;
        double bestThreshold = 0;
        int truePositives = 0;
        for (int i = 0; i < scored.length; i++) {
            truePositives += (int) scored[i][1];
            if (i + 1 < scored.length && scored[i + 1][0] == scored[i][0]) {
                continue;
            }
            double precision = (double) truePositives / (i + 1);
            double recall = (double) truePositives / positives;
            double f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
            if (f1 > bestF1) {
                bestF1 = f1;
                // halfway to the next sentence down, so that a tiny rounding difference does not flip a decision
                bestThreshold = i + 1 < scored.length ? (scored[i][0] + scored[i + 1][0]) / 2 : scored[i][0];
            }
        }
        return new double[] {bestThreshold, bestF1};
    }
}
