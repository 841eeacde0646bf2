package org.factdesk.extraction;

import de.bwaldvogel.liblinear.Linear;
import de.bwaldvogel.liblinear.Problem;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import org.factdesk.extraction.evaluation.LabelledSentences.Labelled;
import org.jspecify.annotations.Nullable;

/**
 * Trains a desk's own check-worthiness model on the desk's decisions (issue 13, item 2), with the features and the
 * solver of {@link CheckworthinessTraining}, and compares it with what the desk saw on the most recent decisions,
 * held back from training. English blends the desk's model with the shipped one (the mean of their log-odds above
 * their thresholds); French, which ships no model, uses the desk's alone.
 */
public final class DeskTraining {

    /** A language needs this many labels before the desk trains its own model. */
    public static final int MIN_LABELS = 200;
    /** The share of the most recent labels held back from training to compare, and its least number. */
    public static final double HELD_BACK = 0.2;
    public static final int MIN_HELD_BACK = 50;
    static final double COST = 1;

    /**
     * One decision of the desk.
     *
     * @param suggested whether the claim was suggested when the desk decided on it: the "before" of the comparison
     */
    public record Decision(String statement, boolean checkworthy, boolean suggested) {
    }

    /**
     * A trained model and its comparison on the held-back decisions: F1 of the check-worthy class of what the desk
     * saw ({@code before}) and of the new model ({@code after}, blended for English).
     */
    public record Result(String language, String model, int trained, int heldBack, double before, double after) {

        /** The desk's model may replace the suggestions only when it does at least as well. */
        public boolean better() {
            return after >= before;
        }
    }

    private DeskTraining() {
    }

    /** How many of {@code labels} decisions are held back. */
    public static int heldBack(int labels) {
        return Math.max(MIN_HELD_BACK, (int) Math.ceil(labels * HELD_BACK));
    }

    /**
     * Trains on the older decisions and compares on the most recent ones.
     *
     * @param oldestFirst at least {@link #MIN_LABELS} decisions, oldest first
     */
    public static Result train(String language, List<Decision> oldestFirst) {
        if (oldestFirst.size() < MIN_LABELS) {
            throw new IllegalArgumentException("A desk model needs " + MIN_LABELS + " labels");
        }
        int held = heldBack(oldestFirst.size());
        List<Decision> training = oldestFirst.subList(0, oldestFirst.size() - held);
        List<Decision> recent = oldestFirst.subList(oldestFirst.size() - held, oldestFirst.size());
        LanguagePipeline pipeline = LanguagePipeline.forLanguage(language, Models.fromClasspath());
        List<CheckworthinessTraining.Example> train = CheckworthinessTraining.examples(labelled(training), pipeline);
        Map<String, Double> idf = CheckworthinessTraining.idf(train);
        List<String> vocabulary = new ArrayList<>(new TreeSet<>(idf.keySet()));
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < vocabulary.size(); i++) {
            index.put(vocabulary.get(i), CheckworthinessTraining.ruleFeatures().size() + 1 + i);
        }
        Linear.disableDebugOutput();
        Problem problem = CheckworthinessTraining.problem(train, idf, index);
        LinearScorer unfitted = CheckworthinessTraining.train(language, problem, COST, idf, vocabulary, 0);
        double threshold = CheckworthinessTraining.round(CheckworthinessTraining.bestThreshold(unfitted, train)[0]);
        LinearScorer desk = CheckworthinessTraining.train(language, problem, COST, idf, vocabulary, threshold);
        @Nullable LinearScorer shipped = shipped(language);
        List<CheckworthinessTraining.Example> test = CheckworthinessTraining.examples(labelled(recent), pipeline);
        int[] before = new int[3];
        int[] after = new int[3];
        for (int i = 0; i < recent.size(); i++) {
            CheckworthinessTraining.Example example = test.get(i);
            count(before, recent.get(i).suggested(), example.checkworthy());
            count(after, blendedLogit(desk, shipped, example.rules(), example.terms()) >= 0, example.checkworthy());
        }
        StringWriter text = new StringWriter();
        try {
            desk.write(text, List.of(String.format(Locale.ROOT, "FactDesk desk model, %s: trained on %d of the "
                    + "desk's decisions, C=%s.", language, training.size(), COST)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Result(language, text.toString(), training.size(), held, f1(before), f1(after));
    }

    /** Reads a model written by {@link #train}: the scorer an extraction takes for the language. */
    public static DeskModel read(String model) {
        try {
            return new DeskModel(LinearScorer.read(new BufferedReader(new StringReader(model))));
        } catch (IOException e) {
            throw new IllegalArgumentException("Not a check-worthiness model", e);
        }
    }

    /** A desk's model, read and ready for {@link ClaimExtractor}. */
    public static final class DeskModel {
        final LinearScorer scorer;

        DeskModel(LinearScorer scorer) {
            this.scorer = scorer;
        }

        public String language() {
            return scorer.language();
        }
    }

    static @Nullable LinearScorer shipped(String language) {
        return "en".equals(language) ? LinearScorer.fromClasspath(LinearScorer.ENGLISH) : null;
    }

    /** The log-odds above the threshold: the desk's model's, averaged with the shipped model's when there is one. */
    static double blendedLogit(LinearScorer desk, @Nullable LinearScorer shipped, java.util.Set<Feature> rules,
                               List<String> terms) {
        Map<Feature, Boolean> evidence = new EnumMap<>(Feature.class);
        rules.forEach(rule -> evidence.put(rule, true));
        double own = desk.logit(evidence, terms) - desk.threshold();
        if (shipped == null) {
            return own;
        }
        return (own + shipped.logit(evidence, terms) - shipped.threshold()) / 2;
    }

    private static List<Labelled> labelled(List<Decision> decisions) {
        List<Labelled> labelled = new ArrayList<>(decisions.size());
        for (int i = 0; i < decisions.size(); i++) {
            labelled.add(new Labelled(Integer.toString(i), decisions.get(i).statement(),
                    decisions.get(i).checkworthy()));
        }
        return labelled;
    }

    /** Adds one decision to true positives, false positives, false negatives. */
    private static void count(int[] counts, boolean predicted, boolean actual) {
        if (predicted && actual) {
            counts[0]++;
        } else if (predicted) {
            counts[1]++;
        } else if (actual) {
            counts[2]++;
        }
    }

    private static double f1(int[] counts) {
        int whole = 2 * counts[0] + counts[1] + counts[2];
        return whole == 0 ? 0 : 2.0 * counts[0] / whole;
    }
}
