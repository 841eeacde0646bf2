package org.factdesk.extraction;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

import org.jspecify.annotations.Nullable;

/**
 * Scores one sentence: collects the evidence of every feature, then weighs each fired feature once, by the learned
 * model of the language when there is one ({@link LinearScorer}), otherwise by the hand-set {@link Weights}.
 */
final class CheckWorthiness {

    /** Evidence is shown in a list next to the sentence; a long quotation is cut to keep the list readable. */
    static final int MAX_EVIDENCE = 160;

    private CheckWorthiness() {
    }

    /** The score, the reasons that make it up, and whether the sentence is suggested to the editor. */
    record Assessment(int score, List<Reason> reasons, boolean suggested) {
    }

    /**
     * @param scorer the learned model of the language, or null to weigh the rules by hand ({@link Weights})
     */
    static Assessment assess(TaggedSentence sentence, String language, Lexicon lexicon,
                             Function<String[], String[]> tagger, @Nullable LinearScorer scorer) {
        Map<Feature, List<String>> evidence = evidence(sentence, language, lexicon, tagger);
        if (scorer == null) {
            return weigh(evidence);
        }
        Map<Feature, String> described = new EnumMap<>(Feature.class);
        evidence.forEach((feature, found) -> described.put(feature, describe(found)));
        return scorer.assess(described, sentence.text());
    }

    /** What every rule feature found in the sentence, each word counted as one kind of evidence. */
    static Map<Feature, List<String>> evidence(TaggedSentence sentence, String language, Lexicon lexicon,
                                               Function<String[], String[]> tagger) {
        Map<Feature, List<String>> evidence = new EnumMap<>(Feature.class);
        String text = sentence.text();
        SurfaceFeatures.detect(text, evidence);
        SurfaceFeatures.put(evidence, Feature.REPORTING_VERB, Text.matches(lexicon.reporting(), text));
        SurfaceFeatures.put(evidence, Feature.COMPARISON, Text.matches(lexicon.comparison(), text));
        SurfaceFeatures.put(evidence, Feature.CAUSAL, Text.matches(lexicon.causal(), text));
        SurfaceFeatures.put(evidence, Feature.OPINION_OR_MODAL, Text.matches(lexicon.opinion(), text));
        SurfaceFeatures.put(evidence, Feature.FUTURE, Text.matches(lexicon.future(), text));
        SurfaceFeatures.put(evidence, Feature.PAST_EVENT, Text.matches(lexicon.past(), text));
        GrammarFeatures.detect(sentence, language, tagger, evidence);
        countEachWordOnce(evidence);
        return evidence;
    }

    /**
     * One word is one kind of evidence: "said" and "a déclaré" are an attribution, "grew" and "ont augmenté" a
     * change, not also a past event. A past event found only in such words is dropped.
     */
    static void countEachWordOnce(Map<Feature, List<String>> evidence) {
        List<String> past = evidence.get(Feature.PAST_EVENT);
        if (past == null) {
            return;
        }
        List<String> taken = new ArrayList<>();
        for (Feature stronger : new Feature[] {Feature.REPORTING_VERB, Feature.COMPARISON}) {
            evidence.getOrDefault(stronger, List.of()).forEach(found -> taken.add(found.toLowerCase(Locale.ROOT)));
        }
        past.removeIf(found -> {
            String words = found.toLowerCase(Locale.ROOT);
            return taken.stream().anyMatch(other -> containsWords(words, other) || containsWords(other, words));
        });
        if (past.isEmpty()) {
            evidence.remove(Feature.PAST_EVENT);
        }
    }

    private static boolean containsWords(String text, String words) {
        int at = text.indexOf(words);
        while (at >= 0) {
            int end = at + words.length();
            boolean startsWord = at == 0 || !Character.isLetterOrDigit(text.charAt(at - 1));
            boolean endsWord = end == text.length() || !Character.isLetterOrDigit(text.charAt(end));
            if (startsWord && endsWord) {
                return true;
            }
            at = text.indexOf(words, at + 1);
        }
        return false;
    }

    private static Assessment weigh(Map<Feature, List<String>> evidence) {
        List<Reason> reasons = new ArrayList<>();
        int score = 0;
        for (Map.Entry<Feature, List<String>> entry : evidence.entrySet()) {
            int weight = Weights.of(entry.getKey());
            reasons.add(new Reason(entry.getKey(), weight, describe(entry.getValue())));
            score += weight;
        }
        return new Assessment(score, reasons, Weights.suggests(score));
    }

    private static String describe(List<String> found) {
        String joined = found.size() == 1 ? found.getFirst() : String.join(", ", distinct(found));
        if (joined.length() <= MAX_EVIDENCE) {
            return joined;
        }
        int cut = MAX_EVIDENCE - 1;
        return joined.substring(0, Character.isLowSurrogate(joined.charAt(cut)) ? cut - 1 : cut) + "…";
    }

    /** The list without its repeats, each kept where it first occurs. */
    static List<String> distinct(List<String> found) {
        List<String> distinct = new ArrayList<>(found.size());
        for (String item : found) {
            if (!distinct.contains(item)) {
                distinct.add(item);
            }
        }
        return distinct;
    }
}
