package org.factdesk.extraction;

import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The word lists of one language for the lexical features; each pattern finds the words shown as evidence.
 *
 * @param past words that place the sentence in the past by themselves; compound tenses are found from the tags
 */
record Lexicon(Pattern reporting, Pattern comparison, Pattern causal, Pattern opinion, Pattern future,
               Pattern past) {

    private static final Pattern NOTHING = Pattern.compile("(?!)");

    /** For languages without word lists: the lexical features never fire. */
    static final Lexicon NONE = new Lexicon(NOTHING, NOTHING, NOTHING, NOTHING, NOTHING, NOTHING);

    /**
     * One pattern matching any of the alternatives as whole words, ignoring case. An alternative is a regex; a
     * straight apostrophe in it also matches the typographic one, and a space any run of spaces.
     */
    static Pattern words(String... alternatives) {
        Pattern pattern = union(Arrays.asList(alternatives));
        List<String> withoutApostrophe = Arrays.stream(alternatives).filter(alternative -> !needsApostrophe(alternative))
                .toList();
        if (withoutApostrophe.size() < alternatives.length) {
            Text.useWithoutApostrophes(pattern, withoutApostrophe.isEmpty() ? NOTHING : union(withoutApostrophe));
        }
        return pattern;
    }

    private static Pattern union(List<String> alternatives) {
        List<String> written = alternatives.stream()
                .map(alternative -> alternative.replace("'", "['’]").replace(" ", "\\s+"))
                .toList();
        String prefix = "(?<![\\p{L}\\p{N}])";
        String suffix = "(?![\\p{L}\\p{N}])";
        Pattern pattern = Pattern.compile(prefix + "(?:" + String.join("|", written) + ")" + suffix,
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
        Text.useAlternatives(pattern, prefix, written, suffix);
        return pattern;
    }

    /**
     * Whether every match of the alternative holds an apostrophe ("won't", "\p{L}++'ll"): one without groups or
     * alternatives whose apostrophe no quantifier makes optional. A text without apostrophes is searched without
     * such alternatives, which cannot match in it: the same matches, and an alternative that may start at any word
     * no longer makes every word worth trying.
     */
    static boolean needsApostrophe(String alternative) {
        int apostrophe = alternative.indexOf('\'');
        if (apostrophe < 0 || alternative.indexOf('(') >= 0 || alternative.indexOf('|') >= 0) {
            return false;
        }
        return apostrophe + 1 == alternative.length() || "?*+{".indexOf(alternative.charAt(apostrophe + 1)) < 0;
    }
}
