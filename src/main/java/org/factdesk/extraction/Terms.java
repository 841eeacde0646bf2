package org.factdesk.extraction;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The words and word pairs of a sentence, as the learned scorer reads them: lower case, straight apostrophes, every
 * digit written 0 ("1960" and "2016" are one term, "50" another). The same code reads the training data and the
 * articles, so a model sees at work exactly what it learned from.
 */
final class Terms {

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+(?:['’][\\p{L}]+)?");

    private Terms() {
    }

    /** The unigrams then the bigrams, in the order of the sentence, repeats kept. */
    static List<String> of(String sentence) {
        List<String> words = new ArrayList<>();
        Matcher matcher = WORD.matcher(sentence);
        while (matcher.find()) {
            words.add(normalise(matcher.group()));
        }
        List<String> terms = new ArrayList<>(words.size() * 2);
        terms.addAll(words);
        for (int i = 1; i < words.size(); i++) {
            terms.add(words.get(i - 1) + " " + words.get(i));
        }
        return terms;
    }

    /**
     * Each term of the sentence as a reader finds it there: lower case, but with its own digits and apostrophe ("0000"
     * is "2026" in "in 2026"), the first time it occurs. For showing the words that moved a score; never learned from.
     */
    static Map<String, String> asWritten(String sentence) {
        List<String> words = new ArrayList<>();
        List<String> written = new ArrayList<>();
        Matcher matcher = WORD.matcher(sentence);
        while (matcher.find()) {
            words.add(normalise(matcher.group()));
            written.add(matcher.group().toLowerCase(Locale.ROOT));
        }
        Map<String, String> terms = new HashMap<>();
        for (int i = 0; i < words.size(); i++) {
            terms.putIfAbsent(words.get(i), written.get(i));
            if (i > 0) {
                terms.putIfAbsent(words.get(i - 1) + " " + words.get(i), written.get(i - 1) + " " + written.get(i));
            }
        }
        return terms;
    }

    private static String normalise(String word) {
        StringBuilder normalised = new StringBuilder(word.length());
        String lower = word.toLowerCase(Locale.ROOT);
        for (int i = 0; i < lower.length(); i++) {
            char c = lower.charAt(i);
            normalised.append(Character.isDigit(c) ? '0' : c == '’' ? '\'' : c);
        }
        return normalised.toString();
    }
}
