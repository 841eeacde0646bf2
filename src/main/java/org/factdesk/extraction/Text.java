package org.factdesk.extraction;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Small string helpers shared by the splitter and the features. */
final class Text {

    /** Characters up to U+024F (Latin with its accents) are looked up in the tables; any other may start a match. */
    private static final int TABLE = 0x250;
    private static final Map<Pattern, Starts> STARTS = new ConcurrentHashMap<>();
    private static final Map<Pattern, Pattern> WITHOUT_APOSTROPHES = new ConcurrentHashMap<>();
    /** A word as {@link #countWords} counts them. */
    static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+(?:['’\\-][\\p{L}\\p{N}]+)*");

    private Text() {
    }

    /** Also treats the no-break spaces of French typography ({@code « word »}) as space, unlike isWhitespace. */
    static boolean isSpace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c);
    }

    /** The span without the spaces at its ends; empty spans collapse to their start. */
    static Span trim(String text, int start, int end) {
        while (start < end && isSpace(text.charAt(start))) {
            start++;
        }
        while (end > start && isSpace(text.charAt(end - 1))) {
            end--;
        }
        return new Span(start, end);
    }

    /**
     * Words as a reader counts them: "l'Arménie" and "Haut-Karabakh" are one word each, punctuation none. Counts the
     * matches of {@link #WORD}, by hand: it runs on every sentence.
     */
    static int countWords(String text) {
        int count = 0;
        int i = 0;
        while (i < text.length()) {
            int c = text.codePointAt(i);
            if (!isLetterOrNumber(c)) {
                i += Character.charCount(c);
                continue;
            }
            i = skipLettersAndNumbers(text, i);
            while (i + 1 < text.length() && "'’-".indexOf(text.charAt(i)) >= 0
                    && isLetterOrNumber(text.codePointAt(i + 1))) {
                i = skipLettersAndNumbers(text, i + 1);
            }
            count++;
        }
        return count;
    }

    /** The index after the letters and numbers that start at {@code i}. */
    static int skipLettersAndNumbers(String text, int i) {
        while (i < text.length()) {
            int c = text.codePointAt(i);
            if (!isLetterOrNumber(c)) {
                break;
            }
            i += Character.charCount(c);
        }
        return i;
    }

    /** {@code [\p{L}\p{N}]}: a letter, or a number of any kind (digits, Roman numeral letters, fractions). */
    static boolean isLetterOrNumber(int c) {
        if (Character.isLetter(c)) {
            return true;
        }
        int type = Character.getType(c);
        return type == Character.DECIMAL_DIGIT_NUMBER || type == Character.LETTER_NUMBER
                || type == Character.OTHER_NUMBER;
    }

    /** The non-blank lines of {@code text}, trimmed: the paragraphs of an imported article. */
    static List<Span> lines(String text) {
        List<Span> lines = new ArrayList<>();
        int start = 0;
        for (int i = 0; i <= text.length(); i++) {
            if (i == text.length() || text.charAt(i) == '\n' || text.charAt(i) == '\r') {
                Span line = trim(text, start, i);
                if (line.length() > 0) {
                    lines.add(line);
                }
                start = i + 1;
            }
        }
        return lines;
    }

    /**
     * Searches texts without any apostrophe with {@code withoutApostrophes} instead of {@code pattern}: the same
     * pattern without its alternatives that only match with an apostrophe ({@link Lexicon#words}).
     */
    static void useWithoutApostrophes(Pattern pattern, Pattern withoutApostrophes) {
        WITHOUT_APOSTROPHES.put(pattern, withoutApostrophes);
    }

    /** Distinct matches of {@code pattern} in {@code text}, in order of appearance. */
    static List<String> matches(Pattern pattern, String text) {
        List<String> found = new ArrayList<>();
        for (Span span : find(pattern, text)) {
            String match = text.substring(span.start(), span.end()).strip();
            if (!match.isEmpty() && !found.contains(match)) {
                found.add(match);
            }
        }
        return found;
    }

    /** Distinct matches of a pattern that may start anywhere, such as a quotation opening with its quote mark. */
    static List<String> matchesAnywhere(Pattern pattern, String text) {
        List<String> found = new ArrayList<>();
        Matcher matcher = pattern.matcher(text);
        while (matcher.find()) {
            if (!found.contains(matcher.group())) {
                found.add(matcher.group());
            }
        }
        return found;
    }

    /**
     * The matches of a pattern that can only start at a word or a currency sign. Trying it only there, and only where
     * the first two characters can begin a match, instead of at every character, makes the feature patterns several
     * times faster on long articles.
     */
    static List<Span> find(Pattern pattern, String text) {
        if (WITHOUT_APOSTROPHES.containsKey(pattern) && text.indexOf('\'') < 0 && text.indexOf('’') < 0) {
            pattern = WITHOUT_APOSTROPHES.get(pattern);
        }
        List<Span> found = new ArrayList<>();
        Matcher matcher = pattern.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
        Starts starts = STARTS.computeIfAbsent(pattern, Starts::of);
        int i = 0;
        while (i < text.length()) {
            if (starts.possible(text, i) && isMatchStart(text, i) && matcher.region(i, text.length()).lookingAt()
                    && matcher.end() > i) {
                found.add(new Span(i, matcher.end()));
                i = matcher.end();
            } else {
                i++;
            }
        }
        return found;
    }

    /**
     * Which characters, and which pairs of characters, a match of the pattern can start with (up to U+024F): the
     * pattern is tried on each character, then on each pair, alone; they can start a match when it matches or when
     * the matcher wanted more text ({@link Matcher#hitEnd()}). Skipping the other places gives the same matches,
     * faster: most words of a sentence fail on their first two letters against every word of a list.
     */
    private record Starts(long[][] pairs) {

        static Starts of(Pattern pattern) {
            // One row of second characters per possible first one, none for the others: a few kilobytes a pattern
            // instead of 44, so that the rows stay in the processor's caches beside the tagger's tables.
            long[][] pairs = new long[TABLE][];
            char[] pair = new char[2];
            for (char c = 0; c < TABLE; c++) {
                Matcher one = pattern.matcher(String.valueOf(c));
                if (!one.lookingAt() && !one.hitEnd()) {
                    continue;
                }
                long[] row = new long[(TABLE + 63) / 64];
                pair[0] = c;
                for (char next = 0; next < TABLE; next++) {
                    pair[1] = next;
                    Matcher two = pattern.matcher(java.nio.CharBuffer.wrap(pair));
                    if (two.lookingAt() || two.hitEnd()) {
                        row[next >> 6] |= 1L << next;
                    }
                }
                pairs[c] = row;
            }
            return new Starts(pairs);
        }

        boolean possible(String text, int at) {
            char c = text.charAt(at);
            if (c >= TABLE) {
                return true;
            }
            long[] row = pairs[c];
            if (row == null) {
                return false;
            }
            if (at + 1 == text.length()) {
                return true;
            }
            char next = text.charAt(at + 1);
            return next >= TABLE || (row[next >> 6] & 1L << next) != 0;
        }
    }

    private static boolean isMatchStart(String text, int index) {
        char c = text.charAt(index);
        if ("€$£¥".indexOf(c) >= 0) {
            return true;
        }
        return Character.isLetterOrDigit(c) && (index == 0 || !Character.isLetterOrDigit(text.charAt(index - 1)));
    }
}
