package org.factdesk.extraction;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Small string helpers shared by the splitter and the features. */
final class Text {

    private static final Map<Pattern, boolean[]> START_CHARS = new ConcurrentHashMap<>();
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+(?:['’\\-][\\p{L}\\p{N}]+)*");

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

    /** Words as a reader counts them: "l'Arménie" and "Haut-Karabakh" are one word each, punctuation none. */
    static int countWords(String text) {
        Matcher matcher = WORD.matcher(text);
        int count = 0;
        while (matcher.find()) {
            count++;
        }
        return count;
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
     * The matches of a pattern that can only start at a word or a currency sign. Trying it only there, instead of at
     * every character, makes the feature patterns several times faster on long articles.
     */
    static List<Span> find(Pattern pattern, String text) {
        List<Span> found = new ArrayList<>();
        Matcher matcher = pattern.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
        boolean[] starts = START_CHARS.computeIfAbsent(pattern, Text::startChars);
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            boolean possible = c >= starts.length || starts[c];
            if (possible && isMatchStart(text, i) && matcher.region(i, text.length()).lookingAt()
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
     * Which characters (up to U+024F) a match of the pattern can start with: the pattern is tried on each character
     * alone, and a character can start a match when it matches or when the matcher wanted more text
     * ({@link Matcher#hitEnd()}). Skipping the other word starts gives the same matches, faster.
     */
    private static boolean[] startChars(Pattern pattern) {
        boolean[] starts = new boolean[0x250];
        for (char c = 0; c < starts.length; c++) {
            Matcher matcher = pattern.matcher(String.valueOf(c));
            starts[c] = matcher.lookingAt() || matcher.hitEnd();
        }
        return starts;
    }

    private static boolean isMatchStart(String text, int index) {
        char c = text.charAt(index);
        if ("€$£¥".indexOf(c) >= 0) {
            return true;
        }
        return Character.isLetterOrDigit(c) && (index == 0 || !Character.isLetterOrDigit(text.charAt(index - 1)));
    }
}
