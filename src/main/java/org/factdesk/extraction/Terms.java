package org.factdesk.extraction;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The words and word pairs of a sentence, as the learned scorer reads them: lower case, straight apostrophes, every
 * digit written 0 ("1960" and "2016" are one term, "50" another). The same code reads the training data and the
 * articles, so a model sees at work exactly what it learned from.
 */
final class Terms {

    /** What a word is; {@link #words} finds the same matches faster. */
    static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+(?:['’][\\p{L}]+)?");

    private Terms() {
    }

    /** The unigrams then the bigrams, in the order of the sentence, repeats kept. */
    static List<String> of(String sentence) {
        return of(words(sentence));
    }

    /** The terms of a sentence whose words ({@link #words}) are these. */
    static List<String> of(List<String> words) {
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
        List<String> written = new ArrayList<>();
        List<String> words = words(sentence, written);
        Map<String, String> terms = new HashMap<>();
        for (String term : of(words)) {
            terms.computeIfAbsent(term, found -> asWritten(found, words, written));
        }
        return terms;
    }

    /**
     * The matches of {@link #WORD}, normalised, found by hand: the same words as the pattern's {@code find()} (a run
     * of letters and numbers, then an apostrophe and letters if there are some), at a third of its cost, since this
     * runs on every sentence of an English article.
     */
    static List<String> words(String sentence) {
        return words(sentence, null);
    }

    /**
     * The same words, and the same words as the sentence writes them (only lower-cased) in {@code written} when it is
     * not null: what {@link #asWritten} finds, from the same reading of the sentence.
     */
    static List<String> words(String sentence, @org.jspecify.annotations.Nullable List<String> written) {
        List<String> words = new ArrayList<>();
        int i = 0;
        int length = sentence.length();
        while (i < length) {
            int c = sentence.codePointAt(i);
            if (!Text.isLetterOrNumber(c)) {
                i += Character.charCount(c);
                continue;
            }
            int start = i;
            i = Text.skipLettersAndNumbers(sentence, i);
            if (i + 1 < length && (sentence.charAt(i) == '\'' || sentence.charAt(i) == '’')
                    && Character.isLetter(sentence.codePointAt(i + 1))) {
                i = skipLetters(sentence, i + 1);
            }
            String lower = sentence.substring(start, i).toLowerCase(Locale.ROOT);
            words.add(normaliseLower(lower));
            if (written != null) {
                written.add(lower);
            }
        }
        return words;
    }

    /**
     * How the sentence writes a term of {@code words} ({@link #of}): the written words ({@link #words}) at its first
     * occurrence, as {@link #asWritten} gives it; the term itself if it is not there.
     */
    static String asWritten(String term, List<String> words, List<String> written) {
        int space = term.indexOf(' ');
        if (space < 0) {
            int at = words.indexOf(term);
            return at < 0 ? term : written.get(at);
        }
        String first = term.substring(0, space);
        String second = term.substring(space + 1);
        for (int i = 1; i < words.size(); i++) {
            if (words.get(i).equals(second) && words.get(i - 1).equals(first)) {
                return written.get(i - 1) + " " + written.get(i);
            }
        }
        return term;
    }

    /** The index after the letters that start at {@code i}. */
    private static int skipLetters(String text, int i) {
        while (i < text.length()) {
            int c = text.codePointAt(i);
            if (!Character.isLetter(c)) {
                break;
            }
            i += Character.charCount(c);
        }
        return i;
    }

    private static String normaliseLower(String lower) {
        boolean plain = true;
        for (int i = 0; i < lower.length() && plain; i++) {
            char c = lower.charAt(i);
            plain = !Character.isDigit(c) && c != '’';
        }
        if (plain) {
            return lower;
        }
        StringBuilder normalised = new StringBuilder(lower.length());
        for (int i = 0; i < lower.length(); i++) {
            char c = lower.charAt(i);
            normalised.append(Character.isDigit(c) ? '0' : c == '’' ? '\'' : c);
        }
        return normalised.toString();
    }
}
