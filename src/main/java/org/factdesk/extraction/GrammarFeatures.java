package org.factdesk.extraction;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;

/** Features read from the part-of-speech tags: names, verbs, and the tenses that word lists cannot see. */
final class GrammarFeatures {

    // "Banque de France", "Bank of England", and "Sen . Warren" as the English tokenizer cuts it.
    private static final Set<String> NAME_CONNECTORS = Set.of("de", "d'", "d’", "of", ".");
    // The taggers call month and day names proper nouns; they are dates, reported as such.
    private static final Pattern CALENDAR = Pattern.compile("(?i)(?:jan|feb|febr|fév|févr|mar|apr|avr|jun|jul|juil"
            + "|aug|sep|sept|oct|nov|dec|déc)\\.?|january|february|march|april|may|june|july|august|september"
            + "|october|november|december|monday|tuesday|wednesday|thursday|friday|saturday|sunday");

    private static final int RETAG_AFTER = 3;

    private GrammarFeatures() {
    }

    /**
     * @param tagger tags a variant of the sentence; used to tell a real name from a word capitalised only
     *               because it opens the sentence
     */
    static void detect(TaggedSentence sentence, String language, Function<String[], String[]> tagger,
                       Map<Feature, List<String>> evidence) {
        if (!sentence.tagged() || sentence.size() == 0) {
            return;
        }
        SurfaceFeatures.put(evidence, Feature.NAMED_ENTITY, namedEntities(sentence, tagger));
        if (language.equals("fr")) {
            SurfaceFeatures.put(evidence, Feature.PAST_EVENT, FrenchTenses.compoundPast(sentence));
            SurfaceFeatures.put(evidence, Feature.FUTURE, FrenchTenses.future(sentence));
        } else if (language.equals("en")) {
            SurfaceFeatures.put(evidence, Feature.PAST_EVENT, EnglishTenses.simplePast(sentence));
        }
        if (!hasVerb(sentence)) {
            SurfaceFeatures.put(evidence, Feature.NO_VERB, List.of(""));
        }
    }

    /** Runs of proper nouns ("Vladimir Poutine", "Banque de France"), as written in the sentence. */
    static List<String> namedEntities(TaggedSentence sentence, Function<String[], String[]> tagger) {
        List<String> names = new ArrayList<>();
        int first = sentence.firstWordIndex();
        int i = 0;
        while (i < sentence.size()) {
            if (!isName(sentence, i) || i == first && onlyCapitalised(sentence, first, tagger)) {
                i++;
                continue;
            }
            int end = i;
            while (end + 1 < sentence.size() && isName(sentence, end + 1)
                    || end + 2 < sentence.size() && isConnector(sentence, end + 1) && isName(sentence, end + 2)) {
                end += isName(sentence, end + 1) ? 1 : 2;
            }
            String name = sentence.cover(i, end);
            if (!names.contains(name)) {
                names.add(name);
            }
            i = end + 1;
        }
        return names;
    }

    private static boolean isName(TaggedSentence sentence, int index) {
        String word = sentence.word(index);
        return sentence.hasTag(index, "PROPN") && Character.isUpperCase(word.codePointAt(0))
                && !CALENDAR.matcher(word).matches();
    }

    private static boolean isConnector(TaggedSentence sentence, int index) {
        return NAME_CONNECTORS.contains(sentence.lower(index));
    }

    /**
     * The tagger calls many sentence-initial words proper nouns just for their capital; tagging the sentence again
     * with that word in lower case tells. A name that continues ("Vladimir Poutine") or an acronym is kept.
     */
    private static boolean onlyCapitalised(TaggedSentence sentence, int first,
                                           Function<String[], String[]> tagger) {
        String word = sentence.word(first);
        if (first + 1 < sentence.size() && isName(sentence, first + 1) || word.equals(word.toUpperCase(Locale.ROOT))) {
            return false;
        }
        // The tagger reads two words on each side and decodes greedily: the words up to three after the first one
        // tell its tag as the whole sentence would, at a fraction of the cost of tagging the sentence again.
        String[] words = Arrays.copyOfRange(sentence.words(), 0, Math.min(sentence.size(), first + RETAG_AFTER + 1));
        words[first] = word.toLowerCase(Locale.ROOT);
        return !tagger.apply(words)[first].contains("PROPN");
    }

    private static boolean hasVerb(TaggedSentence sentence) {
        for (int i = 0; i < sentence.size(); i++) {
            if (sentence.hasTag(i, "VERB") || sentence.hasTag(i, "AUX")) {
                return true;
            }
        }
        return false;
    }
}
