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
    /** At most this many rows of third characters a pattern (80 bytes each): news text brings a few hundred. */
    private static final int MAX_TRIPLE_ROWS = 4096;
    private static final Map<Pattern, Starts> STARTS = new ConcurrentHashMap<>();
    private static final Map<Pattern, Pattern> WITHOUT_APOSTROPHES = new ConcurrentHashMap<>();
    private static final Map<Pattern, Alternatives> ALTERNATIVES = new ConcurrentHashMap<>();
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

    /**
     * Declares that {@code pattern} is {@code prefix(?:a|b|…)suffix} with these alternatives, in this order, compiled
     * with the pattern's flags: {@link #find} then tries at each place only the alternatives that can start with its
     * first character, in the same order, which gives the same matches (the first alternative that matches wins
     * either way) without trying the twenty others of a word list one by one.
     */
    static void useAlternatives(Pattern pattern, String prefix, List<String> alternatives, String suffix) {
        ALTERNATIVES.put(pattern, new Alternatives(prefix, List.copyOf(alternatives), suffix));
    }

    private record Alternatives(String prefix, List<String> alternatives, String suffix) {
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
        Starts starts = STARTS.computeIfAbsent(pattern, Starts::of);
        // One matcher per variant of the pattern that this text needs, made when first needed.
        Matcher[] matchers = new Matcher[starts.variants().length];
        int i = 0;
        while (i < text.length()) {
            if (starts.possible(text, i) && isMatchStart(text, i)) {
                int variant = starts.variant(text.charAt(i));
                Matcher matcher = matchers[variant];
                if (matcher == null) {
                    matcher = starts.variants()[variant].matcher(text).useTransparentBounds(true)
                            .useAnchoringBounds(false);
                    matchers[variant] = matcher;
                }
                if (matcher.region(i, text.length()).lookingAt() && matcher.end() > i) {
                    found.add(new Span(i, matcher.end()));
                    i = matcher.end();
                    continue;
                }
            }
            i++;
        }
        return found;
    }

    /**
     * Which characters, and which pairs of characters, a match of the pattern can start with (up to U+024F): the
     * pattern is tried on each character, then on each pair, alone; they can start a match when it matches or when
     * the matcher wanted more text ({@link Matcher#hitEnd()}). Skipping the other places gives the same matches,
     * faster: most words of a sentence fail on their first two letters against every word of a list.
     */
    private record Starts(Pattern pattern, long[][] pairs, Map<Integer, long[]> triples, Pattern[] variants,
                          byte[] variantOf) {

        /** The variant of the pattern to try where a match would start with {@code c}: 0 is the whole pattern. */
        int variant(char c) {
            return c < TABLE ? variantOf[c] : 0;
        }

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
            List<Pattern> variants = new ArrayList<>(List.of(pattern));
            byte[] variantOf = new byte[TABLE];
            Alternatives alternatives = ALTERNATIVES.get(pattern);
            if (alternatives != null) {
                List<Pattern> alone = alternatives.alternatives().stream()
                        .map(alternative -> Pattern.compile("(?:" + alternative + ")", pattern.flags())).toList();
                Map<List<String>, Integer> known = new java.util.HashMap<>();
                known.put(alternatives.alternatives(), 0);
                for (char c = 0; c < TABLE; c++) {
                    if (pairs[c] == null) {
                        continue;
                    }
                    List<String> possible = new ArrayList<>();
                    for (int a = 0; a < alone.size(); a++) {
                        if (canStartWith(alone.get(a), c)) {
                            possible.add(alternatives.alternatives().get(a));
                        }
                    }
                    Integer variant = known.get(possible);
                    if (variant == null && variants.size() < Byte.MAX_VALUE) {
                        variant = variants.size();
                        known.put(possible, variant);
                        variants.add(Pattern.compile(alternatives.prefix() + "(?:"
                                + (possible.isEmpty() ? "(?!)" : String.join("|", possible)) + ")"
                                + alternatives.suffix(), pattern.flags()));
                    }
                    variantOf[c] = (byte) (variant == null ? 0 : variant);
                }
            }
            return new Starts(pattern, pairs, new ConcurrentHashMap<>(), variants.toArray(Pattern[]::new), variantOf);
        }

        /**
         * Whether a match of the alternative can start with {@code c}: it matches there, or wanted more text, after
         * nothing, a letter, a digit, a space, a hyphen or an apostrophe (for its word boundaries and look-behinds).
         */
        private static boolean canStartWith(Pattern alternative, char c) {
            for (String before : new String[] {"", "a", "0", " ", "-", "'"}) {
                Matcher matcher = alternative.matcher(before + c).useTransparentBounds(true).useAnchoringBounds(false)
                        .region(before.length(), before.length() + 1);
                if (matcher.lookingAt() || matcher.hitEnd()) {
                    return true;
                }
            }
            return false;
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
            if (next >= TABLE) {
                return true;
            }
            if ((row[next >> 6] & 1L << next) == 0) {
                return false;
            }
            if (at + 2 == text.length()) {
                return true;
            }
            char third = text.charAt(at + 2);
            if (third >= TABLE) {
                return true;
            }
            // Many common words pass two letters ("de", "le", "se") and fail on the third ("des", "les", "ses"): the
            // third characters are found the same way, for the pairs that text brings, when it first brings them.
            long[] thirds = triples.get(c * TABLE + next);
            if (thirds == null) {
                if (triples.size() >= MAX_TRIPLE_ROWS) {
                    return true; // a text of every pair imaginable: no more rows, the pattern decides
                }
                thirds = triples.computeIfAbsent(c * TABLE + next, key -> thirds(pattern, c, next));
            }
            return (thirds[third >> 6] & 1L << third) != 0;
        }

        private static long[] thirds(Pattern pattern, char first, char second) {
            long[] row = new long[(TABLE + 63) / 64];
            char[] triple = {first, second, 0};
            for (char third = 0; third < TABLE; third++) {
                triple[2] = third;
                Matcher three = pattern.matcher(java.nio.CharBuffer.wrap(triple));
                if (three.lookingAt() || three.hitEnd()) {
                    row[third >> 6] |= 1L << third;
                }
            }
            return row;
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
